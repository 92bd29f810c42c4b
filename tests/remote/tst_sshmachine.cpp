// The SSH layer against a real OpenSSH sshd: authentication, host keys, sudo,
// and what happens when the server goes away.
#include "remote/FileAccess.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace gd;
using gd::lab::LabUsers;

class TestSshMachine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void connectsWithKey();
    void wrongKeyIsAClearError();
    void passphraseKey();
    void passwordLogin();
    void connectionRefused();
    void sshConfigAlias();

    void unknownHostKeyRefusedWithoutTrust();
    void unknownHostKeyAcceptedAfterExplicitTrust();
    void trustOnceDoesNotSave();
    void otherFingerprintIsNotTrusted();
    void strictHostKeyCheckingNoInConfigStillAsks();

    void sudoWithoutPassword();
    void sudoPasswordFlow();
    void sudoRequiresTty();
    void sudoNotAllowed();
    void fileReplaceThroughSudo();

    void serverGoingAwayMidCommand();
    void commandRightAfterTheConnectionDied();
    void changedHostKeyIsRefused(); // last: rotates the lab's host key

private:
    SshTarget target(const QString &user) const { return m_fixture.target(user); }
    bool needUsers();

    test::MachineFixture m_fixture{test::Backend::Ssh};
    QTemporaryDir m_dir;
};

void TestSshMachine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The fixture's own session stays open while later tests kill and restart sshd:
    // a lab user's, where there are lab users, so no root login is ever cut short.
    const QString error =
        m_fixture.setUp(needUsers() ? LabUsers::noPasswordSudoUser() : QStringLiteral("root"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

bool TestSshMachine::needUsers()
{
    const QString why = LabUsers::unavailableReason();
    if (!why.isEmpty()) {
        qWarning("skipping: %s", qPrintable(why));
        return false;
    }
    const lab::LabStatus status = LabUsers::ensure();
    if (!status)
        qWarning("LabUsers::ensure failed: %s", qPrintable(status.message()));
    return status.ok();
}

void TestSshMachine::connectsWithKey()
{
    auto machine = m_fixture.connect(QStringLiteral("root"));
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    QVERIFY(machine->isReady());
    QVERIFY(machine->isRoot());
    QCOMPARE(machine->hostKey().fingerprint, m_fixture.sshd()->hostKeyFingerprintSha256());
    QCOMPARE(machine->displayName(), QStringLiteral("root@127.0.0.1:%1").arg(m_fixture.sshd()->port()));
    const CommandResult r =
        machine->runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-un")}));
    QCOMPARE(r.stdOut, QByteArray("root\n"));
}

void TestSshMachine::wrongKeyIsAClearError()
{
    SshTarget t = target(QStringLiteral("root"));
    t.identityFile = m_fixture.sshd()->wrongKeyPath();
    SshMachine machine(t);
    const RemoteError error = machine.connectAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::AuthFailed);
    QVERIFY2(error.message().contains(m_fixture.sshd()->wrongKeyPath()), qPrintable(error.message()));
    QVERIFY(!machine.isReady());
}

void TestSshMachine::passphraseKey()
{
    SshTarget t = target(QStringLiteral("root"));
    t.identityFile = m_fixture.sshd()->passphraseKeyPath();
    SshMachine machine(t);
    QCOMPARE(machine.connectAndWait().kind(), RemoteError::Kind::NeedsPassphrase);
    SshCredentials wrong;
    wrong.passphrase = SecretBytes(QByteArray("not the passphrase"));
    QCOMPARE(machine.connectAndWait(wrong).kind(), RemoteError::Kind::NeedsPassphrase);
    SshCredentials right;
    right.passphrase = SecretBytes(m_fixture.sshd()->passphrase().toUtf8());
    const RemoteError error = machine.connectAndWait(right);
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(machine.isReady());
}

void TestSshMachine::passwordLogin()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    SshTarget t = target(LabUsers::passwordSudoUser());
    t.identityFile.clear(); // no key: only the password can get us in
    SshMachine machine(t);
    QCOMPARE(machine.connectAndWait().kind(), RemoteError::Kind::NeedsPassword);
    SshCredentials wrong;
    wrong.password = SecretBytes(QByteArray("wrong password"));
    QCOMPARE(machine.connectAndWait(wrong).kind(), RemoteError::Kind::AuthFailed);
    SshCredentials right;
    right.password = SecretBytes(LabUsers::password().toUtf8());
    const RemoteError error = machine.connectAndWait(right);
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(!machine.isRoot());
    QCOMPARE(machine.runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-un")})).stdOut,
             LabUsers::passwordSudoUser().toUtf8() + '\n');
}

