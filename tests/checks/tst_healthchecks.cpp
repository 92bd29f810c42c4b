// Step 6's checks (app/checks/HealthChecks.cpp) on real journal lines (tests/data/journal): a pure function
// of the facts, so no lab is needed.
#include "app/checks/CheckRegistry.h"
#include "app/config/NginxConfig.h"
#include "app/config/PhpFpmPoolConfig.h"
#include "app/facts/FastCgiReach.h"
#include "tests/TestConfig.h"
#include "tests/checks/CapturedFacts.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {
QByteArray journalOf(const QByteArray &unit)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/journal/systemd-units.log"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing journal capture");
    QByteArray out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains(unit))
            out += line + '\n';
    }
    return out;
}

Facts factsWithJournal(const QString &unit, const QByteArray &journal)
{
    Facts facts;
    facts.confPath = QStringLiteral("/etc/nginx/nginx.conf");
    CommandResult r;
    r.exitCode = 0;
    r.stdOut = journal;
    r.commandLine = QStringLiteral("journalctl --no-pager -u ") + unit;
    facts.unitJournals.insert(unit, r);
    return facts;
}

StepOutcome analyze(const Facts &facts)
{
    const ParsedFacts parsed = ParsedFacts::from(facts);
    return CheckRegistry::runStep(6, CheckInput{facts, parsed});
}

QByteArray dataFile(const QString &relative)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

// A pool file as ProbeCommands::phpFpmPools shows it, and its status page as the
// diagnosis asked it (tests/data/php-fpm-status: the probe's own output).
Facts factsWithPoolStatus(const QString &pool, const QString &probe)
{
    Facts facts;
    facts.confPath = QStringLiteral("/etc/nginx/nginx.conf");
    const QByteArray poolText = dataFile(QStringLiteral("php-fpm-status/%1.conf").arg(pool));
    facts.phpFpmPools.stdOut = "==> /etc/php/8.2/fpm/pool.d/" + pool.toUtf8() + ".conf <==\n" + poolText;
    facts.phpFpmPools.commandLine = QStringLiteral("cat pools");
    const PhpFpmPoolConfig config =
        PhpFpmPoolConfig::parse(QStringLiteral("x.conf"), QString::fromUtf8(poolText));
    CommandResult status;
    status.stdOut = dataFile(QStringLiteral("php-fpm-status/%1.probe").arg(probe));
    status.stdErr = "gd-as=www-data\n";
    status.commandLine = QStringLiteral("perl -e ... /fpm-status");
    facts.phpFpmStatus.insert(config.pools().first().listen(), status);
    return facts;
}

// nginx's config with this location body in its one server (fastcgi_pass, proxy_pass).
void withNginxPassing(Facts &facts, const QString &pass)
{
    facts.config = NginxConfig::fromText(
        facts.confPath,
        QStringLiteral("events {}\nhttp {\n server {\n  listen 80;\n  location / {\n   %1;\n  }\n }\n}\n")
            .arg(pass));
    facts.targets = UpstreamTargets::collect(*facts.config);
}

