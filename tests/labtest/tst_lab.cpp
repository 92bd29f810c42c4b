// Tests for the test lab itself: every scenario the product's tests will rely on is
// produced here once against the real nginx, sshd and gd-lab-upstream, and checked
// for what nginx really writes and what the client really gets.
//
// Set GD_LAB_CAPTURE_DIR=<dir> to save the error-log lines of each nginx scenario
// (and a `curl -v` of a 502) there; that is how tests/data/nginx-error-log was made.

#include "tests/lab/LabDir.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPaths.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using namespace gd::lab;

namespace {

struct CommandOutput
{
    int exitCode = -1;
    QString stdOut;
    QString stdErr;
};

CommandOutput runCommand(const QStringList &argv, int timeoutMs = 20000,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(argv.first(), argv.mid(1));
    CommandOutput output;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        output.stdErr = QStringLiteral("timed out: ") + argv.join(QLatin1Char(' '));
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.stdOut = QString::fromLocal8Bit(process.readAllStandardOutput());
    output.stdErr = QString::fromLocal8Bit(process.readAllStandardError());
    return output;
}

void capture(const QString &name, const QString &text)
{
    const QString dir = qEnvironmentVariable("GD_LAB_CAPTURE_DIR");
    if (dir.isEmpty() || name.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toLocal8Bit());
}

bool waitUntilGone(const QList<qint64> &pids, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const bool anyAlive =
            std::any_of(pids.cbegin(), pids.cend(), [](qint64 pid) { return LabProcTree::isAlive(pid); });
        if (!anyAlive)
            return true;
        if (timer.hasExpired(timeoutMs))
            return false;
        QTest::qWait(10);
    }
}

QString describePids(const QList<qint64> &pids)
{
    QStringList lines;
    for (const qint64 pid : pids) {
        if (LabProcTree::isAlive(pid))
            lines << QStringLiteral("%1 %2").arg(pid).arg(
                QString::fromLocal8Bit(LabProcTree::commandLine(pid)));
    }
    return lines.join(QLatin1Char('\n'));
}

