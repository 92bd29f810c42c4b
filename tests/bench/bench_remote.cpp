// The remote layer's benchmark, all measured in one run against the lab's real
// sshd on loopback:
//   20 short commands (a) as 20 fresh `ssh host cmd`, (b) through one OpenSSH
//   ControlMaster connection, (c) through our session one after another, (d) through
//   our session all at once; and reading the last 1 MiB of a 1 GiB file.
// Targets (issue "Foundation"): (d) <= 0.1 x (a) and <= 0.5 x (b); tail <= 50 ms.
#include "remote/FileAccess.h"
#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "tests/bench/BenchTable.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

using namespace gd;

namespace {

constexpr int kCommands = 20;
constexpr int kRounds = 5;
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
    const int missed = table.print();
    if (!ok)
        fprintf(stderr, "bench_remote: some commands failed (%s); the figures are not valid\n",
                qPrintable(failures.join(QStringLiteral(", "))));
    return ok ? (missed ? 1 : 0) : 2;
}
