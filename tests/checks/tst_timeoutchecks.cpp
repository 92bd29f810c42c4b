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

    void theReadTimeoutComesFromTheMeasuredRequest()
    {
        // The lab's app takes 3 s behind proxy_read_timeout 1s. The failing URL, sent
        // straight to the app during the diagnosis, measured that; nginx's default of
        // 60 s leaves room for it, so that is the value, with the measurement as reason.
        const Facts facts = capturedFacts(QStringLiteral("slow_upstream"));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        QCOMPARE(parsed.urlProbes.size(), 1);
        const EndpointProbe &probe = parsed.urlProbes.first();
        QCOMPARE(probe.outcome, EndpointProbe::Outcome::Answered);
        QVERIFY2(probe.seconds >= 3.0 && probe.seconds < 4.0, qPrintable(QString::number(probe.seconds)));
        const StepOutcome out = CheckRegistry::runStep(5, CheckInput{facts, parsed});
        const Finding *f = finding(out, Cause::UpstreamTimeout);
        QVERIFY2(f, describe(out));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_read_timeout")), QStringLiteral("60s"));
        QVERIFY2(f->remedy.contains(QStringLiteral("the request took %1 s").arg(probe.seconds, 0, 'f', 1)),
                 qPrintable(f->remedy));
        const CheckResult *values = check(out, QStringLiteral("timeouts.values"));
        QVERIFY(values);
        QVERIFY2(values->explanation.contains(QLatin1String("(without nginx): HTTP 200 after 3.")),
                 qPrintable(values->explanation));
    }

    void aSlowerRequestThanTheDefaultGetsTwiceItsTime()
    {
        // The same capture with the app's answer 45 s late (the curl line edited):
        // twice that, since 60 s would leave too little room.
        Facts facts = capturedFacts(QStringLiteral("slow_upstream"));
        QCOMPARE(facts.urlProbes.size(), 1);
        CommandResult &r = facts.urlProbes.first();
        r.stdOut.replace(QByteArray("time_total=3."), QByteArray("time_total=45."));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const StepOutcome out = CheckRegistry::runStep(5, CheckInput{facts, parsed});
        const Finding *f = finding(out, Cause::UpstreamTimeout);
        QVERIFY2(f, describe(out));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_read_timeout")), QStringLiteral("91s"));
    }

    void withoutAMeasurementTheRuleOfThumbStays()
    {
        Facts facts = capturedFacts(QStringLiteral("slow_upstream"));
        facts.urlProbes.clear();
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const StepOutcome out = CheckRegistry::runStep(5, CheckInput{facts, parsed});
        const Finding *f = finding(out, Cause::UpstreamTimeout);
        QVERIFY2(f, describe(out));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_read_timeout")), QStringLiteral("75s"));
        QVERIFY(!f->remedy.contains(QLatin1String("Sent straight")));
    }

    void oversizedHeadersSuggestBiggerBuffers()
    {
        const StepOutcome out = runStep(5, QStringLiteral("header_too_big"));
        const Finding *f = finding(out, Cause::HeaderTooBig);
        QVERIFY2(f, describe(out));
        QVERIFY(f->blockIndex >= 0);
        QVERIFY(!suggested(*f, QStringLiteral("proxy_buffer_size")).isEmpty());
    }

    void oversizedHeadersAreSizedFromTheMeasuredHeader()
    {
        // The lab's upstream sends a 16384-byte Set-Cookie; step 1's direct curl probe
        // measured the whole header (size_header), so the buffer is sized from that, not
        // guessed: 16.5 KB plus a quarter of headroom is 32k.
        const Facts facts = capturedFacts(QStringLiteral("header_too_big"));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const StepOutcome out = CheckRegistry::runStep(5, CheckInput{facts, parsed});
        const Finding *f = finding(out, Cause::HeaderTooBig);
        QVERIFY2(f, describe(out));
        const int measured = parsed.probes.value(f->upstream).headerBytes;
        QVERIFY2(measured > 16384 && measured < 20 * 1024, qPrintable(QString::number(measured)));
        QVERIFY2(f->summary.contains(QStringLiteral("(%1 bytes, measured)").arg(measured)),
                 qPrintable(f->summary));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_buffer_size")), QStringLiteral("32k"));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_buffers")), QStringLiteral("4 32k"));
        QCOMPARE(suggested(*f, QStringLiteral("proxy_busy_buffers_size")), QStringLiteral("64k"));
    }
};

QTEST_GUILESS_MAIN(TestTimeoutChecks)
#include "tst_timeoutchecks.moc"
