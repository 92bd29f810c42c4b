// Full diagnosis of a lab scenario (nothing listening behind nginx), measured in
// one run: on this computer, over the lab's sshd through our session, and the same
// commands the engine ran, as fresh `ssh host cmd` calls one after another.
// Targets (issue "Diagnosis engine"): local <= 1 s; SSH <= 1.5 s and <= 0.25 x fresh.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/Facts.h"
#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "tests/bench/BenchTable.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace gd;

namespace {
constexpr int kRounds = 5;

double diagnose(Machine *machine, const DiagnosisOptions &options, QStringList *commands, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    DiagnosisEngine engine(machine, options);
    const RemoteError error = engine.runAndWait();
    const double ms = clock.nsecsElapsed() / 1e6;
    *ok = *ok && !error && !engine.report().findings.isEmpty() &&
          causeCode(engine.report().findings.first().cause) == QLatin1String("upstream_down");
    if (commands && engine.facts()) {
        commands->clear();
        for (const CommandResult &r : engine.facts()->transcript)
            *commands << r.commandLine;
    }
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    lab::LabNginx nginx;
    const auto port = lab::LabUpstream::refusingPort();
    if (!port ||
        !nginx.start(lab::LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*port))).ok()) {
        fprintf(stderr, "bench_diagnosis: could not start the lab nginx\n");
        return 2;
    }
    for (int i = 0; i < 3; ++i)
        QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                                   QStringLiteral("/dev/null"), nginx.url()});
    lab::LabSshd sshd;
    if (!sshd.start().ok()) {
        fprintf(stderr, "bench_diagnosis: could not start the lab sshd\n");
        return 2;
    }
    // Stock dotfiles (see bench_remote); with NOPASSWD sudo the root-only reads work.
    QString user = QStringLiteral("root");
    if (lab::LabUsers::unavailableReason().isEmpty() && lab::LabUsers::ensure().ok())
        user = lab::LabUsers::noPasswordSudoUser();

    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.url = nginx.url();
    options.probeTimeoutSec = 2;

    LocalMachine local;
    SshTarget target;
    target.host = sshd.host();
    target.port = sshd.port();
    target.user = user;
    target.identityFile = sshd.clientKeyPath();
    target.identitiesOnly = true;
    target.useSshConfig = false;
    target.knownHostsFile = sshd.knownHostsPath();
    target.globalKnownHostsFile = QStringLiteral("/dev/null");
    SshMachine remote(target);
    QElapsedTimer connectClock;
    connectClock.start();
    if (const RemoteError error = remote.connectAndWait()) {
        fprintf(stderr, "bench_diagnosis: %s\n", qPrintable(error.toString()));
        return 2;
    }
    const double connectMs = connectClock.nsecsElapsed() / 1e6;

    bool ok = true;
    QList<double> locals, remotes, fresh;
    QStringList commands;
    for (int round = 0; round < kRounds; ++round) {
        locals << diagnose(&local, options, nullptr, &ok);
        remotes << diagnose(&remote, options, &commands, &ok);
    }
    // The engine's own commands, as fresh OpenSSH connections one after another.
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer clock;
        clock.start();
        for (const QString &command : commands) {
            QProcess ssh;
            ssh.start(QStringLiteral("ssh"),
                      {QStringLiteral("-i"), sshd.clientKeyPath(), QStringLiteral("-F"),
                       QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                       QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + sshd.knownHostsPath(),
                       QStringLiteral("-p"), QString::number(sshd.port()),
                       user + QStringLiteral("@127.0.0.1"), command});
            ssh.waitForFinished(30000);
        }
        fresh << clock.nsecsElapsed() / 1e6;
    }
    const double l = bench::median(locals), r = bench::median(remotes), f = bench::median(fresh);
    bench::BenchTable table(
        QStringLiteral("Full diagnosis of a lab scenario (median of %1 rounds)").arg(kRounds));
    table.row(QStringLiteral("commands the engine runs"), QString::number(commands.size()));
    table.row(QStringLiteral("local diagnosis"), QStringLiteral("%1 ms").arg(l, 0, 'f', 0),
              QStringLiteral("<= 1000 ms"), l <= 1000);
    table.row(QStringLiteral("SSH connect (once)"), QStringLiteral("%1 ms").arg(connectMs, 0, 'f', 0));
    table.row(QStringLiteral("SSH diagnosis, one session"), QStringLiteral("%1 ms").arg(r, 0, 'f', 0),
              QStringLiteral("<= 1500 ms"), r <= 1500);
    table.row(QStringLiteral("same commands, fresh ssh each"), QStringLiteral("%1 ms").arg(f, 0, 'f', 0));
    table.row(QStringLiteral("SSH diagnosis / fresh ssh"), QString::number(r / f, 'f', 3),
              QStringLiteral("<= 0.250"), r <= 0.25 * f);
    const int missed = table.print();
    if (!ok)
        fprintf(stderr,
                "bench_diagnosis: a diagnosis failed or named the wrong cause; the figures are not valid\n");
    return ok ? (missed ? 1 : 0) : 2;
}
