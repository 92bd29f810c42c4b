// PHP-FPM's status page in the diagnosis and in the monitor, against a real pool in
// the lab behind a real nginx: the live figures are collected for a pool with
// pm.status_path (and kept by FactsArchive), a pool that hit pm.max_children or has
// no free child right now is a finding with those figures even though php-fpm's
// log was never read, and PoolStatusMonitor reads the page every interval through
// the same Machine. Each runs on this computer and over SSH (the lab's sshd): the
// page is asked with the same FastCGI client on the machine that runs the pool.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/FactsArchive.h"
#include "app/facts/PhpFpmStatusTargets.h"
#include "app/fixes/PoolStatusMonitor.h"
#include "remote/LocalMachine.h"
#include "tests/engine/ReportLookup.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPoolLoad.h"
#include "tests/remote/MachineFixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace gd;

class TestPoolStatus : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::MachineFixture> m_fixture;
    std::unique_ptr<lab::LabPhpFpm> m_fpm;
    std::unique_ptr<lab::LabNginx> m_nginx;

    static void addBackends()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("local") << false;
        QTest::newRow("ssh") << true;
    }

    // This computer, or the lab's sshd as root (the status page is asked as nginx's
    // worker user, which needs root or sudo on the far side too).
    Machine *machine(bool overSsh)
    {
        m_fixture =
            std::make_unique<test::MachineFixture>(overSsh ? test::Backend::Ssh : test::Backend::Local);
        const QString error = m_fixture->setUp();
        if (!error.isEmpty())
            qWarning("no machine: %s", qPrintable(error));
        return error.isEmpty() ? m_fixture->machine() : nullptr;
    }

    // A fresh pool each time: php-fpm's counters start from 0.
    void startLab(bool statusPath)
    {
        m_nginx.reset();
        m_fpm = std::make_unique<lab::LabPhpFpm>();
        m_nginx = std::make_unique<lab::LabNginx>();
        if (lab::LabPhpFpm::binary().isEmpty())
            QSKIP("php-fpm is not installed");
        QVERIFY(m_fpm->start(
            QStringLiteral("[shop]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                           "pm = dynamic\npm.max_children = 2\npm.start_servers = 2\n"
                           "pm.min_spare_servers = 1\npm.max_spare_servers = 2\n") +
                (statusPath ? QStringLiteral("pm.status_path = /fpm-status\n") : QString()),
            2));
        QVERIFY(m_nginx->start(lab::LabPoolLoad::nginxServer(*m_fpm, false)));
    }

    // Without --url by default: the URL through a saturated pool would wait for nginx's timeout.
    std::unique_ptr<DiagnosisEngine> diagnose(Machine *machine, const QString &url = QString())
    {
        DiagnosisOptions options;
        options.configFile = m_nginx->configPath();
        options.url = url;
        options.probeTimeoutSec = 2;
        auto engine = std::make_unique<DiagnosisEngine>(machine, options);
        const RemoteError error = engine->runAndWait();
        if (error)
            qWarning("diagnosis failed: %s", qPrintable(error.toString()));
        return engine;
    }

    static const Finding *saturation(const DiagnosisReport &report)
    {
        for (const Finding &f : report.findings) {
            if (f.cause == Cause::PhpFpmSaturated && f.upstream == QLatin1String("php-fpm pool shop"))
                return &f;
        }
        return nullptr;
    }

    // The lab pool's own status targets: other tests' php-fpm masters run beside it, and
    // the diagnosis reads every master's pools.
    QList<PhpFpmStatusTarget> ownTargets(const QList<PhpFpmStatusTarget> &targets) const
    {
        QList<PhpFpmStatusTarget> own;
        for (const PhpFpmStatusTarget &t : targets) {
            if (t.listen == QStringLiteral("127.0.0.1:%1").arg(m_fpm->port()))
                own << t;
        }
        return own;
    }

    static QStringList poolNames(const QList<PhpFpmStatusTarget> &targets)
    {
        QStringList names;
        for (const PhpFpmStatusTarget &t : targets)
            names << t.pool + QLatin1Char(' ') + t.listen;
        return names;
    }

