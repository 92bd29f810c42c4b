// The persistent runner shells behind SshMachine, against the lab's real sshd:
// byte-exact output, concurrency, a runner that dies mid-command, cancel, sudo, the
// fall back to one channel per command, and login shells that hang. Every login here
// is a lab user's: this test kills shells and drops sessions.
#include "remote/FileAccess.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>

using namespace gd;
using gd::lab::LabUsers;

namespace {

bool processExists(const QString &needle)
{
    QProcess pgrep;
    // The whole command line: "sleep 31.1234" must not find the Qt 5 build's twin's "sleep 31.12345".
    pgrep.start(
        QStringLiteral("pgrep"),
        {QStringLiteral("-f"), QStringLiteral("^(\\S*/)?%1$").arg(QRegularExpression::escape(needle))});
    pgrep.waitForFinished(5000);
    return pgrep.exitCode() == 0;
}

bool waitUntilGone(const QString &needle, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (processExists(needle)) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

qint64 parentOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("PPid:"))
            return line.mid(5).trimmed().toLongLong();
    }
    return 0;
}

QByteArray commOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
}

// Bytes no text protocol would survive: every byte value, NULs, CR/LF, and pieces of
// what the runner's own end marker looks like.
QByteArray hostileBytes(int size)
{
    QByteArray data;
    data.reserve(size);
    quint32 x = 2463534242u;
    while (data.size() < size) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data += char(x & 0xff);
        if ((x & 0xfff) == 7)
            data += QByteArray("<gd-end-\0\r\n<gd-end-abc>0\n", 25);
    }
    data.truncate(size);
    return data;
}

} // namespace

class TestSshRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void largeBinaryOutputIsByteExact();
    void largeBinaryStdinIsByteExact();
    void unreadStdinKeepsTheRunnerInStep();
    void runsAsManyAtOnceAsItHasRunners();
    void moreCommandsThanRunnersAllFinish();
    void longRunningCommandsDoNotStarveTheOthers();
    void cancelKillsTheWholeProcessGroup();
    void aRunnerKilledMidCommandFailsOnlyThatCommand();
    void sudoPasswordPerCommandThroughTheRunners();
    void fileAccessThroughTheRunners();
    void slowLoginScriptIsPaidOnceAtConnect();
    void hangingLoginScriptIsAClearError();
    void shellThatCannotKeepARunnerFallsBackOnce();
    void accountThatRunsNothingIsAClearError();
    void noRunnersWhenSwitchedOff();

private:
    std::unique_ptr<SshMachine> connect(const QString &user, SshTarget *changed = nullptr);

    test::MachineFixture m_fixture{test::Backend::Ssh};
    std::unique_ptr<SshMachine> m_machine; // gd-lab-nopw, four runners
    QTemporaryDir m_dir;
};

void TestSshRunner::initTestCase()
{
    if (const QString why = LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const lab::LabStatus users = LabUsers::ensure();
    QVERIFY2(users.ok(), qPrintable(users.message()));
    QVERIFY(m_dir.isValid());
    // The lab users read and write here.
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0777) == 0);
    const QString error = m_fixture.setUp(LabUsers::noPasswordSudoUser());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_machine = connect(LabUsers::noPasswordSudoUser());
    QVERIFY2(m_machine, qPrintable(m_fixture.lastError()));
}

std::unique_ptr<SshMachine> TestSshRunner::connect(const QString &user, SshTarget *changed)
{
    SshTarget target = changed ? *changed : m_fixture.target(user);
    auto machine = std::make_unique<SshMachine>(target);
    if (machine->connectAndWait())
        return nullptr;
    return machine;
}