// An SSH_ASKPASS program that prints one secret: how the OpenSSH client can be
// given a password or passphrase without a terminal (no sshpass needed).
QProcessEnvironment askpassEnvironment(const QTemporaryDir &dir, const QString &secret)
{
    const QString path = dir.filePath(QStringLiteral("askpass.sh"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write("#!/bin/sh\nprintf '%s\\n' '" + secret.toUtf8() + "'\n");
        file.close();
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_ASKPASS"), path);
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
    return environment;
}

// The lab's ssh command with options put first, where they win over the lab's own.
QStringList sshWith(const LabSshd &sshd, const QStringList &firstOptions, const QString &user,
                    const QString &command, const QString &key = QString())
{
    QStringList argv = sshd.sshCommand(user, command, key);
    for (qsizetype i = firstOptions.size() - 1; i >= 0; --i)
        argv.insert(1, firstOptions.at(i));
    return argv;
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void nginxScenario_data();
    void nginxScenario();
    void unixSocketPermissionDenied();
    void ipv6Upstream();
    void reloadIsConfirmed();
    void badConfigIsReported();
    void upstreamServesConcurrentConnections();

    void sshdAcceptsClientKey();
    void sshdRefusesWrongKey();
    void sshdPassphraseKey();
    void sshdFingerprintMatchesSshKeygen();
    void sshdRotatedHostKeyIsRefused();
    void sshdKillEndsSessions();
    void sshdLabUsersLogIn();

    void processesGoneAfterDestruction();
    void supervisorCleansUpWhenTestProcessDies();

private:
    QString m_capturedCurl;
};

void TestLab::initTestCase()
{
    for (const QString &tool :
         {LabPaths::upstream(), LabPaths::labBinary(QStringLiteral("gd-lab-supervisor")), LabPaths::nginx(),
          LabPaths::sshd(), LabPaths::sshKeygen(), LabPaths::ssh()}) {
        if (!QFileInfo(tool).isExecutable())
            QFAIL(qPrintable(QStringLiteral("missing %1").arg(tool)));
    }
}

void TestLab::nginxScenario_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("locationExtra");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("captureName");

    QTest::newRow("ok") << "ok" << -1 << QString() << 200 << QString() << QString();
    QTest::newRow("refused") << "refused" << -1 << QString() << 502
                             << "connect() failed (111: Connection refused) while connecting to upstream"
                             << "refused.log";
    QTest::newRow("close")
        << "close" << -1 << QString() << 502
        << "upstream prematurely closed connection while reading response header from upstream"
        << "prematurely-closed.log";
    QTest::newRow("reset")
        << "reset" << -1 << QString() << 502
        << "recv() failed (104: Connection reset by peer) while reading response header from upstream"
        << "reset.log";
    QTest::newRow("slow")
        << "slow" << 2000 << "proxy_read_timeout 1s;" << 504
        << "upstream timed out (110: Connection timed out) while reading response header from upstream"
        << "timeout.log";
    QTest::newRow("hugeheader") << "hugeheader" << -1 << "proxy_buffer_size 4k;" << 502
                                << "upstream sent too big header while reading response header from upstream"
                                << "too-big-header.log";
    QTest::newRow("connect-timeout")
        << "noaccept" << -1 << "proxy_connect_timeout 1s;" << 504
        << "upstream timed out (110: Connection timed out) while connecting to upstream"
        << "connect-timeout.log";
    QTest::newRow("unix-backlog-full")
        << "unix-noaccept" << -1 << QString() << 502
        << "failed (11: Resource temporarily unavailable) while connecting to upstream"
        << "unix-backlog-full.log";
    QTest::newRow("unix-missing") << "unix-missing" << -1 << QString() << 502
                                  << "failed (2: No such file or directory) while connecting to upstream"
                                  << "unix-missing.log";
}

void TestLab::nginxScenario()
{
    QFETCH(QString, mode);
    QFETCH(int, delayMs);
    QFETCH(QString, locationExtra);
    QFETCH(int, expectedStatus);
    QFETCH(QString, needle);
    QFETCH(QString, captureName);

    LabUpstream upstream;
    QString proxyPass;
    // A LabDir, not a QTemporaryDir: the latter is 0700, and nginx's workers (www-data)
    // would get "13: Permission denied" on the directory before ever missing the socket.
    LabDir scratch(QStringLiteral("missing"));
    if (mode == QLatin1String("refused")) {
        const LabResult<quint16> port = LabUpstream::refusingPort();
        QVERIFY2(port, qPrintable(port.message()));
        proxyPass = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    } else if (mode == QLatin1String("unix-missing")) {
        proxyPass = QStringLiteral("http://unix:%1:").arg(scratch.filePath(QStringLiteral("missing.sock")));
    } else {
        LabUpstream::Options options;
        options.mode = mode == QLatin1String("ok")                ? LabUpstream::Mode::Ok
                       : mode == QLatin1String("close")           ? LabUpstream::Mode::Close
                       : mode == QLatin1String("reset")           ? LabUpstream::Mode::Reset
                       : mode == QLatin1String("slow")            ? LabUpstream::Mode::Slow
                       : mode.endsWith(QLatin1String("noaccept")) ? LabUpstream::Mode::NoAccept
                                                                  : LabUpstream::Mode::HugeHeader;
        if (mode.startsWith(QLatin1String("unix-"))) {
            options.unixPath = QStringLiteral("auto");
            // Root's umask leaves 0755 and connect() needs write permission: without
            // this nginx's www-data workers would get "13: Permission denied".
            options.unixMode = QStringLiteral("0666");
        }
        options.delayMs = delayMs;
        const LabStatus started = upstream.start(options);
        QVERIFY2(started, qPrintable(started.message()));
        proxyPass = upstream.proxyPassUrl();
    }

    LabNginx nginx;
    const LabStatus started = nginx.start(LabNginx::proxyServer(proxyPass, locationExtra));
    QVERIFY2(started, qPrintable(started.message()));
    const qint64 offset = nginx.errorLogSize();

    QCOMPARE(LabHttp::status(nginx.url(QStringLiteral("/gd-lab-probe")), 15), expectedStatus);
    const LabStatus logged =
        nginx.waitForAccessLog(QStringLiteral("\"GET /gd-lab-probe HTTP/1.1\" %1 ").arg(expectedStatus));
    QVERIFY2(logged, qPrintable(logged.message()));
    QVERIFY2(nginx.accessLogText().contains(QLatin1String("upstream_addr=")),
             qPrintable(nginx.accessLogText()));
    // The access line is written last (log phase), so the error lines are complete.
    const QString lines = nginx.errorLogSince(offset);
    if (!needle.isEmpty())
        QVERIFY2(lines.contains(needle), qPrintable(QStringLiteral("error log:\n") + lines));
    else
        QVERIFY2(!lines.contains(QLatin1String("[error]")), qPrintable(lines));
    capture(captureName, lines);

    if (mode == QLatin1String("refused") && !qEnvironmentVariable("GD_LAB_CAPTURE_DIR").isEmpty()) {
        const CommandOutput curl = runCommand(
            {QStringLiteral("curl"), QStringLiteral("-sv"), nginx.url(QStringLiteral("/gd-lab-probe"))});
        capture(QStringLiteral("curl-v-502.txt"), curl.stdErr + curl.stdOut);
    }
}

void TestLab::unixSocketPermissionDenied()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the socket must belong to a user other than nginx's workers");
    LabUpstream::Options options;
    options.unixPath = QStringLiteral("auto");
    options.unixMode = QStringLiteral("0600");
    options.unixOwner = QStringLiteral("root");
    LabUpstream upstream;
    const LabStatus started = upstream.start(options);
    QVERIFY2(started, qPrintable(started.message()));

    LabNginx nginx(QStringLiteral("www-data"));
    const LabStatus nginxStarted = nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl()));
    QVERIFY2(nginxStarted, qPrintable(nginxStarted.message()));
    // The workers really run as www-data.
    const QList<qint64> workers = nginx.workerPids();
    QVERIFY(!workers.isEmpty());
    QCOMPARE(LabProcTree::userOf(workers.first()), qint64(33));

    const qint64 offset = nginx.errorLogSize();
    QCOMPARE(LabHttp::status(nginx.url(), 15), 502);
    const QString needle =
        QStringLiteral("connect() to unix:%1 failed (13: Permission denied) while connecting to upstream")
            .arg(upstream.socketPath());
    const LabResult<QString> lines = nginx.waitForErrorLog(needle, offset);
    QVERIFY2(lines, qPrintable(lines.message()));
    QVERIFY2(lines->contains(QLatin1String("[crit]")), qPrintable(*lines));
    capture(QStringLiteral("unix-permission.log"), *lines);
}

