// Step 5's checks (app/checks/TimeoutChecks.cpp) on facts captured from the lab.
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

namespace {
QString suggested(const Finding &f, const QString &name)
{
    for (const auto &[directive, value] : f.suggestedSettings) {
        if (directive == name)
            return value;
    }
    return {};
}
} // namespace

class TestTimeoutChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthyValuesPass()
    {
        const StepOutcome out = runStep(5, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 5);
        const CheckResult *values = check(out, QStringLiteral("timeouts.values"));
        QVERIFY2(values && values->status == CheckStatus::Pass, describe(out));
        QVERIFY2(values->explanation.contains(QLatin1String("proxy_read_timeout")),
                 qPrintable(values->explanation));
        QVERIFY(out.findings.isEmpty());
    }

    void timeoutsInTheLogSuggestALongerReadTimeoutForTheBlock()
    {
        const StepOutcome out = runStep(5, QStringLiteral("slow_upstream"));
        const Finding *f = finding(out, Cause::UpstreamTimeout);
        QVERIFY2(f, describe(out));
        QVERIFY(f->blockIndex >= 0);
        QVERIFY(!suggested(*f, QStringLiteral("proxy_read_timeout")).isEmpty());
        QCOMPARE(f->remedyStep, 5);
    }

    void oversizedHeadersSuggestBiggerBuffers()
    {
        const StepOutcome out = runStep(5, QStringLiteral("header_too_big"));
        const Finding *f = finding(out, Cause::HeaderTooBig);
        QVERIFY2(f, describe(out));
        QVERIFY(f->blockIndex >= 0);
        QVERIFY(!suggested(*f, QStringLiteral("proxy_buffer_size")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeoutChecks)
#include "tst_timeoutchecks.moc"