void TestSshRunner::largeBinaryOutputIsByteExact()
{
    const QByteArray data = hostileBytes(48 * 1024 * 1024 + 17);
    const QString path = m_dir.filePath(QStringLiteral("binary.out"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), qint64(data.size()));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    // The same bytes on stdout and stderr at once, then a status of our choosing.
    const CommandResult r = m_machine->runAndWait(
        CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("cat \"$1\"; cat \"$1\" >&2; exit 42"), QStringLiteral("gd"), path},
                        120000));
    QVERIFY2(r.ran(), qPrintable(r.error.toString()));
    QCOMPARE(r.exitCode, 42);
    QCOMPARE(r.stdOut.size(), data.size());
    QVERIFY(r.stdOut == data);
    QCOMPARE(r.stdErr.size(), data.size());
    QVERIFY(r.stdErr == data);
    // The runner that carried it is still in step.
    QCOMPARE(m_machine->runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("next")})).stdOut,
             QByteArray("next\n"));
}

void TestSshRunner::largeBinaryStdinIsByteExact()
{
    const QByteArray data = hostileBytes(8 * 1024 * 1024 + 3);
    CommandSpec spec = CommandSpec::of({QStringLiteral("sha256sum")}, 120000);
    spec.withStdin(data);
    const CommandResult r = m_machine->runAndWait(spec);
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut.left(64), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestSshRunner::unreadStdinKeepsTheRunnerInStep()
{
    // Commands that exit without reading what we send them, on every runner...
    QList<CommandJob *> jobs;
    for (int i = 0; i < 8; ++i) {
        CommandSpec spec = CommandSpec::of({QStringLiteral("true")});
        spec.withStdin(hostileBytes(300 * 1024 + i));
        CommandJob *job = m_machine->run(spec);
        job->setAutoDelete(false);
        jobs << job;
    }
    for (CommandJob *job : jobs)
        QVERIFY2(job->waitForFinished().succeeded(), qPrintable(job->result().error.toString()));
    qDeleteAll(jobs);
    // ... and each runner still reads the next request, not the leftover bytes.
    for (int i = 0; i < 8; ++i) {
        CommandSpec spec = CommandSpec::of({QStringLiteral("cat")});
        spec.withStdin("line " + QByteArray::number(i) + '\n');
        const CommandResult r = m_machine->runAndWait(spec);
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, "line " + QByteArray::number(i) + '\n');
    }
}

// Four commands that each wait until all four have started: only true concurrency
// lets them finish (one after another they would wait forever, until the timeout).
void TestSshRunner::runsAsManyAtOnceAsItHasRunners()
{
    const QString barrier = m_dir.filePath(QStringLiteral("barrier"));
    QVERIFY(QDir().mkpath(barrier));
    QVERIFY(::chmod(QFile::encodeName(barrier).constData(), 0777) == 0);
    const QString script =
        QStringLiteral("touch \"$1/$2\"; while [ \"$(ls \"$1\" | wc -l)\" -lt 4 ]; do sleep 0.05; "
                       "done; echo \"$2\"");
    QList<CommandJob *> jobs;
    for (int i = 0; i < 4; ++i) {
        CommandJob *job = m_machine->run(CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"), script,
                                                          QStringLiteral("gd"), barrier, QString::number(i)},
                                                         30000));
        job->setAutoDelete(false);
        jobs << job;
    }
    for (int i = 0; i < 4; ++i) {
        const CommandResult r = jobs[i]->waitForFinished();
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, QByteArray::number(i) + '\n');
    }
    qDeleteAll(jobs);
}

void TestSshRunner::moreCommandsThanRunnersAllFinish()
{
    QList<CommandJob *> jobs;
    for (int i = 0; i < 40; ++i) {
        CommandJob *job = m_machine->run(CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                                                          QStringLiteral("echo $1; echo e$1 >&2"),
                                                          QStringLiteral("gd"), QString::number(i)}));
        job->setAutoDelete(false);
        jobs << job;
    }
    for (int i = 0; i < jobs.size(); ++i) {
        const CommandResult r = jobs[i]->waitForFinished();
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, QByteArray::number(i) + '\n');
        QCOMPARE(r.stdErr, 'e' + QByteArray::number(i) + '\n');
    }
    qDeleteAll(jobs);
}