void TestLab::ipv6Upstream()
{
    // The "localhost resolves to ::1" scenario needs an upstream on IPv6 loopback.
    LabUpstream::Options options;
    options.host = QStringLiteral("::1");
    LabUpstream upstream;
    const LabStatus started = upstream.start(options);
    if (!started && started.message().contains(QLatin1String("Cannot assign requested address")))
        QSKIP("no IPv6 loopback in this environment");
    QVERIFY2(started, qPrintable(started.message()));
    QVERIFY(upstream.address().startsWith(QLatin1String("[::1]:")));

    LabNginx nginx;
    const LabStatus nginxStarted = nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl()));
    QVERIFY2(nginxStarted, qPrintable(nginxStarted.message()));
    QCOMPARE(LabHttp::status(nginx.url(), 15), 200);
    const LabStatus logged = nginx.waitForAccessLog(QStringLiteral("upstream_addr=") + upstream.address());
    QVERIFY2(logged, qPrintable(logged.message()));
}

void TestLab::reloadIsConfirmed()
{
    LabUpstream ok;
    QVERIFY(ok.start(LabUpstream::Mode::Ok));
    const LabResult<quint16> refusing = LabUpstream::refusingPort();
    QVERIFY(refusing);

    LabNginx nginx;
    const LabStatus started =
        nginx.start(LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*refusing)));
    QVERIFY2(started, qPrintable(started.message()));
    QCOMPARE(LabHttp::status(nginx.url(), 15), 502);
    const qint64 master = nginx.masterPid();
    const QList<qint64> before = nginx.workerPids();

    const LabStatus reloaded = nginx.reload(LabNginx::proxyServer(ok.proxyPassUrl()));
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    QCOMPARE(nginx.masterPid(), master);
    QVERIFY(nginx.workerPids() != before);
    QCOMPARE(LabHttp::status(nginx.url(), 15), 200);
    QVERIFY(nginx.waitForAccessLog(QStringLiteral(" 200 ")));
    QVERIFY(nginx.stop());
    // A whole session as nginx wrote it: startup notices, a 502, the reload, shutdown.
    capture(QStringLiteral("session-reload.log"), nginx.errorLogText());
}