void TestSshMachine::connectionRefused()
{
    SshTarget t = target(QStringLiteral("root"));
    QTcpServer probe; // a port that was free a moment ago and has nothing listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    t.port = probe.serverPort();
    probe.close();
    SshMachine machine(t);
    const RemoteError error = machine.connectAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::ConnectionRefused);
    QVERIFY(error.message().contains(QString::number(t.port)));
}

void TestSshMachine::sshConfigAlias()
{
    const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("Host labalias\n  HostName 127.0.0.1\n  Port %1\n  User root\n  IdentityFile %2\n")
            .arg(m_fixture.sshd()->port())
            .arg(m_fixture.sshd()->clientKeyPath())
            .toUtf8());
    file.close();
    SshTarget t;
    t.host = QStringLiteral("labalias");
    t.useSshConfig = true;
    t.sshConfigFile = config;
    t.knownHostsFile = m_fixture.sshd()->knownHostsPath();
    t.globalKnownHostsFile = QStringLiteral("/dev/null");
    SshMachine machine(t);
    const RemoteError error = machine.connectAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(machine.hostKey().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(machine.hostKey().port, int(m_fixture.sshd()->port()));
}

void TestSshMachine::unknownHostKeyRefusedWithoutTrust()
{
    SshTarget t = target(QStringLiteral("root"));
    t.knownHostsFile = m_dir.filePath(QStringLiteral("empty_known_hosts"));
    SshMachine machine(t);
    const RemoteError error = machine.connectAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::HostKeyUnknown);
    QVERIFY(error.message().contains(m_fixture.sshd()->hostKeyFingerprintSha256()));
    QCOMPARE(machine.hostKey().fingerprint, m_fixture.sshd()->hostKeyFingerprintSha256());
    QVERIFY(!QFile::exists(t.knownHostsFile) || QFile(t.knownHostsFile).size() == 0);
}

void TestSshMachine::unknownHostKeyAcceptedAfterExplicitTrust()
{
    SshTarget t = target(QStringLiteral("root"));
    t.knownHostsFile = m_dir.filePath(QStringLiteral("trusted/known_hosts"));
    SshMachine machine(t);
    QCOMPARE(machine.connectAndWait().kind(), RemoteError::Kind::HostKeyUnknown);
    SshCredentials trust;
    trust.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptFingerprint;
    trust.hostKeyPolicy.fingerprint = machine.hostKey().fingerprint;
    trust.hostKeyPolicy.save = true;
    const RemoteError error = machine.connectAndWait(trust);
    QVERIFY2(!error, qPrintable(error.toString()));
    QFile saved(t.knownHostsFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY2(text.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_fixture.sshd()->port()).toUtf8()),
             text.constData());
    // Next time, no question is asked.
    SshMachine again(t);
    QVERIFY(!again.connectAndWait());
}

void TestSshMachine::trustOnceDoesNotSave()
{
    SshTarget t = target(QStringLiteral("root"));
    t.knownHostsFile = m_dir.filePath(QStringLiteral("once_known_hosts"));
    SshMachine machine(t);
    SshCredentials once;
    once.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptFingerprint;
    once.hostKeyPolicy.fingerprint = m_fixture.sshd()->hostKeyFingerprintSha256();
    once.hostKeyPolicy.save = false;
    QVERIFY(!machine.connectAndWait(once));
    SshMachine again(t);
    QCOMPARE(again.connectAndWait().kind(), RemoteError::Kind::HostKeyUnknown);
}

