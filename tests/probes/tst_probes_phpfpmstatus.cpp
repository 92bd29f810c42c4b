// PhpFpmStatus and PhpFpmStatusProbe (app/probes): the status page of PHP-FPM
// (pm.status_path) as php-fpm 8.2 really prints it (tests/data/php-fpm-status), and
// asked live from a real pool in the lab, idle and saturated, on this computer and
// over SSH, the way the diagnosis and the monitor ask it (FastCGI to the pool's
// port, through ProbeCommands::asUser).
#include "app/facts/ProbeCommands.h"
#include "app/probes/PhpFpmStatus.h"
#include "app/probes/PhpFpmStatusProbe.h"
#include "tests/TestConfig.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPoolLoad.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {

QByteArray captured(const QString &name)
{
    QFile f(QStringLiteral(GD_TEST_DATA_DIR "/php-fpm-status/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

PhpFpmStatus page(const QString &name)
{
    const ProbeResult<PhpFpmStatus> s = PhpFpmStatus::parse(captured(name));
    if (!s)
        qWarning("%s: %s", qPrintable(name), qPrintable(s.error().message()));
    return s ? *s : PhpFpmStatus{};
}

} // namespace

class TestPhpFpmStatus : public QObject
{
    Q_OBJECT

    lab::LabPhpFpm m_fpm;
    lab::LabNginx m_nginx;
    test::MachineFixture m_local{test::Backend::Local};
    test::MachineFixture m_ssh{test::Backend::Ssh};
    QString m_labSkip;

    Machine *machine(const QString &backend)
    {
        return (backend == QLatin1String("ssh") ? m_ssh : m_local).machine();
    }

    CommandSpec statusSpec(const QString &path = QStringLiteral("/fpm-status"))
    {
        return ProbeCommands::asUser(
            ProbeCommands::of(
                PhpFpmStatusProbe::command(QStringLiteral("127.0.0.1:%1").arg(m_fpm.port()), path, 20),
                30000),
            QStringLiteral("www-data"));
    }

private slots:
    void initTestCase()
    {
        if (lab::LabPhpFpm::binary().isEmpty()) {
            m_labSkip = QStringLiteral("php-fpm is not installed");
            return;
        }
        // pm = dynamic: php-fpm counts "max children reached" only for dynamic and ondemand pools.
        QVERIFY(m_fpm.start(
            QStringLiteral("[shop]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                           "pm = dynamic\npm.max_children = 2\npm.start_servers = 2\n"
                           "pm.min_spare_servers = 1\npm.max_spare_servers = 2\n"
                           "pm.status_path = /fpm-status\n"),
            2));
        QVERIFY(m_nginx.start(lab::LabPoolLoad::nginxServer(m_fpm, false)));
        QString error = m_local.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A lab user, not root, over SSH (see common rules on root's rc files).
        QString user = QStringLiteral("root");
        if (lab::LabUsers::unavailableReason().isEmpty() && lab::LabUsers::ensure().ok())
            user = lab::LabUsers::noPasswordSudoUser();
        error = m_ssh.setUp(user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void parsesThePlainTextPage()
    {
        const PhpFpmStatus idle = page(QStringLiteral("tcp-idle.txt"));
        QCOMPARE(idle.pool, QStringLiteral("tcp"));
        QCOMPARE(idle.processManager, QStringLiteral("dynamic"));
        QCOMPARE(idle.activeProcesses, 1); // the status request itself
        QCOMPARE(idle.idleProcesses, 1);
        QCOMPARE(idle.totalProcesses, 2);
        QCOMPARE(idle.listenQueue, 0);
        QCOMPARE(idle.listenQueueLen, 4096);
        QCOMPARE(idle.maxChildrenReached, 0);
        QVERIFY(idle.queueKnown());

        const PhpFpmStatus busy = page(QStringLiteral("tcp-saturated.txt"));
        QCOMPARE(busy.activeProcesses, 2);
        QCOMPARE(busy.idleProcesses, 0);
        QCOMPARE(busy.totalProcesses, 2);
        QCOMPARE(busy.maxActiveProcesses, 2);
        QCOMPARE(busy.listenQueue, 3);
        QCOMPARE(busy.maxListenQueue, 3);
        QCOMPARE(busy.maxChildrenReached, 1);
        QCOMPARE(busy.slowRequests, 2);
        QCOMPARE(busy.acceptedConnections, 5);
    }

    void aUnixSocketReportsNoQueue()
    {
        // php-fpm on Linux cannot read a unix socket's queue: all three figures stay 0.
        const PhpFpmStatus busy = page(QStringLiteral("sock-saturated.txt"));
        QCOMPARE(busy.pool, QStringLiteral("sock"));
        QCOMPARE(busy.activeProcesses, 2);
        QCOMPARE(busy.maxChildrenReached, 1);
        QCOMPARE(busy.listenQueue, 0);
        QVERIFY(!busy.queueKnown());
    }

    void parsesTheJsonPage()
    {
        for (const char *name : {"tcp", "sock"}) {
            const PhpFpmStatus text = page(QLatin1String(name) + QStringLiteral("-idle.txt"));
            const PhpFpmStatus json = page(QLatin1String(name) + QStringLiteral("-idle.json"));
            QCOMPARE(json.pool, text.pool);
            QCOMPARE(json.activeProcesses, text.activeProcesses);
            QCOMPARE(json.totalProcesses, text.totalProcesses);
            QCOMPARE(json.listenQueueLen, text.listenQueueLen);
            QCOMPARE(json.maxChildrenReached, text.maxChildrenReached);
        }
    }

    void readsTheProbesOutput()
    {
        ProbeOutput out;
        out.stdOut = captured(QStringLiteral("tcp-saturated.probe"));
        const PhpFpmStatusProbe::Answer busy = PhpFpmStatusProbe::read(out);
        QVERIFY2(busy.answered, qPrintable(busy.problem));
        QCOMPARE(busy.status.activeProcesses, 2);
        QVERIFY(busy.saturatedNow(2));
        out.stdOut = captured(QStringLiteral("tcp-idle.probe"));
        const PhpFpmStatusProbe::Answer idle = PhpFpmStatusProbe::read(out);
        QVERIFY(idle.answered);
        QVERIFY(!idle.saturatedNow(2));
    }

    void somethingElseIsNotAStatusPage()
    {
        QVERIFY(!PhpFpmStatus::parse("<html><body>Welcome</body></html>\n"));
        QVERIFY(!PhpFpmStatus::parse(QByteArray()));
    }

    void theListenAddress()
    {
        // php-fpm's `listen` forms: a wildcard is reached on loopback, as nginx would.
        QCOMPARE(PhpFpmStatusProbe::command(QStringLiteral("9000"), QStringLiteral("/s"), 3).mid(5, 3),
                 (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("9000"), QString()}));
        QCOMPARE(PhpFpmStatusProbe::command(QStringLiteral("[::]:9001"), QStringLiteral("/s"), 3).mid(5, 3),
                 (QStringList{QStringLiteral("::1"), QStringLiteral("9001"), QString()}));
        QCOMPARE(
            PhpFpmStatusProbe::command(QStringLiteral("/run/php/x.sock"), QStringLiteral("/s"), 3).mid(5, 3),
            (QStringList{QString(), QString(), QStringLiteral("/run/php/x.sock")}));
    }

    void idle_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("local") << QStringLiteral("local");
        QTest::newRow("ssh") << QStringLiteral("ssh");
    }

    void idle()
    {
        if (!m_labSkip.isEmpty())
            QSKIP(qPrintable(m_labSkip));
        QFETCH(QString, backend);
        const CommandResult r = machine(backend)->runAndWait(statusSpec());
        const PhpFpmStatusProbe::Answer a = PhpFpmStatusProbe::read(ProbeOutput::from(r));
        QVERIFY2(a.answered,
                 qPrintable(a.problem + QLatin1Char('\n') + QString::fromUtf8(r.stdOut + r.stdErr)));
        QCOMPARE(a.status.pool, QStringLiteral("shop"));
        QCOMPARE(a.status.activeProcesses, 1); // the status request itself
        QCOMPARE(a.status.listenQueue, 0);
        QCOMPARE(a.status.maxChildrenReached, 0);
        QVERIFY(!a.saturatedNow(2));
        // A path that is not the status page: php-fpm's 404, said so.
        const PhpFpmStatusProbe::Answer wrong = PhpFpmStatusProbe::read(
            ProbeOutput::from(machine(backend)->runAndWait(statusSpec(QStringLiteral("/status")))));
        QVERIFY(!wrong.answered);
        QVERIFY2(wrong.problem.contains(QLatin1String("404")), qPrintable(wrong.problem));
    }

    void saturated_data() { idle_data(); }

    void saturated()
    {
        if (!m_labSkip.isEmpty())
            QSKIP(qPrintable(m_labSkip));
        QFETCH(QString, backend);
        lab::LabPoolLoad load(m_fpm, m_nginx.url());
        // Both children busy, long enough for php-fpm's once-a-second check to count it.
        QVERIFY(load.hold(2));
        QVERIFY(load.waitUntilMaxChildrenReached());
        // The status request waits in the queue like any other; two more behind it.
        CommandResult result;
        bool done = false;
        machine(backend)->run(statusSpec(), this, [&](const CommandResult &r) {
            result = r;
            done = true;
        });
        QVERIFY(load.waitUntilQueued(1));
        QVERIFY(load.hold(2));
        QVERIFY(load.waitUntilQueued(3));
        QTest::qWait(1500); // php-fpm reads its queue's length once a second
        QVERIFY(!done);
        load.release(0); // one child frees up and serves the status page
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        const PhpFpmStatusProbe::Answer a = PhpFpmStatusProbe::read(ProbeOutput::from(result));
        QVERIFY2(a.answered, qPrintable(a.problem + QLatin1Char('\n') +
                                        QString::fromUtf8(result.stdOut + result.stdErr)));
        QCOMPARE(a.status.activeProcesses, 2); // == pm.max_children
        QCOMPARE(a.status.idleProcesses, 0);
        QVERIFY2(a.status.listenQueue > 0, qPrintable(QString::number(a.status.listenQueue)));
        QVERIFY(a.status.maxChildrenReached > 0);
        QVERIFY(a.saturatedNow(2));
    }
};

QTEST_GUILESS_MAIN(TestPhpFpmStatus)
#include "tst_probes_phpfpmstatus.moc"
