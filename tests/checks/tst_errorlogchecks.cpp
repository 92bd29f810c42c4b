// Step 2's checks (app/checks/ErrorLogChecks.cpp) on facts captured from the lab.
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

class TestErrorLogChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthyLogHasNoUpstreamErrors()
    {
        const StepOutcome out = runStep(2, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 2);
        const CheckResult *read = check(out, QStringLiteral("log.read"));
        QVERIFY2(read && read->status == CheckStatus::Pass, describe(out));
        QVERIFY2(read->explanation.contains(QLatin1String("the rest of the file was not transferred")),
                 qPrintable(read->explanation));
        const CheckResult *classified = check(out, QStringLiteral("log.classified"));
        QVERIFY2(classified && classified->status == CheckStatus::Pass, describe(out));
        QVERIFY(out.findings.isEmpty());
    }

    void eachFailureGroupIsAFindingWithItsLogLines()
    {
        const QList<std::pair<QString, Cause>> cases{
            {QStringLiteral("upstream_closes"), Cause::UpstreamCrashed},
            {QStringLiteral("upstream_resets"), Cause::UpstreamCrashed},
            {QStringLiteral("slow_upstream"), Cause::UpstreamTimeout},
            {QStringLiteral("header_too_big"), Cause::HeaderTooBig},
            {QStringLiteral("unix_socket_permission"), Cause::SocketPermission},
        };
        for (const auto &[scenario, cause] : cases) {
            const StepOutcome out = runStep(2, scenario);
            const CheckResult *classified = check(out, QStringLiteral("log.classified"));
            QVERIFY2(classified && classified->status == CheckStatus::Fail, qPrintable(scenario));
            const Finding *f = finding(out, cause);
            QVERIFY2(f, qPrintable(scenario + QStringLiteral(":\n  ") + QString::fromUtf8(describe(out))));
            QCOMPARE(f->evidence.first().source, QStringLiteral("error_log"));
            QVERIFY(f->evidence.first().spanStart >= 0);
            QCOMPARE(f->step, causeStep(cause));
        }
    }

    void timeoutsSayTheClientGot504()
    {
        const StepOutcome out = runStep(2, QStringLiteral("slow_upstream"));
        const Finding *f = finding(out, Cause::UpstreamTimeout);
        QVERIFY2(f, describe(out));
        QVERIFY2(f->summary.contains(QLatin1String("504")), qPrintable(f->summary));
    }

    void refusedWhileNothingListensIsJudgedByWhatListens()
    {
        // "connect() failed (111)" alone could be down or a wrong port: the log
        // finding carries what ss shows.
        const StepOutcome down = runStep(2, QStringLiteral("nothing_listening"));
        QVERIFY2(finding(down, Cause::UpstreamDown), describe(down));
        const StepOutcome wrong = runStep(2, QStringLiteral("wrong_port"));
        QVERIFY2(finding(wrong, Cause::WrongUpstreamAddress), describe(wrong));
    }

    void noLiveUpstreamsIsAKnockOn()
    {
        const StepOutcome out = runStep(2, QStringLiteral("no_live_upstreams"));
        const Finding *f = finding(out, Cause::NoLiveUpstreams);
        QVERIFY2(f, describe(out));
        QVERIFY(f->rootCause.has_value());
        QVERIFY(isKnockOn(Cause::NoLiveUpstreams));
    }

    void invalidHeaderIsAnAppBugNamedByItsHeader()
    {
        // nginx: upstream sent invalid header: "X-Debug-Trace: req-1\x00..." (a NUL byte).
        const StepOutcome out = runStep(2, QStringLiteral("invalid_header"));
        const Finding *f = finding(out, Cause::ProtocolMismatch);
        QVERIFY2(f, describe(out));
        QVERIFY(f->fixInApp);
        QVERIFY(f->actions.isEmpty());
        QVERIFY2(
            f->summary.contains(QLatin1String("the response header X-Debug-Trace with a NUL byte (\\x00)")),
            qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("bug in the application")), qPrintable(f->summary));
        QVERIFY2(!f->remedy.contains(QLatin1String("pass")), qPrintable(f->remedy));
        QVERIFY2(f->remedy.contains(QLatin1String("X-Debug-Trace")), qPrintable(f->remedy));
        QCOMPARE(f->evidence.first().source, QStringLiteral("error_log"));
    }

    void timedOutLookupWithAResolverDoesNotSayAddOne()
    {
        // "app.gd-lab.test could not be resolved (110: Operation timed out)" with a
        // resolver configured: adding a second one would fail nginx -t.
        const StepOutcome out = runStep(2, QStringLiteral("dead_resolver"));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QVERIFY2(!f->remedy.contains(QLatin1String("add a `resolver`")), qPrintable(f->remedy));
        QVERIFY2(f->remedy.contains(QLatin1String("resolver` at ")), qPrintable(f->remedy));
    }

    void journalWithoutSystemdIsSkipped()
    {
        const StepOutcome out = runStep(2, QStringLiteral("healthy"));
        const CheckResult *journal = check(out, QStringLiteral("log.journal"));
        QVERIFY2(journal && journal->status == CheckStatus::Skipped, describe(out));
    }
};

QTEST_GUILESS_MAIN(TestErrorLogChecks)
#include "tst_errorlogchecks.moc"
