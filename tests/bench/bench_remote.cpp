// The remote layer's benchmark, all measured in one run against the lab's real
// sshd on loopback:
//   20 short commands (a) as 20 fresh `ssh host cmd`, (b) through one OpenSSH
//   ControlMaster connection, (c) through our session one after another, (d) through
//   our session all at once; and reading the last 1 MiB of a 1 GiB file.
// Targets (issue "Foundation"): (d) <= 0.1 x (a) and <= 0.5 x (b); tail <= 50 ms.
//
// Then what the login shell costs (issue 13): a full diagnosis of a lab scenario over
// a fresh session (connect included), as a lab user with Debian's stock dotfiles and
// as one whose ~/.bashrc sleeps 1 s; each through the persistent runners and, as
// before them, with one channel per command (SshTarget::persistentShells = 0), next
// to the same commands run as one fresh `ssh host cmd` each. Targets: slow rc
// <= 1.5 s + one rc cost; stock: the diagnosis no slower than one channel per command.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/Facts.h"
#include "app/model/Cause.h"
#include "remote/FileAccess.h"
#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "tests/bench/BenchTable.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

using namespace gd;

namespace {

constexpr int kCommands = 20;
constexpr int kRounds = 5;
constexpr int kSweepRounds = 3;
const QStringList kCommand{QStringLiteral("uname"), QStringLiteral("-r")};

QStringList opensshBase(const lab::LabSshd &sshd)
{
    return {QStringLiteral("-i"), sshd.clientKeyPath(),
            QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + sshd.knownHostsPath(),
            QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QStringLiteral("-F"), QStringLiteral("/dev/null"),
            QStringLiteral("-p"), QString::number(sshd.port())};
}

bool runOpenssh(const QStringList &arguments)
{
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), arguments);
    ssh.waitForFinished(30000);
    return ssh.exitStatus() == QProcess::NormalExit && ssh.exitCode() == 0;
}

QStringList failures;

