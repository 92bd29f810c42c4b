// The practice lab's two waits a trainee feels, on this computer:
//   `practice start` until the lab is ready (the fault injected and its symptom verified),
//   target <= 2 s; and `practice check`, target <= 1 s.
// Measured in-process (PracticeSession, what the wizard will call) and as the real
// command (process start, Qt, looking at the host included). The scenario is the most
// common one (the app is down); a few slower scenarios are printed for information.
#include "app/lab/PracticeSession.h"
#include "remote/LocalMachine.h"
#include "tests/bench/BenchTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

using namespace gd;
using gd::bench::median;

namespace {

constexpr int kRounds = 5;

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
}

double cli(const QStringList &arguments, int *exitCode = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(QStringLiteral(GD_BINARY), QStringList{QStringLiteral("practice")} + arguments);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir root;
    QFile::setPermissions(root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                           QFileDevice::ExeGroup);
    const QString labDir = root.filePath(QStringLiteral("lab"));
    LocalMachine machine;
    PracticeOptions options;
    options.labDir = labDir;
    options.helperDir = QStringLiteral(GD_LAB_HELPERS);
    options.ownerPid = QCoreApplication::applicationPid();
    PracticeSession session(&machine, options, ScenarioCatalog::load());
    if (const LabError error = session.open()) {
        fprintf(stderr, "bench_practice: %s\n", qPrintable(error.toString()));
        return 2;
    }

    QList<double> ready, startTotal, failingCheck, passingCheck, stop;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Result<PracticeStart, LabError> started =
            session.start(QStringLiteral("upstream-down"), 100 + i);
        if (!started) {
            fprintf(stderr, "bench_practice: %s\n", qPrintable(started.error().toString()));
            return 2;
        }
        startTotal << clock.nsecsElapsed() / 1e6;
        ready << double(started->readyMs);
        const Result<PracticeCheckReport, LabError> before = session.check();
        failingCheck << (before ? double(before->durationMs) : -1);
        if (const Result<PracticeSolve, LabError> solved = session.solve(); !solved) {
            fprintf(stderr, "bench_practice: solve failed: %s\n", qPrintable(solved.error().message()));
            return 2;
        }
        const Result<PracticeCheckReport, LabError> after = session.check();
        if (!after || !after->fixed()) {
            fprintf(stderr, "bench_practice: the check after solve did not pass\n");
            return 2;
        }
        passingCheck << double(after->durationMs);
        clock.restart();
        if (const Result<PracticeStop, LabError> stopped = session.stop(); !stopped) {
            fprintf(stderr, "bench_practice: stop failed: %s\n", qPrintable(stopped.error().message()));
            return 2;
        }
        stop << clock.nsecsElapsed() / 1e6;
    }

    // The real command, as a trainee runs it.
    const QStringList lab{QStringLiteral("--lab-dir"), labDir, QStringLiteral("--results"),
                          root.filePath(QStringLiteral("results.json"))};
    QList<double> cliStart, cliCheck, cliFixedCheck;
    for (int i = 0; i < kRounds; ++i) {
        cliStart << cli(QStringList{QStringLiteral("start"), QStringLiteral("upstream-down")} + lab);
        cliCheck << cli(QStringList{QStringLiteral("check")} + lab);
        cli(QStringList{QStringLiteral("solve")} + lab);
        cliFixedCheck << cli(QStringList{QStringLiteral("check")} + lab);
        cli(QStringList{QStringLiteral("stop")} + lab);
    }

    bench::BenchTable table(QStringLiteral("Practice lab (upstream-down, median of %1)").arg(kRounds));
    const double readyMs = median(ready);
    const double checkMs = median(passingCheck);
    table.row(QStringLiteral("start: ready (symptom verified)"), ms(readyMs), QStringLiteral("<= 2000 ms"),
              readyMs <= 2000);
    table.row(QStringLiteral("start: whole call"), ms(median(startTotal)));
    table.row(QStringLiteral("check: fixed lab (10 probes and all checks)"), ms(checkMs),
              QStringLiteral("<= 1000 ms"), checkMs <= 1000);
    table.row(QStringLiteral("check: broken lab (stops at the first probe)"), ms(median(failingCheck)));
    table.row(QStringLiteral("stop: nothing left"), ms(median(stop)));
    table.row(QStringLiteral("CLI practice start (incl. the doctor's run)"), ms(median(cliStart)));
    table.row(QStringLiteral("CLI practice check, broken"), ms(median(cliCheck)));
    table.row(QStringLiteral("CLI practice check, fixed"), ms(median(cliFixedCheck)));

    // The slower scenarios, once each, for information (not held against a target).
    for (const QString &id : {QStringLiteral("php-fpm-saturated"), QStringLiteral("timeout-chain-gunicorn"),
                              QStringLiteral("timeout-chain-php"), QStringLiteral("upstream-timeout")}) {
        const Scenario *scenario = session.catalog().find(id);
        if (!scenario || !session.missing(*scenario).isEmpty())
            continue;
        const Result<PracticeStart, LabError> started = session.start(id, 1);
        if (!started)
            continue;
        const Result<PracticeSolve, LabError> solved = session.solve();
        const Result<PracticeCheckReport, LabError> after =
            solved ? session.check() : Result<PracticeCheckReport, LabError>(solved.error());
        table.row(QStringLiteral("%1: ready / fixed check").arg(id),
                  QStringLiteral("%1 / %2").arg(ms(double(started->readyMs)),
                                                ms(after ? double(after->durationMs) : -1)));
        if (const Result<PracticeStop, LabError> stopped = session.stop(); !stopped)
            fprintf(stderr, "bench_practice: %s: stop failed: %s\n", qPrintable(id),
                    qPrintable(stopped.error().message()));
    }
    return table.print() > 0 ? 1 : 0;
}