// Streams without a timeout each get a runner of their own: with as many streams as
// runners, a short command still finishes.
void TestSshRunner::longRunningCommandsDoNotStarveTheOthers()
{
    const QString tag = QStringLiteral("41.%1").arg(QCoreApplication::applicationPid());
    QList<CommandJob *> streams;
    int chunks = 0;
    for (int i = 0; i < 4; ++i) {
        CommandSpec spec = CommandSpec::of(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("while :; do echo tick; sleep 0.2; done & sleep $1"), QStringLiteral("gd"), tag},
            0);
        spec.stream = true;
        CommandJob *job = m_machine->run(spec);
        job->setAutoDelete(false);
        QObject::connect(job, &CommandJob::outputReceived, this, [&chunks] { ++chunks; });
        streams << job;
    }
    QTRY_VERIFY_WITH_TIMEOUT(chunks >= 8, 20000); // every stream is flowing
    const CommandResult r =
        m_machine->runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("ok")}, 20000));
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut, QByteArray("ok\n"));
    for (CommandJob *job : streams) {
        job->cancel();
        QCOMPARE(job->waitForFinished().error.kind(), RemoteError::Kind::Cancelled);
    }
    qDeleteAll(streams);
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + tag), "a cancelled stream survived");
}

void TestSshRunner::cancelKillsTheWholeProcessGroup()
{
    const QString a = QStringLiteral("51.%1").arg(QCoreApplication::applicationPid());
    const QString b = QStringLiteral("52.%1").arg(QCoreApplication::applicationPid());
    // A pipeline and a background child: all in the command's process group.
    CommandJob *job = m_machine->run(
        CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("sleep $1 & sleep $2 | cat; wait"), QStringLiteral("gd"), a, b},
                        0));
    job->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        processExists(QStringLiteral("sleep ") + a) && processExists(QStringLiteral("sleep ") + b), 10000);
    job->cancel();
    const CommandResult r = job->waitForFinished();
    delete job;
    QCOMPARE(r.error.kind(), RemoteError::Kind::Cancelled);
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + a), "the background child survived");
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + b), "the pipeline survived");
    // The runner goes on with the next command.
    QVERIFY(m_machine->runAndWait(CommandSpec::of({QStringLiteral("true")})).succeeded());
}

void TestSshRunner::aRunnerKilledMidCommandFailsOnlyThatCommand()
{
    auto machine = connect(LabUsers::noPasswordSudoUser());
    QVERIFY(machine);
    const QString tag = QStringLiteral("61.%1").arg(QCoreApplication::applicationPid());
    CommandSpec spec = CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("echo $$; exec sleep $1"), QStringLiteral("gd"), tag},
                                       0);
    spec.stream = true;
    CommandJob *victim = machine->run(spec);
    victim->setAutoDelete(false);
    QByteArray pidText;
    QObject::connect(victim, &CommandJob::outputReceived, this,
                     [&pidText](const QByteArray &data, bool isStderr) {
                         if (!isStderr)
                             pidText += data;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(pidText.endsWith('\n'), 10000);
    // The command's parent is the runner's pipeline, whose parent is the runner shell.
    const qint64 runnerShell = parentOf(parentOf(pidText.trimmed().toLongLong()));
    QVERIFY2(runnerShell > 1 && commOf(runnerShell) == "sh", commOf(runnerShell).constData());
    CommandJob *bystander = machine->run(CommandSpec::of({QStringLiteral("sleep"), QStringLiteral("1")}));
    bystander->setAutoDelete(false);
    QVERIFY(::kill(pid_t(runnerShell), SIGKILL) == 0);

    const CommandResult r = victim->waitForFinished();
    QCOMPARE(r.error.kind(), RemoteError::Kind::Crashed);
    QVERIFY2(r.error.message().contains(QLatin1String("ended unexpectedly")), qPrintable(r.error.message()));
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + tag), "the dead runner's command was left running");
    QVERIFY2(bystander->waitForFinished().succeeded(), qPrintable(bystander->result().error.toString()));
    delete victim;
    delete bystander;
    QVERIFY(machine->isReady());
    // The runner was replaced: four commands that need four runners at once finish.
    const QString barrier = m_dir.filePath(QStringLiteral("barrier-after-kill"));
    QVERIFY(QDir().mkpath(barrier));
    QVERIFY(::chmod(QFile::encodeName(barrier).constData(), 0777) == 0);
    QList<CommandJob *> jobs;
    for (int i = 0; i < 4; ++i) {
        CommandJob *job = machine->run(CommandSpec::of(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("touch \"$1/$2\"; while [ \"$(ls \"$1\" | wc -l)\" -lt 4 ]; do sleep 0.05; done"),
             QStringLiteral("gd"), barrier, QString::number(i)},
            30000));
        job->setAutoDelete(false);
        jobs << job;
    }
    for (CommandJob *job : jobs)
        QVERIFY2(job->waitForFinished().succeeded(), qPrintable(job->result().error.toString()));
    qDeleteAll(jobs);
}

