// Step 4's checks (app/checks/ConfigChecks.cpp) on facts captured from the lab.
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

class TestConfigChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthyConfigIsValidAndRouted()
    {
        const StepOutcome out = runStep(4, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 4);
        const CheckResult *test = check(out, QStringLiteral("config.test"));
        QVERIFY2(test && test->status == CheckStatus::Pass, describe(out));
        const CheckResult *route = check(out, QStringLiteral("config.route"));
        QVERIFY2(route && route->status == CheckStatus::Pass, describe(out));
        QVERIFY2(route->explanation.contains(QLatin1String("It is passed to")),
                 qPrintable(route->explanation));
        const CheckResult *read = check(out, QStringLiteral("config.read"));
        QVERIFY2(read && read->status == CheckStatus::Pass, describe(out));
        QVERIFY2(read->explanation.contains(QLatin1String("nothing was left out")),
                 qPrintable(read->explanation));
        QVERIFY(out.findings.isEmpty());
    }

    void refusedConfigNamesItsFileAndLine()
    {
        const StepOutcome out = runStep(4, QStringLiteral("config_invalid"));
        const CheckResult *test = check(out, QStringLiteral("config.test"));
        QVERIFY2(test && test->status == CheckStatus::Fail, describe(out));
        const Finding *f = finding(out, Cause::ConfigInvalid);
        QVERIFY2(f, describe(out));
        QCOMPARE(f->evidence.first().source, QStringLiteral("nginx -t"));
        QVERIFY(f->evidence.first().line > 0);
        QVERIFY(!f->evidence.first().file.isEmpty());
    }

    // The captured nginx runs on the config it loaded before the edit broke it: the
    // broken file is a warning for the next reload and ranks below a cause that
    // explains today's errors (wrong_upstream_address and upstream_down are 0.85).
    void brokenFileOnARunningNginxRanksBelowTodaysCause()
    {
        const StepOutcome out = runStep(4, QStringLiteral("config_invalid"));
        const Finding *f = finding(out, Cause::ConfigInvalid);
        QVERIFY2(f, describe(out));
        QVERIFY(capturedFacts(QStringLiteral("config_invalid")).processes.stdOut.contains("nginx: master"));
        QVERIFY(f->confidence < 0.85);
        QCOMPARE(f->severity, Severity::Error);
    }

    void httpProxyToPhpFpmIsAProtocolMismatch()
    {
        const StepOutcome out = runStep(4, QStringLiteral("proxy_pass_to_php_fpm"));
        const Finding *f = finding(out, Cause::ProtocolMismatch);
        QVERIFY2(f, describe(out));
        QVERIFY2(f->remedy.contains(QLatin1String("fastcgi_pass")), qPrintable(f->remedy));
    }
};

QTEST_GUILESS_MAIN(TestConfigChecks)
#include "tst_configchecks.moc"