void TestLab::badConfigIsReported()
{
    LabNginx nginx;
    const LabStatus bad =
        nginx.start(QStringLiteral("server { listen 127.0.0.1:@PORT@; no_such_directive on; }"));
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QLatin1String("unknown directive \"no_such_directive\"")),
             qPrintable(bad.message()));
    capture(QStringLiteral("nginx-t-unknown-directive.txt"), bad.message().section(QLatin1Char('\n'), 1));

    // A running nginx keeps its old config when a reload brings a bad one.
    LabNginx running;
    QVERIFY(running.start(QStringLiteral("server { listen 127.0.0.1:@PORT@; return 204; }")));
    const LabStatus rejected = running.reload(QStringLiteral("server { listen 127.0.0.1:@PORT@; return; }"));
    QVERIFY(!rejected);
    QVERIFY2(rejected.message().contains(QLatin1String("invalid number of arguments in \"return\"")),
             qPrintable(rejected.message()));
    // Unchecked reload: the master rejects it, keeps the old workers, and we notice.
    const LabStatus unchecked = running.reloadUnchecked();
    QVERIFY(!unchecked);
    QVERIFY2(unchecked.message().contains(QLatin1String("[emerg]")), qPrintable(unchecked.message()));
    capture(QStringLiteral("reload-rejected.log"), unchecked.message().section(QLatin1Char('\n'), 1));
    QCOMPARE(LabHttp::status(running.url(), 15), 204);
}