void TestSshMachine::otherFingerprintIsNotTrusted()
{
    SshTarget t = target(QStringLiteral("root"));
    t.knownHostsFile = m_dir.filePath(QStringLiteral("other_known_hosts"));
    SshMachine machine(t);
    SshCredentials trust;
    trust.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptFingerprint;
    trust.hostKeyPolicy.fingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QCOMPARE(machine.connectAndWait(trust).kind(), RemoteError::Kind::HostKeyUnknown);
}

void TestSshMachine::strictHostKeyCheckingNoInConfigStillAsks()
{
    const QString config = m_dir.filePath(QStringLiteral("lax_ssh_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host *\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n");
    file.close();
    SshTarget t = target(QStringLiteral("root"));
    t.useSshConfig = true;
    t.sshConfigFile = config;
    t.knownHostsFile = m_dir.filePath(QStringLiteral("lax_known_hosts"));
    SshMachine machine(t);
    QCOMPARE(machine.connectAndWait().kind(), RemoteError::Kind::HostKeyUnknown);
}

void TestSshMachine::sudoWithoutPassword()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    auto machine = m_fixture.connect(LabUsers::noPasswordSudoUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    QVERIFY(!machine->isRoot());
    const CommandResult r =
        machine->runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-u")}).asRoot());
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut, QByteArray("0\n"));
    QVERIFY(r.stdErr.isEmpty()); // our start marker never leaks into the command's stderr
    QVERIFY(r.commandLine.startsWith(QLatin1String("sudo ")));
    const CommandResult plain =
        machine->runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-u")}));
    QVERIFY(plain.stdOut != "0\n");
}

void TestSshMachine::sudoPasswordFlow()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    auto machine = m_fixture.connect(LabUsers::passwordSudoUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    CommandSpec spec =
        CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("id -u; cat")});
    spec.asRoot().withStdin("stdin after the password\n");

    CommandResult r = machine->runAndWait(spec);
    QCOMPARE(r.error.kind(), RemoteError::Kind::SudoPasswordNeeded);

    machine->setSudoPassword("definitely wrong");
    r = machine->runAndWait(spec);
    QCOMPARE(r.error.kind(), RemoteError::Kind::SudoWrongPassword);
    QVERIFY(!machine->hasSudoPassword()); // a rejected password is forgotten at once

    const QByteArray password = LabUsers::password().toUtf8();
    machine->setSudoPassword(password);
    qRegisterMetaType<gd::CommandResult>();
    QSignalSpy transcript(machine.get(), &Machine::commandFinished);
    r = machine->runAndWait(spec);
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString() + QString::fromUtf8(r.stdErr)));
    QCOMPARE(r.stdOut, QByteArray("0\nstdin after the password\n"));
    QVERIFY(!r.stdErr.contains("gd-sudo"));
    QVERIFY(!r.commandLine.contains(QString::fromUtf8(password)));
    QCOMPARE(transcript.count(), 1);
    const auto logged = transcript.first().first().value<CommandResult>();
    QVERIFY(!logged.commandLine.contains(QString::fromUtf8(password)));
    QVERIFY(!logged.stdOut.contains(password) && !logged.stdErr.contains(password));
}

void TestSshMachine::sudoRequiresTty()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    auto machine = m_fixture.connect(LabUsers::requireTtyUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    const CommandResult r = machine->runAndWait(CommandSpec::of({QStringLiteral("true")}).asRoot());
    QCOMPARE(r.error.kind(), RemoteError::Kind::SudoRequiresTty);
    QVERIFY(r.error.message().contains(QLatin1String("requiretty")));
}

void TestSshMachine::sudoNotAllowed()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    auto machine = m_fixture.connect(LabUsers::noSudoUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    machine->setSudoPassword(LabUsers::password().toUtf8());
    const CommandResult r = machine->runAndWait(CommandSpec::of({QStringLiteral("true")}).asRoot());
    QCOMPARE(r.error.kind(), RemoteError::Kind::SudoNotAllowed);
}