void TestSshRunner::sudoPasswordPerCommandThroughTheRunners()
{
    auto machine = connect(LabUsers::passwordSudoUser());
    QVERIFY(machine);
    machine->setSudoPassword(LabUsers::password().toUtf8());
    QList<CommandJob *> jobs;
    for (int i = 0; i < 6; ++i) {
        CommandSpec spec =
            CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("id -u; cat")});
        spec.asRoot().withStdin("stdin " + QByteArray::number(i) + '\n');
        CommandJob *job = machine->run(spec);
        job->setAutoDelete(false);
        jobs << job;
    }
    for (int i = 0; i < jobs.size(); ++i) {
        const CommandResult r = jobs[i]->waitForFinished();
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString() + QString::fromUtf8(r.stdErr)));
        QCOMPARE(r.stdOut, "0\nstdin " + QByteArray::number(i) + '\n');
        QVERIFY(!r.stdErr.contains(LabUsers::password().toUtf8()));
    }
    qDeleteAll(jobs);
    // A wrong password fails that command only; the runner serves the next one.
    machine->setSudoPassword("wrong");
    QCOMPARE(machine->runAndWait(CommandSpec::of({QStringLiteral("true")}).asRoot()).error.kind(),
             RemoteError::Kind::SudoWrongPassword);
    QCOMPARE(machine->runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-un")})).stdOut,
             LabUsers::passwordSudoUser().toUtf8() + '\n');
}

void TestSshRunner::fileAccessThroughTheRunners()
{
    const QString path = m_dir.filePath(QStringLiteral("site.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("proxy_read_timeout 30s;\n");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    FileAccess files(m_machine.get());
    const auto before = files.readAndWait(path);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().toString()));
    const QByteArray content = "proxy_read_timeout 75s;\n" + hostileBytes(100000);
    const auto replaced = files.replaceAndWait(path, content, before->sha256, Privilege::Root);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().toString()));
    QCOMPARE(replaced->uid, 0u);
    const auto after = files.readAndWait(path);
    QVERIFY(after.ok());
    QVERIFY(after->data == content);
    const auto tail = files.tailAndWait(path, 1000, 0);
    QVERIFY(tail.ok());
    QVERIFY(tail->data == content.right(1000));
}