void TestLab::upstreamServesConcurrentConnections()
{
    // A hanging connection must not keep an ok upstream from serving others, and one
    // server must take many connections at once.
    LabUpstream::Options slow;
    slow.mode = LabUpstream::Mode::Slow;
    slow.delayMs = 1000;
    LabUpstream upstream;
    QVERIFY(upstream.start(slow));
    QList<QProcess *> clients;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i) {
        auto *client = new QProcess(this);
        client->start(QStringLiteral("curl"),
                      {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("10"),
                       QStringLiteral("http://%1/").arg(upstream.address())});
        clients << client;
    }
    // 20 answers of 1 s each: about 1 s in parallel, 20 s in sequence.
    for (QProcess *client : clients) {
        QVERIFY(client->waitForFinished(15000));
        QCOMPARE(client->readAllStandardOutput(), QByteArray("gd-lab-upstream ok\n"));
        delete client;
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestLab::sshdAcceptsClientKey()
{
    LabSshd sshd;
    const LabStatus started = sshd.start();
    QVERIFY2(started, qPrintable(started.message()));
    const CommandOutput out = runCommand(sshd.sshCommand(QStringLiteral("root"), QStringLiteral("echo hi")));
    QVERIFY2(out.exitCode == 0, qPrintable(out.stdErr + QStringLiteral("\nsshd log:\n") + sshd.logText()));
    QCOMPARE(out.stdOut, QStringLiteral("hi\n"));
    QVERIFY(sshd.logText().contains(QLatin1String("Accepted publickey for root from 127.0.0.1")));
}

void TestLab::sshdRefusesWrongKey()
{
    LabSshd sshd;
    QVERIFY(sshd.start());
    const CommandOutput out =
        runCommand(sshd.sshCommand(QStringLiteral("root"), QStringLiteral("echo hi"), sshd.wrongKeyPath()));
    QCOMPARE(out.exitCode, 255);
    QVERIFY2(out.stdErr.contains(QLatin1String("Permission denied (publickey")), qPrintable(out.stdErr));
    QVERIFY(out.stdOut.isEmpty());
}

void TestLab::sshdPassphraseKey()
{
    LabSshd sshd;
    QVERIFY(sshd.start());
    // Without the passphrase the key cannot be used...
    const CommandOutput locked = runCommand(
        sshd.sshCommand(QStringLiteral("root"), QStringLiteral("echo hi"), sshd.passphraseKeyPath()));
    QCOMPARE(locked.exitCode, 255);
    // ...with it, it is authorized.
    QTemporaryDir dir;
    const CommandOutput out =
        runCommand(sshWith(sshd, {QStringLiteral("-o"), QStringLiteral("BatchMode=no")},
                           QStringLiteral("root"), QStringLiteral("echo hi"), sshd.passphraseKeyPath()),
                   20000, askpassEnvironment(dir, LabSshd::passphrase()));
    QVERIFY2(out.exitCode == 0, qPrintable(out.stdErr));
    QCOMPARE(out.stdOut, QStringLiteral("hi\n"));
}

void TestLab::sshdFingerprintMatchesSshKeygen()
{
    LabSshd sshd;
    QVERIFY(sshd.start());
    const CommandOutput out = runCommand(
        {LabPaths::sshKeygen(), QStringLiteral("-lf"), sshd.hostKeyPath() + QStringLiteral(".pub")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.stdOut.section(QLatin1Char(' '), 1, 1), sshd.hostKeyFingerprintSha256());
    QVERIFY(
        sshd.knownHostsLine().startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 AAAA").arg(sshd.port())));

    // The lab's known_hosts line is what OpenSSH itself would accept.
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(knownHosts));
    const CommandOutput found =
        runCommand({LabPaths::sshKeygen(), QStringLiteral("-F"),
                    QStringLiteral("[127.0.0.1]:%1").arg(sshd.port()), QStringLiteral("-f"), knownHosts});
    QCOMPARE(found.exitCode, 0);
}

void TestLab::sshdRotatedHostKeyIsRefused()
{
    LabSshd sshd;
    QVERIFY(sshd.start());
    QTemporaryDir dir;
    const QString oldKnownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(oldKnownHosts));
    const QString oldFingerprint = sshd.hostKeyFingerprintSha256();
    const quint16 port = sshd.port();

    const LabStatus rotated = sshd.rotateHostKey();
    QVERIFY2(rotated, qPrintable(rotated.message()));
    QCOMPARE(sshd.port(), port);
    QVERIFY(sshd.hostKeyFingerprintSha256() != oldFingerprint);

    const CommandOutput out = runCommand(
        sshWith(sshd, {QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + oldKnownHosts},
                QStringLiteral("root"), QStringLiteral("echo hi")));
    QCOMPARE(out.exitCode, 255);
    QVERIFY2(out.stdErr.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")),
             qPrintable(out.stdErr));
    // The lab's own known_hosts follows the rotation.
    QCOMPARE(runCommand(sshd.sshCommand(QStringLiteral("root"), QStringLiteral("true"))).exitCode, 0);
}

void TestLab::sshdKillEndsSessions()
{
    LabSshd sshd;
    QVERIFY(sshd.start());
    QProcess client;
    const QStringList argv =
        sshd.sshCommand(QStringLiteral("root"), QStringLiteral("echo started; exec sleep 60"));
    client.start(argv.first(), argv.mid(1));
    QVERIFY(client.waitForReadyRead(10000));
    QCOMPARE(client.readAllStandardOutput(), QByteArray("started\n"));

    // The session's processes called setsid(): only the process tree links them to sshd.
    // "started" comes just before the shell execs sleep, so wait for that.
    QList<qint64> session;
    QElapsedTimer timer;
    timer.start();
    const auto sleeping = [&] {
        session = LabProcTree::descendantsOf(sshd.pid());
        return std::any_of(session.cbegin(), session.cend(),
                           [](qint64 pid) { return LabProcTree::commandLine(pid) == "sleep 60"; });
    };
    while (!sleeping() && !timer.hasExpired(5000))
        QTest::qWait(10);
    QVERIFY2(sleeping(), qPrintable(describePids(session)));

    const LabStatus killed = sshd.kill();
    QVERIFY2(killed, qPrintable(killed.message()));
    QVERIFY(!sshd.isRunning());
    QVERIFY2(waitUntilGone(session + QList<qint64>{sshd.pid()}, 3000), qPrintable(describePids(session)));
    QVERIFY(client.waitForFinished(5000));
    QCOMPARE(client.exitCode(), 255);

    // ...and it comes back on the same port with the same host key.
    const quint16 port = sshd.port();
    const LabStatus restarted = sshd.restart();
    QVERIFY2(restarted, qPrintable(restarted.message()));
    QCOMPARE(sshd.port(), port);
    QCOMPARE(runCommand(sshd.sshCommand(QStringLiteral("root"), QStringLiteral("true"))).exitCode, 0);
}

void TestLab::sshdLabUsersLogIn()
{
    if (const QString reason = LabUsers::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const LabStatus ensured = LabUsers::ensure();
    QVERIFY2(ensured, qPrintable(ensured.message()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(LabUsers::ensure());
    QVERIFY2(timer.elapsed() < 500, "ensure() must be cheap once the users exist");

    LabSshd sshd;
    const LabStatus started = sshd.start();
    QVERIFY2(started, qPrintable(started.message()));

    struct Expectation
    {
        QString user;
        int exitCode;
        QString stderrText;
    };
    const QList<Expectation> sudoN = {
        {LabUsers::noPasswordSudoUser(), 0, QString()},
        {LabUsers::passwordSudoUser(), 1, QStringLiteral("sudo: a password is required")},
        {LabUsers::requireTtyUser(), 1, QStringLiteral("sudo: sorry, you must have a tty to run sudo")},
        {LabUsers::noSudoUser(), 1, QStringLiteral("sudo: a password is required")},
    };
    for (const Expectation &expected : sudoN) {
        const CommandOutput out =
            runCommand(sshd.sshCommand(expected.user, QStringLiteral("id -un; sudo -n true")));
        QVERIFY2(out.stdOut == expected.user + QLatin1Char('\n'),
                 qPrintable(expected.user + QStringLiteral(": ") + out.stdOut + out.stdErr + sshd.logText()));
        QVERIFY2(out.exitCode == expected.exitCode,
                 qPrintable(expected.user + QStringLiteral(": ") + out.stdErr));
        QVERIFY2(out.stdErr.contains(expected.stderrText), qPrintable(out.stdErr));
    }

    // Password and keyboard-interactive logins (both through PAM).
    QTemporaryDir dir;
    const QProcessEnvironment askpass = askpassEnvironment(dir, LabUsers::password());
    for (const QString &method : {QStringLiteral("password"), QStringLiteral("keyboard-interactive")}) {
        const CommandOutput out =
            runCommand(sshWith(sshd,
                               {QStringLiteral("-o"), QStringLiteral("BatchMode=no"), QStringLiteral("-o"),
                                QStringLiteral("PubkeyAuthentication=no"), QStringLiteral("-o"),
                                QStringLiteral("PreferredAuthentications=") + method, QStringLiteral("-o"),
                                QStringLiteral("NumberOfPasswordPrompts=1")},
                               LabUsers::passwordSudoUser(), QStringLiteral("id -un")),
                       20000, askpass);
        QVERIFY2(out.exitCode == 0, qPrintable(method + QStringLiteral(": ") + out.stdErr + sshd.logText()));
        QCOMPARE(out.stdOut, LabUsers::passwordSudoUser() + QLatin1Char('\n'));
    }
    QVERIFY(sshd.logText().contains(QLatin1String("Accepted password for gd-lab-pw")));
    QVERIFY(sshd.logText().contains(QLatin1String("Accepted keyboard-interactive/pam for gd-lab-pw")));
}

void TestLab::processesGoneAfterDestruction()
{
    QList<qint64> pids;
    QList<QByteArray> dirs;
    QProcess client;
    {
        LabUpstream upstream;
        QVERIFY(upstream.start(LabUpstream::Mode::Hang));
        LabNginx nginx;
        QVERIFY(nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl())));
        LabSshd sshd;
        QVERIFY(sshd.start());
        const QStringList argv =
            sshd.sshCommand(QStringLiteral("root"), QStringLiteral("echo started; exec sleep 60"));
        client.start(argv.first(), argv.mid(1));
        QVERIFY(client.waitForReadyRead(10000));

        pids << upstream.process().supervisorPid() << upstream.process().pid()
             << nginx.process().supervisorPid() << nginx.masterPid() << nginx.workerPids()
             << sshd.process().supervisorPid() << sshd.pid() << LabProcTree::descendantsOf(sshd.pid());
        for (const qint64 pid : std::as_const(pids))
            QVERIFY2(LabProcTree::isAlive(pid), qPrintable(QString::number(pid)));
        QVERIFY(pids.size() >= 9);
        dirs << QFile::encodeName(nginx.prefix()) << QFile::encodeName(sshd.dirPath());
    }
    // The destructors wait for their trees: nothing may be left at this point.
    QVERIFY2(waitUntilGone(pids, 0), qPrintable(describePids(pids)));
    for (const QByteArray &dir : std::as_const(dirs)) {
        QVERIFY2(LabProcTree::findByCommandLine(dir).isEmpty(), dir.constData());
        QVERIFY(!QFileInfo::exists(QFile::decodeName(dir)) || LabDir::keepRequested());
    }
    QVERIFY(client.waitForFinished(5000));
}

void TestLab::supervisorCleansUpWhenTestProcessDies()
{
    // Stand-in for a test process that is SIGKILLed (ctest timeout, crash): a shell
    // that started a supervised upstream the way LabProcess does.
    QProcess fakeTest;
    fakeTest.start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("\"$0\" --parent-pid $$ -- \"$1\" --listen 127.0.0.1:0 --mode hang & wait"),
         LabPaths::labBinary(QStringLiteral("gd-lab-supervisor")), LabPaths::upstream()});
    QVERIFY(fakeTest.waitForReadyRead(5000));
    QVERIFY(fakeTest.readAllStandardOutput().startsWith("READY 127.0.0.1:"));
    const QList<qint64> tree = LabProcTree::descendantsOf(fakeTest.processId());
    QCOMPARE(tree.size(), 2); // supervisor + upstream

    ::kill(static_cast<pid_t>(fakeTest.processId()), SIGKILL);
    QVERIFY(fakeTest.waitForFinished(3000));
    QVERIFY2(waitUntilGone(tree, 3000), qPrintable(describePids(tree)));
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
