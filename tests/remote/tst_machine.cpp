// One body of command and file tests, run against this computer and against the
// lab's real sshd through our SSH session: both transports must behave the same.
#include "remote/FileAccess.h"
#include "tests/remote/MachineFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace gd;
using gd::test::Backend;

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

bool waitUntilGone(const QString &needle, int timeoutMs = 5000)
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
} // namespace

class TestMachine : public QObject
{
    Q_OBJECT
public:
    explicit TestMachine(Backend backend) : m_fixture(backend) {}

private slots:
    void initTestCase();
    void init();

    void capturesStdoutStderrAndExitCode();
    void nonZeroExitIsNotATransportError();
    void deliversBinaryStdin();
    void hostileArgumentsArriveIntact();
    void passesEnvironmentAndCLocale();
    void missingProgramIsAClearError();
    void refusesNewlineInArguments();
    void timeoutStopsAHangingCommand();
    void endlessOutputIsStoppedAtTheCap();
    void cancelStopsACommand();
    void streamsOutputUntilCancelled();
    void runsCommandsConcurrently();

    void statReportsOwnerModeAndSize();
    void readsSmallFileWithHash();
    void readRefusesLargeFile();
    void readMissingFileIsFileNotFound();
    void tailOfBigFileTransfersOnlyTheTail();
    void tailByLines();
    void replaceKeepsModeAndOwner();
    void replaceRefusesWhenFileChanged();
    void replaceEditsThroughSymlink();
    void backupCopiesAndNeverOverwrites();

private:
    Machine *machine() const { return m_fixture.machine(); }
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }

    test::MachineFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestMachine::initTestCase()
{
    qInfo("backend: %s", qPrintable(m_fixture.name()));
    QVERIFY(m_dir.isValid());
    const QString error = m_fixture.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMachine::init()
{
    QVERIFY(machine()->isReady());
}

void TestMachine::capturesStdoutStderrAndExitCode()
{
    const CommandResult r = machine()->runAndWait(CommandSpec::of(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf out; printf err >&2; exit 3")}));
    QVERIFY2(r.ran(), qPrintable(r.error.toString()));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.stdOut, QByteArray("out"));
    QCOMPARE(r.stdErr, QByteArray("err"));
    QVERIFY(r.durationMs >= 0);
    QVERIFY(r.commandLine.startsWith(QLatin1String("sh -c ")));
}

void TestMachine::nonZeroExitIsNotATransportError()
{
    const CommandResult r = machine()->runAndWait(CommandSpec::of({QStringLiteral("false")}));
    QVERIFY(r.ran());
    QVERIFY(!r.succeeded());
    QCOMPARE(r.exitCode, 1);
}

void TestMachine::deliversBinaryStdin()
{
    QByteArray data;
    for (int i = 0; i < 300000; ++i)
        data.append(char(i * 7 % 256));
    const CommandResult r = machine()->runAndWait(CommandSpec::of({QStringLiteral("cat")}).withStdin(data));
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut.size(), data.size());
    QVERIFY(r.stdOut == data);
}

void TestMachine::hostileArgumentsArriveIntact()
{
    const QString marker = dirPath(QStringLiteral("pwned"));
    const QStringList hostile{QStringLiteral("$(touch %1)").arg(marker),
                              QStringLiteral("`touch %1`").arg(marker),
                              QStringLiteral("'; touch %1; '").arg(marker),
                              QStringLiteral("-rf"),
                              QStringLiteral("a b  c"),
                              QStringLiteral("\"$HOME\""),
                              QStringLiteral("*"),
                              QStringLiteral("75s; include /etc/passwd"),
                              QString()};
    QStringList argv{QStringLiteral("printf"), QStringLiteral("[%s]\\n")};
    argv += hostile;
    const CommandResult r = machine()->runAndWait(CommandSpec::of(argv));
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QString expected;
    for (const QString &arg : hostile)
        expected += QLatin1Char('[') + arg + QStringLiteral("]\n");
    QCOMPARE(QString::fromUtf8(r.stdOut), expected);
    QVERIFY(!QFile::exists(marker));
}

void TestMachine::passesEnvironmentAndCLocale()
{
    CommandSpec spec = CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("printf '%s|%s' \"$GD_TEST\" \"$LC_ALL\"")});
    spec.environment = {{QStringLiteral("GD_TEST"), QStringLiteral("a b;$(c)")}};
    const CommandResult r = machine()->runAndWait(spec);
    QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
    QCOMPARE(r.stdOut, QByteArray("a b;$(c)|C"));

    spec.environment = {{QStringLiteral("BAD NAME"), QStringLiteral("x")}};
    QCOMPARE(machine()->runAndWait(spec).error.kind(), RemoteError::Kind::InvalidArgument);
}