void TestSshRunner::slowLoginScriptIsPaidOnceAtConnect()
{
    auto machine = connect(LabUsers::slowRcUser());
    QVERIFY2(machine, "the slow rc user could not connect");
    qRegisterMetaType<gd::CommandResult>();
    QSignalSpy transcript(machine.get(), &Machine::commandFinished);
    QList<CommandJob *> jobs;
    for (int i = 0; i < 12; ++i) {
        CommandJob *job = machine->run(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-un")}));
        job->setAutoDelete(false);
        jobs << job;
    }
    for (CommandJob *job : jobs) {
        const CommandResult r = job->waitForFinished();
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, LabUsers::slowRcUser().toUtf8() + '\n');
    }
    qDeleteAll(jobs);
    QCOMPARE(transcript.count(), 12); // runners, not the fallback: nothing else was said
}

void TestSshRunner::hangingLoginScriptIsAClearError()
{
    SshMachine machine(m_fixture.target(LabUsers::hangingRcUser()));
    const RemoteError error = machine.connectAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::LoginShellTimeout);
    QVERIFY2(
        error.message().contains(QStringLiteral("The login shell on 127.0.0.1 did not start within 10 s; "
                                                "~/.bashrc or ~/.profile may hang or wait for input")),
        qPrintable(error.message()));
    QVERIFY(!machine.isReady());
}

void TestSshRunner::shellThatCannotKeepARunnerFallsBackOnce()
{
    auto machine = connect(LabUsers::noStdinShellUser());
    QVERIFY2(machine, "the stdin-less shell's user could not connect");
    qRegisterMetaType<gd::CommandResult>();
    QSignalSpy transcript(machine.get(), &Machine::commandFinished);
    for (int i = 0; i < 3; ++i) {
        const CommandResult r =
            machine->runAndWait(CommandSpec::of({QStringLiteral("id"), QStringLiteral("-un")}));
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, LabUsers::noStdinShellUser().toUtf8() + '\n');
    }
    // Cancel still reaches the process group on a channel of its own.
    const QString tag = QStringLiteral("71.%1").arg(QCoreApplication::applicationPid());
    CommandJob *job = machine->run(CommandSpec::of({QStringLiteral("sleep"), tag}, 0));
    job->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(processExists(QStringLiteral("sleep ") + tag), 10000);
    job->cancel();
    QCOMPARE(job->waitForFinished().error.kind(), RemoteError::Kind::Cancelled);
    delete job;
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + tag), "the cancelled command survived");

    // Said once, first, in the transcript: the three commands and the sleep follow.
    QCOMPARE(transcript.count(), 5);
    const auto note = transcript.first().first().value<CommandResult>();
    QCOMPARE(note.error.kind(), RemoteError::Kind::StartFailed);
    QVERIFY2(note.error.message().contains(QLatin1String("opens an SSH channel of its own")),
             qPrintable(note.error.message()));
    for (int i = 1; i < transcript.count(); ++i)
        QVERIFY(!transcript.at(i).first().value<CommandResult>().error.message().contains(
            QLatin1String("of its own")));
}

void TestSshRunner::accountThatRunsNothingIsAClearError()
{
    SshMachine machine(m_fixture.target(LabUsers::noLoginUser()));
    const RemoteError error = machine.connectAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::ProtocolError);
    QVERIFY2(error.message().contains(QLatin1String("does not let us run commands")),
             qPrintable(error.message()));
    QVERIFY2(error.detail().contains(QLatin1String("not available")), qPrintable(error.detail()));
}

void TestSshRunner::noRunnersWhenSwitchedOff()
{
    SshTarget target = m_fixture.target(LabUsers::noPasswordSudoUser());
    target.persistentShells = 0;
    auto machine = connect(QString(), &target);
    QVERIFY(machine);
    qRegisterMetaType<gd::CommandResult>();
    QSignalSpy transcript(machine.get(), &Machine::commandFinished);
    const CommandResult r =
        machine->runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("one")}));
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut, QByteArray("one\n"));
    QCOMPARE(transcript.count(), 1); // chosen, not fallen back to: nothing to say
}

QTEST_GUILESS_MAIN(TestSshRunner)
#include "tst_sshrunner.moc"