private slots:
    void cleanup()
    {
        m_nginx.reset();
        m_fpm.reset();
        m_fixture.reset();
    }

    void anIdlePoolIsNoFinding_data() { addBackends(); }
    void anIdlePoolIsNoFinding()
    {
        QFETCH(bool, overSsh);
        Machine *on = machine(overSsh);
        QVERIFY(on);
        startLab(true);
        const std::unique_ptr<DiagnosisEngine> engine = diagnose(on);
        const QString key = QStringLiteral("127.0.0.1:%1").arg(m_fpm->port());
        QVERIFY(engine->facts()->phpFpmStatus.contains(key));
        QVERIFY(!saturation(engine->report()));
        // FactsArchive keeps the page for a replay.
        const Result<Facts, QString> replay = FactsArchive::read(FactsArchive::write(*engine->facts()));
        QVERIFY(replay);
        QCOMPARE(replay->phpFpmStatus.value(key).stdOut, engine->facts()->phpFpmStatus.value(key).stdOut);
        QCOMPARE(ownTargets(phpFpmStatusTargets(*replay)).size(), 1);
        QCOMPARE(ownTargets(phpFpmStatusTargets(*replay)).first().maxChildren, 2);
    }

    // Both children held until php-fpm counted it, then freed: the page says "max
    // children reached 1" (php-fpm's own log line is read too now, cited after the page).
    void aPoolThatHitMaxChildrenIsAFinding_data() { addBackends(); }
    void aPoolThatHitMaxChildrenIsAFinding()
    {
        QFETCH(bool, overSsh);
        Machine *on = machine(overSsh);
        QVERIFY(on);
        startLab(true);
        {
            lab::LabPoolLoad load(*m_fpm, m_nginx->url());
            QVERIFY(load.hold(2));
            QVERIFY(load.waitUntilMaxChildrenReached());
        }
        const std::unique_ptr<DiagnosisEngine> engine = diagnose(on);
        const Finding *f = saturation(engine->report());
        QVERIFY2(f, qPrintable(gd::test::describe(engine->report())));
        QVERIFY2(f->summary.contains(QLatin1String("reached pm.max_children (2) once since it started")),
                 qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("max children reached once since start")),
                 qPrintable(f->summary));
        QCOMPARE(f->evidence.first().source, QStringLiteral("php-fpm status"));
    }

    // Every child busy now: the status request waits behind them like nginx's requests,
    // and that wait is the evidence.
    void aPoolWithNoFreeChildNowIsAFinding_data() { addBackends(); }
    void aPoolWithNoFreeChildNowIsAFinding()
    {
        QFETCH(bool, overSsh);
        Machine *on = machine(overSsh);
        QVERIFY(on);
        startLab(true);
        lab::LabPoolLoad load(*m_fpm, m_nginx->url());
        QVERIFY(load.hold(2));
        QVERIFY(load.waitUntilMaxChildrenReached());
        const std::unique_ptr<DiagnosisEngine> engine = diagnose(on);
        const Finding *f = saturation(engine->report());
        QVERIFY2(f, qPrintable(gd::test::describe(engine->report())));
        QVERIFY2(f->summary.contains(QLatin1String("has no free child right now")), qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("did not answer within a few seconds")),
                 qPrintable(f->summary));
    }

    // Without pm.status_path nothing is asked, and the pool is no monitor target.
    void withoutAStatusPathNothingIsAsked()
    {
        Machine *on = machine(false);
        QVERIFY(on);
        startLab(false);
        const std::unique_ptr<DiagnosisEngine> engine = diagnose(on);
        QVERIFY(engine->facts()->phpFpmStatus.isEmpty());
        QVERIFY(ownTargets(phpFpmStatusTargets(*engine->facts())).isEmpty());
    }

    // Two sites on this nginx, each with its pool and status page: the monitor beside
    // the URL's answers charts the URL's own pool only; without --url, both. A pool
    // this nginx does not send to at all is never one (another site's, another nginx's).
    void theMonitorWatchesTheUrlsOwnPool()
    {
        Machine *on = machine(false);
        QVERIFY(on);
        startLab(true);
        const QString pool =
            QStringLiteral("user = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                           "pm = static\npm.max_children = 1\npm.status_path = /fpm-status\n");
        lab::LabPhpFpm blog;
        QVERIFY(blog.start(QStringLiteral("[blog]\n") + pool, 1));
        lab::LabPhpFpm elsewhere;
        QVERIFY(elsewhere.start(QStringLiteral("[elsewhere]\n") + pool, 1));
        m_nginx = std::make_unique<lab::LabNginx>();
        QVERIFY(m_nginx->start(
            lab::LabPoolLoad::nginxServer(*m_fpm, false) +
            QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name blog.example;\n"
                           "    location / {\n        fastcgi_pass 127.0.0.1:%1;\n    }\n}\n")
                .arg(blog.port())));
        const QString own = QStringLiteral("shop 127.0.0.1:%1").arg(m_fpm->port());
        const QString blogs = QStringLiteral("blog 127.0.0.1:%1").arg(blog.port());
        const std::unique_ptr<DiagnosisEngine> withUrl = diagnose(on, m_nginx->url());
        QCOMPARE(poolNames(withUrl->diagnosis()->phpFpmStatusTargets()), QStringList{own});
        QStringList all = poolNames(diagnose(on)->diagnosis()->phpFpmStatusTargets());
        all.sort();
        QCOMPARE(all, (QStringList{blogs, own}));
    }

    // The monitor's reading: every interval, through the machine, idle then saturated.
    void theMonitorReadsThePageLive_data() { addBackends(); }
    void theMonitorReadsThePageLive()
    {
        QFETCH(bool, overSsh);
        Machine *on = machine(overSsh);
        QVERIFY(on);
        startLab(true);
        const std::unique_ptr<DiagnosisEngine> engine = diagnose(on);
        const QList<PhpFpmStatusTarget> targets = ownTargets(phpFpmStatusTargets(*engine->facts()));
        QCOMPARE(targets.size(), 1);
        QList<PhpFpmStatusProbe::Answer> answers;
        PoolStatusMonitor monitor(on, targets, nginxWorkerUser(*engine->facts()));
        monitor.setIntervalMs(200);
        connect(&monitor, &PoolStatusMonitor::sampled, this,
                [&](const PhpFpmStatusTarget &pool, const PhpFpmStatusProbe::Answer &a) {
                    QCOMPARE(pool.pool, QStringLiteral("shop"));
                    answers << a;
                });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(answers.size() >= 2, 20000);
        QVERIFY2(answers.first().answered, qPrintable(answers.first().problem));
        QCOMPARE(answers.first().status.activeProcesses, 1);
        QVERIFY(!answers.first().saturatedNow(2));
        lab::LabPoolLoad load(*m_fpm, m_nginx->url());
        QVERIFY(load.hold(2));
        // A reading now waits behind the busy children until it times out: saturated.
        QTRY_VERIFY_WITH_TIMEOUT(answers.last().saturatedNow(2), 20000);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestPoolStatus)
#include "tst_poolstatus.moc"