const CheckResult *checkOf(const StepOutcome &out, const QString &id)
{
    for (const CheckResult &c : out.result.checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Finding *findingFor(const StepOutcome &out, const QString &upstream)
{
    for (const Finding &f : out.findings) {
        if (f.upstream == upstream)
            return &f;
    }
    return nullptr;
}
} // namespace

class TestHealthChecks : public QObject
{
    Q_OBJECT
private slots:
    void runningNginxPasses()
    {
        const StepOutcome out = test::runStep(6, QStringLiteral("healthy"));
        const CheckResult *running = test::check(out, QStringLiteral("health.nginx_running"));
        QVERIFY2(running && running->status == CheckStatus::Pass, test::describe(out));
    }

    void stoppedNginxIsAFinding()
    {
        const StepOutcome out = test::runStep(6, QStringLiteral("nginx_stopped"));
        const CheckResult *running = test::check(out, QStringLiteral("health.nginx_running"));
        QVERIFY2(running && running->status == CheckStatus::Fail, test::describe(out));
        const Finding *f = test::finding(out, Cause::NginxNotRunning);
        QVERIFY2(f, test::describe(out));
        QCOMPARE(f->severity, Severity::Critical);
    }

    void oomKilledUnitIsResourceExhaustion()
    {
        const Facts facts = factsWithJournal(QStringLiteral("mariadb.service"), journalOf("mariadb.service"));
        const StepOutcome out = analyze(facts);
        const Finding *f = findingFor(out, QStringLiteral("mariadb.service"));
        QVERIFY(f);
        QCOMPARE(f->cause, Cause::ResourceExhaustion);
        QCOMPARE(f->step, 6);
        QVERIFY(!f->evidence.isEmpty() && f->evidence.size() <= 3);
        QVERIFY(f->evidence.last().excerpt.contains(QLatin1String("oom-kill")));
        QVERIFY(f->evidence.last().spanStart > 0); // the message, not the journal's prefix
    }
    void restartLoopIsUpstreamCrashed()
    {
        const Facts facts = factsWithJournal(QStringLiteral("docker.service"), journalOf("docker.service"));
        const StepOutcome out = analyze(facts);
        const Finding *f = findingFor(out, QStringLiteral("docker.service"));
        QVERIFY(f);
        QCOMPARE(f->cause, Cause::UpstreamCrashed);
        const auto check =
            std::find_if(out.result.checks.begin(), out.result.checks.end(),
                         [](const CheckResult &c) { return c.id == QLatin1String("health.unit_journal"); });
        QVERIFY(check != out.result.checks.end());
        QCOMPARE(check->status, CheckStatus::Fail);
    }
    // Live saturation from the status page is a finding on its own, with the figures.
    void aSaturatedStatusPageIsAFinding()
    {
        const StepOutcome out =
            analyze(factsWithPoolStatus(QStringLiteral("tcp"), QStringLiteral("tcp-saturated")));
        const Finding *f = findingFor(out, QStringLiteral("php-fpm pool tcp"));
        QVERIFY(f);
        QCOMPARE(f->cause, Cause::PhpFpmSaturated);
        QVERIFY2(f->summary.contains(QLatin1String("no free child right now")), qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("active 2 of pm.max_children 2")), qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("listen queue 3")), qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("max children reached once since start")),
                 qPrintable(f->summary));
        QCOMPARE(f->evidence.size(), 1);
        QCOMPARE(f->evidence.first().source, QStringLiteral("php-fpm status"));
        QVERIFY(f->evidence.first().excerpt.startsWith(QLatin1String("pool tcp (127.0.0.1:")));
        QCOMPARE(
            f->evidence.first().excerpt.mid(f->evidence.first().spanStart, f->evidence.first().spanLength),
            QStringLiteral("active 2"));
        QVERIFY(!f->actions.isEmpty() || !f->remedy.isEmpty());
        const CheckResult *check = checkOf(out, QStringLiteral("health.php_fpm"));
        QVERIFY(check);
        QCOMPARE(check->status, CheckStatus::Fail);
        QCOMPARE(check->commands.size(), 1);
    }

    // On a unix socket php-fpm reports no queue: the figures say so instead of "0".
    void aUnixSocketPoolSaysItsQueueIsNotReported()
    {
        const StepOutcome out =
            analyze(factsWithPoolStatus(QStringLiteral("sock"), QStringLiteral("sock-saturated")));
        const Finding *f = findingFor(out, QStringLiteral("php-fpm pool sock"));
        QVERIFY(f);
        QVERIFY2(f->summary.contains(QLatin1String("listen queue not reported")), qPrintable(f->summary));
        QVERIFY(!f->summary.contains(QLatin1String("listen queue 0")));
    }

    // Another site's pool (or another nginx's): this nginx never sends it a request, so
    // its saturation is not why this nginx answers 502, neither from its status page
    // nor from its log. The same pool is a finding when a fastcgi_pass reaches it.
    void aPoolThisNginxDoesNotReachIsNoFinding_data()
    {
        QTest::addColumn<QString>("pass");
        QTest::addColumn<bool>("finding");
        // tcp.conf listens on 127.0.0.1:51619.
        QTest::newRow("its address") << QStringLiteral("fastcgi_pass 127.0.0.1:51619") << true;
        QTest::newRow("localhost") << QStringLiteral("fastcgi_pass localhost:51619") << true;
        QTest::newRow("a variable") << QStringLiteral("fastcgi_pass $backend") << true;
        QTest::newRow("another pool") << QStringLiteral("fastcgi_pass 127.0.0.1:9000") << false;
        QTest::newRow("a socket") << QStringLiteral("fastcgi_pass unix:/run/php/php8.2-fpm.sock") << false;
        QTest::newRow("no FastCGI at all") << QStringLiteral("proxy_pass http://127.0.0.1:51619") << false;
    }
    void aPoolThisNginxDoesNotReachIsNoFinding()
    {
        QFETCH(QString, pass);
        QFETCH(bool, finding);
        Facts facts = factsWithPoolStatus(QStringLiteral("tcp"), QStringLiteral("tcp-saturated"));
        withNginxPassing(facts, pass);
        LogTail log;
        log.path = QStringLiteral("/var/log/php8.2-fpm.log");
        // The pool's own lines (the capture has a second pool, whose file is not here).
        QByteArray lines;
        for (const QByteArray &line : dataFile(QStringLiteral("php-fpm-status/php-fpm.log")).split('\n')) {
            if (!line.contains("[pool sock]"))
                lines += line + '\n';
        }
        QVERIFY(lines.contains("[pool tcp] server reached pm.max_children"));
        log.tail = FileTail{lines, 0, 0, {}};
        facts.phpFpmLogs << log;
        const StepOutcome out = analyze(facts);
        QCOMPARE(findingFor(out, QStringLiteral("php-fpm pool tcp")) != nullptr, finding);
        const CheckResult *check = checkOf(out, QStringLiteral("health.php_fpm"));
        QCOMPARE(check && check->status == CheckStatus::Fail, finding);
        // Nothing of that pool is cited as this nginx's evidence either.
        if (!finding && check)
            QVERIFY(check->evidence.isEmpty());
    }

    // Where a pool's `listen` takes nginx's connections.
    void listenTakes_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("takes");
        QTest::newRow("port alone") << QStringLiteral("9000") << QStringLiteral("127.0.0.1") << 9000 << true;
        QTest::newRow("other port") << QStringLiteral("9000") << QStringLiteral("127.0.0.1") << 9001 << false;
        QTest::newRow("same address")
            << QStringLiteral("127.0.0.1:9000") << QStringLiteral("127.0.0.1") << 9000 << true;
        QTest::newRow("other address")
            << QStringLiteral("127.0.0.1:9000") << QStringLiteral("10.0.0.5") << 9000 << false;
        QTest::newRow("ipv4 wildcard")
            << QStringLiteral("0.0.0.0:9000") << QStringLiteral("10.0.0.5") << 9000 << true;
        QTest::newRow("ipv6 wildcard")
            << QStringLiteral("[::]:9000") << QStringLiteral("127.0.0.1") << 9000 << true;
        QTest::newRow("ipv6 loopback")
            << QStringLiteral("[::1]:9000") << QStringLiteral("::1") << 9000 << true;
        QTest::newRow("localhost") << QStringLiteral("[::1]:9000") << QStringLiteral("localhost") << 9000
                                   << true;
        QTest::newRow("localhost, not loopback")
            << QStringLiteral("10.0.0.5:9000") << QStringLiteral("localhost") << 9000 << false;
        QTest::newRow("pool bound to a name")
            << QStringLiteral("localhost:9000") << QStringLiteral("127.0.0.1") << 9000 << true;
        // A name resolves to what DNS says: it may be this pool.
        QTest::newRow("a name") << QStringLiteral("10.0.0.5:9000") << QStringLiteral("php.internal") << 9000
                                << true;
        QTest::newRow("a socket") << QStringLiteral("/run/php/php8.2-fpm.sock") << QStringLiteral("127.0.0.1")
                                  << 9000 << false;
        QTest::newRow("garbage") << QStringLiteral("127.0.0.1:abc") << QStringLiteral("127.0.0.1") << 9000
                                 << false;
    }
    void listenTakesSocket()
    {
        QVERIFY(FastCgiReach::listenTakesSocket(QStringLiteral("/run/php/php8.2-fpm.sock"),
                                                QStringLiteral("/run/php/php8.2-fpm.sock")));
        // Debian's www.conf says /run/php/..., many nginx sites /var/run/php/...: one file.
        QVERIFY(FastCgiReach::listenTakesSocket(QStringLiteral("/run/php/php8.2-fpm.sock"),
                                                QStringLiteral("/var/run/php/php8.2-fpm.sock")));
        QVERIFY(!FastCgiReach::listenTakesSocket(QStringLiteral("/run/php/php8.2-fpm.sock"),
                                                 QStringLiteral("/run/php/php7.4-fpm.sock")));
        QVERIFY(!FastCgiReach::listenTakesSocket(QStringLiteral("9000"), QString()));
    }
    void listenTakes()
    {
        QFETCH(QString, listen);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, takes);
        QCOMPARE(FastCgiReach::listenTakes(listen, host, quint16(port)), takes);
    }

    void anIdleStatusPagePasses()
    {
        const StepOutcome out =
            analyze(factsWithPoolStatus(QStringLiteral("tcp"), QStringLiteral("tcp-idle")));
        QVERIFY(!findingFor(out, QStringLiteral("php-fpm pool tcp")));
        const CheckResult *check = checkOf(out, QStringLiteral("health.php_fpm"));
        QVERIFY(check);
        QCOMPARE(check->status, CheckStatus::Pass);
        QCOMPARE(check->evidence.size(), 1);
        QVERIFY2(check->evidence.first().excerpt.contains(QLatin1String("active 1 of pm.max_children 2")),
                 qPrintable(check->evidence.first().excerpt));
    }

    // Without a status page the log's line stays the evidence, and the remedy says
    // how to give the pool one: the exact pool line and the nginx location.
    void withoutAStatusPathTheRemedySaysHowToAddOne()
    {
        Facts facts;
        facts.confPath = QStringLiteral("/etc/nginx/nginx.conf");
        facts.phpFpmPools.stdOut = "==> /etc/php/8.2/fpm/pool.d/www.conf <==\n" +
                                   dataFile(QStringLiteral("nginx-config/php-fpm/www.conf"));
        facts.phpFpmPools.commandLine = QStringLiteral("cat pools");
        LogTail log;
        log.path = QStringLiteral("/var/log/php8.2-fpm.log");
        log.tail = FileTail{dataFile(QStringLiteral("php-fpm-log/php-fpm.log")), 0, 0, {}};
        facts.phpFpmLogs << log;
        const StepOutcome out = analyze(facts);
        const auto it = std::find_if(out.findings.begin(), out.findings.end(), [](const Finding &f) {
            return f.cause == Cause::PhpFpmSaturated && f.upstream == QLatin1String("php-fpm pool www");
        });
        QVERIFY(it != out.findings.end());
        const Finding *f = &*it;
        QCOMPARE(f->evidence.first().source, QStringLiteral("php-fpm log"));
        QVERIFY2(f->remedy.contains(QLatin1String("`pm.status_path = /fpm-status` to [www] in "
                                                  "/etc/php/8.2/fpm/pool.d/www.conf")),
                 qPrintable(f->remedy));
        QVERIFY2(f->remedy.contains(QLatin1String("allow 127.0.0.1;")), qPrintable(f->remedy));
        QVERIFY2(f->remedy.contains(QLatin1String("fastcgi_pass unix:/run/php/php8.2-fpm.sock;")),
                 qPrintable(f->remedy));
    }

    void quietJournalGivesNoFinding()
    {
        const Facts facts =
            factsWithJournal(QStringLiteral("mariadb.service"),
                             QByteArray("Aug 25 10:28:45 atulya mariadbd[659]: ready for connections\n"));
        const StepOutcome out = analyze(facts);
        QVERIFY(!findingFor(out, QStringLiteral("mariadb.service")));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"
