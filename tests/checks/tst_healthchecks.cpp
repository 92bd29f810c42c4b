// Step 6's checks (app/checks/HealthChecks.cpp) on real journal lines (tests/data/journal): a pure function
// of the facts, so no lab is needed.
#include "app/checks/CheckRegistry.h"
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