void TestSshMachine::fileReplaceThroughSudo()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    // A root-owned config in a root-owned directory, as in /etc/nginx.
    const QString dir = m_dir.filePath(QStringLiteral("etc-nginx"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    const QString path = dir + QStringLiteral("/nginx.conf");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("worker_processes 1;\n");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto machine = m_fixture.connect(LabUsers::noPasswordSudoUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    FileAccess files(machine.get());
    const auto before = files.readAndWait(path);
    QVERIFY(before.ok());
    const auto denied = files.replaceAndWait(path, "worker_processes 2;\n", before->sha256);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind(), RemoteError::Kind::PermissionDenied);
    const auto done = files.replaceAndWait(path, "worker_processes 2;\n", before->sha256, Privilege::Root);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done->uid, 0u);
    QCOMPARE(done->mode, 0644u);
}

// The server side of the connection dies and a command is sent before our event
// loop has seen the socket close: the command must fail as a lost connection
// (which the fix cycle and the UI act on), not as a protocol error.
void TestSshMachine::commandRightAfterTheConnectionDied()
{
    for (int round = 0; round < 12; ++round) {
        // A lab user with stock dotfiles: a connection dropped by the test must not
        // cut one of root's login scripts in half.
        auto machine = m_fixture.connect(LabUsers::noPasswordSudoUser());
        QVERIFY2(machine, qPrintable(m_fixture.lastError()));
        QVERIFY(machine->runAndWait(CommandSpec::of({QStringLiteral("true")})).succeeded());
        QVERIFY(m_fixture.sshd()->dropConnections().ok());
        if (round % 2)
            QTest::qWait(20); // half the rounds: the close may or may not have arrived
        const CommandResult r = machine->runAndWait(CommandSpec::of({QStringLiteral("true")}));
        QVERIFY2(r.error.kind() == RemoteError::Kind::Disconnected ||
                     r.error.kind() == RemoteError::Kind::NotConnected,
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.error.toString())));
    }
}

void TestSshMachine::serverGoingAwayMidCommand()
{
    if (!needUsers())
        QSKIP("needs the lab's OS users (root only)");
    // A lab user: sshd is killed while the command runs, and with it any login shell
    // still in its rc files (root's here runs pyenv, whose lock would stay behind).
    auto machine = m_fixture.connect(LabUsers::noPasswordSudoUser());
    QVERIFY2(machine, qPrintable(m_fixture.lastError()));
    QSignalSpy lost(machine.get(), &SshMachine::connectionLost);
    CommandJob *job = machine->run(CommandSpec::of({QStringLiteral("sleep"), QStringLiteral("30")}, 0));
    job->setAutoDelete(false);
    QTest::qWait(300);
    QVERIFY(m_fixture.sshd()->kill().ok());
    const CommandResult r = job->waitForFinished();
    delete job;
    QCOMPARE(r.error.kind(), RemoteError::Kind::Disconnected);
    QVERIFY(r.error.message().contains(QLatin1String("lost")));
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
    QVERIFY(!machine->isReady());
    QCOMPARE(machine->runAndWait(CommandSpec::of({QStringLiteral("true")})).error.kind(),
             RemoteError::Kind::NotConnected);
    // The user's place is kept: reconnect the same machine object once sshd is back.
    QVERIFY(m_fixture.sshd()->restart().ok());
    const RemoteError error = machine->connectAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(machine->runAndWait(CommandSpec::of({QStringLiteral("true")})).succeeded());
}

void TestSshMachine::changedHostKeyIsRefused()
{
    SshTarget t = target(QStringLiteral("root"));
    t.knownHostsFile = m_dir.filePath(QStringLiteral("old_known_hosts"));
    QVERIFY(m_fixture.sshd()->writeKnownHosts(t.knownHostsFile).ok());
    QVERIFY(m_fixture.sshd()->rotateHostKey().ok());
    SshMachine machine(t);
    // Even "accept any new key" must not accept a changed one.
    SshCredentials lax;
    lax.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptAny;
    const RemoteError error = machine.connectAndWait(lax);
    QCOMPARE(error.kind(), RemoteError::Kind::HostKeyChanged);
    QVERIFY(error.message().contains(QLatin1String("CHANGED")));
    QVERIFY(error.message().contains(QLatin1String("ssh-keygen -R")));
    QVERIFY(!machine.isReady());
}

QTEST_GUILESS_MAIN(TestSshMachine)
#include "tst_sshmachine.moc"