void TestMachine::missingProgramIsAClearError()
{
    const CommandResult r = machine()->runAndWait(CommandSpec::of({QStringLiteral("gd-no-such-program")}));
    QVERIFY2(
        r.error.kind() == RemoteError::Kind::StartFailed,
        qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.stdErr))));
    QVERIFY(r.error.message().contains(QLatin1String("gd-no-such-program")));
}

void TestMachine::refusesNewlineInArguments()
{
    const CommandResult r =
        machine()->runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("a\nb")}));
    QCOMPARE(r.error.kind(), RemoteError::Kind::InvalidArgument);
}

void TestMachine::timeoutStopsAHangingCommand()
{
    // A unique duration lets us find the process and prove it is gone afterwards.
    const QString duration = QStringLiteral("31.%1").arg(QCoreApplication::applicationPid());
    const CommandResult r = machine()->runAndWait(CommandSpec::of({QStringLiteral("sleep"), duration}, 300));
    QCOMPARE(r.error.kind(), RemoteError::Kind::TimedOut);
    QVERIFY(!r.error.message().isEmpty());
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + duration), "the hanging command survived its timeout");
}

void TestMachine::endlessOutputIsStoppedAtTheCap()
{
    // A host that sends 100 MB: the default cap (64 MiB) stops it with a clear error,
    // keeps the first bytes, and the machine stays usable. Unique byte count: findable.
    const QString count = QStringLiteral("%1").arg(100 * 1000 * 1000 + QCoreApplication::applicationPid());
    const CommandSpec spec = CommandSpec::of(
        {QStringLiteral("head"), QStringLiteral("-c"), count, QStringLiteral("/dev/zero")}, 120000);
    const CommandResult r = machine()->runAndWait(spec);
    QCOMPARE(r.error.kind(), RemoteError::Kind::OutputTooLarge);
    QVERIFY2(r.error.message().contains(QLatin1String("more than 64 MiB")), qPrintable(r.error.message()));
    QCOMPARE(r.stdOut.size(), spec.maxOutputBytes);
    QVERIFY(r.stdOut.count('\0') == r.stdOut.size());
    QVERIFY2(waitUntilGone(QStringLiteral("head -c ") + count), "the command survived being stopped");

    // Errors are capped on their own, and a smaller cap is honoured.
    CommandSpec noisy = CommandSpec::of(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf ok; yes error >&2")}, 60000);
    noisy.maxOutputBytes = 100000;
    const CommandResult e = machine()->runAndWait(noisy);
    QCOMPARE(e.error.kind(), RemoteError::Kind::OutputTooLarge);
    QVERIFY2(e.error.message().contains(QLatin1String("of errors")), qPrintable(e.error.message()));
    QCOMPARE(e.stdOut, QByteArray("ok"));
    QCOMPARE(e.stdErr.size(), noisy.maxOutputBytes);
    QVERIFY(e.stdErr.startsWith("error\nerror\n"));

    const CommandResult after =
        machine()->runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("still here")}));
    QVERIFY2(after.succeeded(), qPrintable(after.error.toString()));
    QCOMPARE(after.stdOut, QByteArray("still here\n"));
}