double timeMs(const char *what, const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    const bool worked = work();
    if (!worked && !failures.contains(QLatin1String(what)))
        failures << QLatin1String(what);
    *ok = worked && *ok;
    return clock.nsecsElapsed() / 1e6;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

SshTarget labTarget(const lab::LabSshd &sshd, const QString &user)
{
    SshTarget target;
    target.host = sshd.host();
    target.port = sshd.port();
    target.user = user;
    target.identityFile = sshd.clientKeyPath();
    target.identitiesOnly = true;
    target.useSshConfig = false;
    target.knownHostsFile = sshd.knownHostsPath();
    target.globalKnownHostsFile = QStringLiteral("/dev/null");
    return target;
}

// One fresh session and one full diagnosis over it; the commands it ran go to
// `commands`. Returns {connect ms, diagnosis ms}.
QPair<double, double> connectAndDiagnose(const SshTarget &target, const DiagnosisOptions &options,
                                         QStringList *commands, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    SshMachine machine(target);
    if (const RemoteError error = machine.connectAndWait()) {
        fprintf(stderr, "bench_remote: %s: %s\n", qPrintable(target.user), qPrintable(error.toString()));
        *ok = false;
        return {0, 0};
    }
    const double connected = clock.nsecsElapsed() / 1e6;
    DiagnosisEngine engine(&machine, options);
    const RemoteError error = engine.runAndWait();
    const double diagnosed = clock.nsecsElapsed() / 1e6 - connected;
    const bool named = !error && !engine.report().findings.isEmpty() &&
                       causeCode(engine.report().findings.first().cause) == QLatin1String("upstream_down");
    if (!named) {
        fprintf(stderr, "bench_remote: the diagnosis as %s failed or named the wrong cause\n",
                qPrintable(target.user));
        *ok = false;
    }
    if (engine.facts()) {
        commands->clear();
        for (const CommandResult &r : engine.facts()->transcript)
            *commands << r.commandLine;
    }
    return {connected, diagnosed};
}

struct Figures
{
    QList<double> connects, diagnoses, totals;
    void add(QPair<double, double> measured)
    {
        connects << measured.first;
        diagnoses << measured.second;
        totals << measured.first + measured.second;
    }
};

// The same commands, each as one fresh `ssh host cmd`, one after another.
double freshSshEach(const lab::LabSshd &sshd, const QString &user, const QStringList &commands)
{
    QElapsedTimer clock;
    clock.start();
    for (const QString &command : commands)
        runOpenssh(opensshBase(sshd) + QStringList{user + QStringLiteral("@127.0.0.1"), command});
    return clock.nsecsElapsed() / 1e6;
}

// Issue 13's figures; returns how many targets were missed, or -1 if something failed.
int benchLoginShells(const lab::LabSshd &sshd)
{
    if (!lab::LabUsers::unavailableReason().isEmpty() || !lab::LabUsers::ensure().ok()) {
        fprintf(stderr, "bench_remote: lab users unavailable, the login shell figures are skipped\n");
        return 0;
    }
    lab::LabNginx nginx;
    const auto port = lab::LabUpstream::refusingPort();
    if (!port ||
        !nginx.start(lab::LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*port))).ok()) {
        fprintf(stderr, "bench_remote: could not start the lab nginx\n");
        return -1;
    }
    for (int i = 0; i < 3; ++i)
        QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                                   QStringLiteral("/dev/null"), nginx.url()});
    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.url = nginx.url();
    options.probeTimeoutSec = 2;

    bool ok = true;
    const QString stock = lab::LabUsers::noPasswordSudoUser(), slow = lab::LabUsers::slowRcUser();
    QList<double> loginStock, loginSlow;
    for (int round = 0; round < kRounds; ++round) {
        loginStock << timeMs(
            "ssh host true",
            [&] {
                return runOpenssh(opensshBase(sshd) +
                                  QStringList{stock + QStringLiteral("@127.0.0.1"), QStringLiteral("true")});
            },
            &ok);
        loginSlow << timeMs(
            "ssh host true",
            [&] {
                return runOpenssh(opensshBase(sshd) +
                                  QStringList{slow + QStringLiteral("@127.0.0.1"), QStringLiteral("true")});
            },
            &ok);
    }
    const double rcCost = bench::median(loginSlow) - bench::median(loginStock);

    bench::BenchTable table(
        QStringLiteral("Login shells: a full SSH diagnosis on a fresh session, connect included "
                       "(median of %1 rounds)")
            .arg(kRounds));
    table.row(QStringLiteral("one `ssh host true`, stock dotfiles"), ms(bench::median(loginStock)));
    table.row(QStringLiteral("one `ssh host true`, ~/.bashrc sleeps 1 s"), ms(bench::median(loginSlow)));
    table.row(QStringLiteral("one rc cost (the difference)"), ms(rcCost));
    int missed = 0;
    for (const QString &user : {stock, slow}) {
        // The same diagnosis with the runners and, as before them, with one channel
        // per command; rounds alternate so both see the same machine load.
        SshTarget runners = labTarget(sshd, user);
        SshTarget single = runners;
        single.persistentShells = 0;
        Figures withRunners, perCommand;
        QStringList commands;
        for (int round = 0; round < kRounds; ++round) {
            withRunners.add(connectAndDiagnose(runners, options, &commands, &ok));
            perCommand.add(connectAndDiagnose(single, options, &commands, &ok));
        }
        const double fresh = freshSshEach(sshd, user, commands);
        const double total = bench::median(withRunners.totals), before = bench::median(perCommand.totals);
        const double diagnosis = bench::median(withRunners.diagnoses),
                     diagnosisBefore = bench::median(perCommand.diagnoses);
        const QString who = user == slow ? QStringLiteral("rc sleeps 1 s") : QStringLiteral("stock");
        table.row(QStringLiteral("%1: commands in a diagnosis").arg(who), QString::number(commands.size()));
        table.row(QStringLiteral("%1: one channel per command: connect").arg(who),
                  ms(bench::median(perCommand.connects)));
        table.row(QStringLiteral("%1: one channel per command: diagnosis").arg(who), ms(diagnosisBefore));
        table.row(QStringLiteral("%1: one channel per command: connect + diagnosis").arg(who), ms(before));
        table.row(QStringLiteral("%1: runners: connect").arg(who), ms(bench::median(withRunners.connects)));
        if (user == slow) {
            table.row(QStringLiteral("%1: runners: diagnosis").arg(who), ms(diagnosis));
            table.row(QStringLiteral("%1: runners: connect + diagnosis").arg(who), ms(total),
                      QStringLiteral("<= 1500 ms + one rc cost = %1").arg(ms(1500 + rcCost)),
                      total <= 1500 + rcCost);
        } else {
            table.row(QStringLiteral("%1: runners: diagnosis").arg(who), ms(diagnosis),
                      QStringLiteral("<= one channel per command (%1)").arg(ms(diagnosisBefore)),
                      diagnosis <= diagnosisBefore);
            table.row(QStringLiteral("%1: runners: connect + diagnosis").arg(who), ms(total));
        }
        table.row(QStringLiteral("%1: same commands, fresh `ssh host cmd` each").arg(who), ms(fresh));
        table.row(QStringLiteral("%1: runners / fresh ssh each").arg(who),
                  QString::number(total / fresh, 'f', 3));
        table.row(QStringLiteral("%1: one channel per command / fresh ssh each").arg(who),
                  QString::number(before / fresh, 'f', 3));
    }
    missed += table.print();

    // The design's one knob: how many runners a session starts (and waits for).
    bench::BenchTable sweep(
        QStringLiteral("Runners per session: connect + full diagnosis (median of %1 rounds; "
                       "0 = one channel per command)")
            .arg(kSweepRounds));
    for (const QString &user : {stock, slow}) {
        QMap<int, Figures> figures;
        QStringList commands;
        for (int round = 0; round < kSweepRounds; ++round) {
            for (const int shells : {0, 1, 2, 4, 6, 8}) {
                SshTarget target = labTarget(sshd, user);
                target.persistentShells = shells;
                figures[shells].add(connectAndDiagnose(target, options, &commands, &ok));
            }
        }
        for (auto it = figures.cbegin(); it != figures.cend(); ++it)
            sweep.row(QStringLiteral("%1, %2 runners: connect / diagnosis / total")
                          .arg(user == slow ? QStringLiteral("rc sleeps 1 s") : QStringLiteral("stock"))
                          .arg(it.key()),
                      QStringLiteral("%1 / %2 / %3")
                          .arg(ms(bench::median(it->connects)), ms(bench::median(it->diagnoses)),
                               ms(bench::median(it->totals))));
    }
    sweep.print();
    return ok ? missed : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    lab::LabSshd sshd;
    if (const lab::LabStatus status = sshd.start(); !status) {
        fprintf(stderr, "bench_remote: could not start the lab sshd: %s\n", qPrintable(status.message()));
        return 2;
    }
    // A lab user with Debian's stock dotfiles: root's shell start-up on a developer
    // machine (pyenv, nvm, ...) can cost 100 ms per command and would measure
    // that machine's dotfiles instead of the transports.
    QString user = QStringLiteral("root");
    if (lab::LabUsers::unavailableReason().isEmpty() && lab::LabUsers::ensure().ok())
        user = lab::LabUsers::noPasswordSudoUser();
    else
        fprintf(stderr, "bench_remote: lab users unavailable, measuring as root (shell start-up included)\n");
    const QString login = user + QStringLiteral("@127.0.0.1");
    bool ok = true;

    QList<double> fresh, master, ours, oursConcurrent, tails, tailsLocal;
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("cm.sock"));
    QStringList masterArgs = opensshBase(sshd);
    masterArgs << QStringLiteral("-o") << QStringLiteral("ControlPath=") + socket;

    SshTarget target;
    target.host = sshd.host();
    target.port = sshd.port();
    target.user = user;
    target.identityFile = sshd.clientKeyPath();
    target.identitiesOnly = true;
    target.useSshConfig = false;
    target.knownHostsFile = sshd.knownHostsPath();
    target.globalKnownHostsFile = QStringLiteral("/dev/null");
    SshMachine machine(target);
    if (const RemoteError error = machine.connectAndWait()) {
        fprintf(stderr, "bench_remote: %s\n", qPrintable(error.toString()));
        return 2;
    }

    // A 1 GiB file whose last MiB is real log text (the rest is a hole: only the
    // read position matters for a tail).
    // The lab user reads it over SSH: the temp dir is 0700 by default.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
    const QString bigFile = dir.filePath(QStringLiteral("error.log"));
    {
        QFile file(bigFile);
        file.open(QIODevice::WriteOnly);
        const qint64 size = 1024LL * 1024 * 1024;
        const QByteArray line(
            "2026/11/23 10:00:00 [error] 812#812: *4711 connect() failed (111: Connection refused) "
            "while connecting to upstream, client: 127.0.0.1, server: _, request: \"GET / HTTP/1.1\", "
            "upstream: \"http://127.0.0.1:8080/\", host: \"localhost\"\n");
        QByteArray tail;
        while (tail.size() < 2 * 1024 * 1024)
            tail += line;
        file.resize(size - tail.size());
        file.seek(size - tail.size());
        file.write(tail);
    }
    FileAccess remoteFiles(&machine);
    LocalMachine local;
    FileAccess localFiles(&local);

    for (int round = 0; round < kRounds; ++round) {
        fresh << timeMs(
            "(a) fresh",
            [&] {
                bool all = true;
                for (int i = 0; i < kCommands; ++i)
                    all = runOpenssh(opensshBase(sshd) + QStringList{login} + kCommand) && all;
                return all;
            },
            &ok);

        QStringList start = masterArgs;
        start << QStringLiteral("-M") << QStringLiteral("-f") << QStringLiteral("-N") << QStringLiteral("-o")
              << QStringLiteral("ControlPersist=yes") << login;
        if (!runOpenssh(start)) {
            ok = false;
            failures << QStringLiteral("ControlMaster start");
        }
        master << timeMs(
            "(b) ControlMaster",
            [&] {
                bool all = true;
                for (int i = 0; i < kCommands; ++i)
                    all = runOpenssh(masterArgs + QStringList{login} + kCommand) && all;
                return all;
            },
            &ok);
        runOpenssh(masterArgs + QStringList{QStringLiteral("-O"), QStringLiteral("exit"), login});

        ours << timeMs(
            "(c) sequential",
            [&] {
                bool all = true;
                for (int i = 0; i < kCommands; ++i)
                    all = machine.runAndWait(CommandSpec::of(kCommand)).succeeded() && all;
                return all;
            },
            &ok);

        oursConcurrent << timeMs(
            "(d) concurrent",
            [&] {
                QList<QPointer<CommandJob>> jobs;
                for (int i = 0; i < kCommands; ++i) {
                    CommandJob *job = machine.run(CommandSpec::of(kCommand));
                    job->setAutoDelete(false);
                    jobs << job;
                }
                bool all = true;
                for (const auto &job : jobs)
                    all = job->waitForFinished().succeeded() && all;
                qDeleteAll(jobs);
                return all;
            },
            &ok);

        tails << timeMs(
            "tail over SSH",
            [&] {
                const auto tail = remoteFiles.tailAndWait(bigFile, 1024 * 1024, 0);
                return tail.ok() && tail->data.size() == 1024 * 1024;
            },
            &ok);
        tailsLocal << timeMs(
            "tail local",
            [&] {
                const auto tail = localFiles.tailAndWait(bigFile, 1024 * 1024, 0);
                return tail.ok() && tail->data.size() == 1024 * 1024;
            },
            &ok);
    }

    const double a = bench::median(fresh), b = bench::median(master), c = bench::median(ours),
                 d = bench::median(oursConcurrent), t = bench::median(tails), tl = bench::median(tailsLocal);
    bench::BenchTable table(
        QStringLiteral("Remote layer: %1 x `uname -r` over loopback SSH (median of %2 rounds)")
            .arg(kCommands)
            .arg(kRounds));
    table.row(QStringLiteral("login"), login);
    table.row(QStringLiteral("(a) fresh `ssh host cmd` each"), ms(a));
    table.row(QStringLiteral("(b) OpenSSH ControlMaster, sequential"), ms(b));
    table.row(QStringLiteral("(c) our session, sequential"), ms(c));
    table.row(QStringLiteral("(d) our session, concurrent"), ms(d));
    table.row(QStringLiteral("(d) / (a)"), QString::number(d / a, 'f', 3), QStringLiteral("<= 0.100"),
              d <= 0.1 * a);
    table.row(QStringLiteral("(d) / (b)"), QString::number(d / b, 'f', 3), QStringLiteral("<= 0.500"),
              d <= 0.5 * b);
    table.row(QStringLiteral("(c) / (b)"), QString::number(c / b, 'f', 3));
    table.row(QStringLiteral("last 1 MiB of a 1 GiB file, SSH"), ms(t), QStringLiteral("<= 50 ms"), t <= 50);
    table.row(QStringLiteral("last 1 MiB of a 1 GiB file, local"), ms(tl));
    int missed = table.print();
    const int loginShells = benchLoginShells(sshd);
    if (loginShells < 0)
        ok = false;
    else
        missed += loginShells;
    if (!ok)
        fprintf(stderr, "bench_remote: some commands failed (%s); the figures are not valid\n",
                qPrintable(failures.join(QStringLiteral(", "))));
    return ok ? (missed ? 1 : 0) : 2;
}