void TestMachine::cancelStopsACommand()
{
    const QString duration = QStringLiteral("32.%1").arg(QCoreApplication::applicationPid());
    CommandJob *job = machine()->run(CommandSpec::of({QStringLiteral("sleep"), duration}, 0));
    job->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(processExists(QStringLiteral("sleep ") + duration), 5000);
    job->cancel();
    const CommandResult r = job->waitForFinished();
    delete job;
    QCOMPARE(r.error.kind(), RemoteError::Kind::Cancelled);
    QVERIFY2(waitUntilGone(QStringLiteral("sleep ") + duration), "the cancelled command survived");
}

void TestMachine::streamsOutputUntilCancelled()
{
    CommandSpec spec = CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("while :; do echo tick; sleep 0.05; done")},
                                       0);
    spec.stream = true;
    CommandJob *job = machine()->run(spec);
    job->setAutoDelete(false);
    QByteArray received;
    int chunks = 0;
    connect(job, &CommandJob::outputReceived, this, [&](const QByteArray &data, bool isStderr) {
        if (!isStderr) {
            received += data;
            ++chunks;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(received.count("tick\n") >= 3, 10000);
    QVERIFY(!job->isFinished()); // output arrived while the command was still running
    job->cancel();
    const CommandResult r = job->waitForFinished();
    delete job;
    QCOMPARE(r.error.kind(), RemoteError::Kind::Cancelled);
    QVERIFY(chunks >= 3);
}

void TestMachine::runsCommandsConcurrently()
{
    QList<QPointer<CommandJob>> jobs;
    for (int i = 0; i < 12; ++i) {
        CommandJob *job =
            machine()->run(CommandSpec::of({QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("sleep 0.2; echo \"$0\""), QString::number(i)}));
        job->setAutoDelete(false);
        jobs << job;
    }
    for (int i = 0; i < jobs.size(); ++i) {
        const CommandResult r = jobs[i]->waitForFinished();
        QVERIFY2(r.succeeded(), qPrintable(r.error.toString()));
        QCOMPARE(r.stdOut, QByteArray::number(i) + '\n');
    }
    qDeleteAll(jobs);
}

void TestMachine::statReportsOwnerModeAndSize()
{
    const QString path = dirPath(QStringLiteral("stat.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("12345");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    FileAccess files(machine());
    const auto info = files.statAndWait(path);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->size, qint64(5));
    QCOMPARE(info->mode, 0640u);
    QCOMPARE(info->uid, uint(::geteuid()));
    QVERIFY(info->isRegular);
    QVERIFY(!info->owner.isEmpty());
    QCOMPARE(info->realPath, QFileInfo(path).canonicalFilePath());
}

void TestMachine::readsSmallFileWithHash()
{
    const QString path = dirPath(QStringLiteral("small.conf"));
    const QByteArray content("server {\n    listen 80;\n}\n\xff\x00binary", 32);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    FileAccess files(machine());
    const auto read = files.readAndWait(path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read->data, content);
    QCOMPARE(read->sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(read->info.size, qint64(content.size()));
}

void TestMachine::readRefusesLargeFile()
{
    const QString path = dirPath(QStringLiteral("large.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'x'));
    file.close();
    FileAccess files(machine());
    const auto read = files.readAndWait(path, Privilege::User, 4096);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), RemoteError::Kind::FileTooLarge);
}

void TestMachine::readMissingFileIsFileNotFound()
{
    FileAccess files(machine());
    const auto read = files.readAndWait(dirPath(QStringLiteral("does-not-exist.conf")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), RemoteError::Kind::FileNotFound);
    QVERIFY(read.error().message().contains(QLatin1String("does-not-exist.conf")));
}

void TestMachine::tailOfBigFileTransfersOnlyTheTail()
{
    // 200 MB, sparse except for its last line: making it costs nothing, reading it
    // whole would take seconds and 200 MB of memory.
    const QString path = dirPath(QStringLiteral("big.log"));
    const qint64 size = 200LL * 1000 * 1000;
    const QByteArray lastLine("2026/11/23 10:00:00 [error] 1#1: *9 the very last line\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size - lastLine.size()));
        QVERIFY(file.seek(size - lastLine.size()));
        file.write(lastLine);
    }
    FileAccess files(machine());
    const auto tail = files.tailAndWait(path, 4096, 0);
    QVERIFY2(tail.ok(), qPrintable(tail.ok() ? QString() : tail.error().toString()));
    QCOMPARE(tail->data.size(), 4096);
    QVERIFY(tail->data.endsWith(lastLine));
    QCOMPARE(tail->fileSize, size);
    QCOMPARE(tail->offset, size - 4096);
}

void TestMachine::tailByLines()
{
    const QString path = dirPath(QStringLiteral("lines.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 1000; ++i)
        file.write("line " + QByteArray::number(i) + '\n');
    file.close();
    FileAccess files(machine());
    const auto tail = files.tailAndWait(path, 0, 3);
    QVERIFY(tail.ok());
    QCOMPARE(tail->data, QByteArray("line 998\nline 999\nline 1000\n"));
}

void TestMachine::replaceKeepsModeAndOwner()
{
    const QString path = dirPath(QStringLiteral("site.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("proxy_read_timeout 60s;\n");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    const bool root = ::geteuid() == 0;
    if (root) // a file owned by someone else, as config files are
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    FileAccess files(machine());
    const auto before = files.readAndWait(path);
    QVERIFY(before.ok());
    const auto after = files.replaceAndWait(path, "proxy_read_timeout 75s;\n", before->sha256);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().toString()));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("proxy_read_timeout 75s;\n"));
    QCOMPARE(after->mode, 0640u);
    QCOMPARE(after->uid, before->info.uid);
    QCOMPARE(after->gid, before->info.gid);
    if (root)
        QCOMPARE(after->uid, 65534u);
    // No temp file left behind.
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral(".gd-tmp.*")}, QDir::Hidden | QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestMachine::replaceRefusesWhenFileChanged()
{
    const QString path = dirPath(QStringLiteral("changed.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("original\n");
    }
    FileAccess files(machine());
    const auto before = files.readAndWait(path);
    QVERIFY(before.ok());
    {
        QFile file(path); // someone else edits the file meanwhile
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("edited by someone else\n");
    }
    const auto after = files.replaceAndWait(path, "ours\n", before->sha256);
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind(), RemoteError::Kind::FileChanged);
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("edited by someone else\n"));
}

void TestMachine::replaceEditsThroughSymlink()
{
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("sites-available")) && dir.mkpath(QStringLiteral("sites-enabled")));
    const QString real = dirPath(QStringLiteral("sites-available/app"));
    const QString link = dirPath(QStringLiteral("sites-enabled/app"));
    {
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old\n");
    }
    QFile::remove(link);
    QVERIFY(QFile::link(real, link));
    FileAccess files(machine());
    const auto before = files.readAndWait(link);
    QVERIFY(before.ok());
    QCOMPARE(before->info.realPath, QFileInfo(real).canonicalFilePath());
    const auto after = files.replaceAndWait(link, "new\n", before->sha256);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().toString()));
    QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link
    QFile check(real);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("new\n"));
}

void TestMachine::backupCopiesAndNeverOverwrites()
{
    const QString path = dirPath(QStringLiteral("backup.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    const QString backupPath = dirPath(QStringLiteral("backup.conf.gd-20261123-101112-345~"));
    QFile::remove(backupPath);
    FileAccess files(machine());
    const auto made = files.backupAndWait(path, backupPath);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    QCOMPARE(*made, backupPath);
    QFile backup(backupPath);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), QByteArray("keep me\n"));
    QCOMPARE(QFileInfo(backupPath).permissions() & 0x7777, QFileInfo(path).permissions() & 0x7777);
    const auto again = files.backupAndWait(path, backupPath);
    QVERIFY(!again.ok());
    // A backup elsewhere than next to the file is refused.
    QVERIFY(!files.backupAndWait(path, QStringLiteral("/tmp/elsewhere~")).ok());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    {
        TestMachine local(Backend::Local);
        failed += QTest::qExec(&local, argc, argv);
    }
    {
        TestMachine ssh(Backend::Ssh);
        failed += QTest::qExec(&ssh, argc, argv);
    }
    return failed;
}

#include "tst_machine.moc"
