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

    void staleNameIsAReloadNotAWrongAddress()
    {
        // nginx resolved app.gd-lab.test to 127.0.0.2 when it started; the record moved to
        // 127.0.0.3, where the app answers, and nginx kept connecting to the old address.
        const StepOutcome out = runStep(2, QStringLiteral("stale_name"));
        QCOMPARE(out.findings.size(), 1); // not also "wrong address" or "down" for 127.0.0.2
        const Finding &f = out.findings.first();
        QCOMPARE(f.cause, Cause::WrongUpstreamAddress);
        QVERIFY2(f.upstream.startsWith(QLatin1String("app.gd-lab.test:")), qPrintable(f.upstream));
        QVERIFY2(f.summary.startsWith(QLatin1String("nginx still connects to 127.0.0.2 for app.gd-lab.test, "
                                                    "which resolves to 127.0.0.3 now (getent ahosts).")),
                 qPrintable(f.summary));
        QCOMPARE(f.timing, FindingTiming::Now);
        QCOMPARE(f.step, 3);
        QCOMPARE(f.remedyStep, 6);
        QCOMPARE(f.evidence.first().source, QStringLiteral("error_log"));
        QVERIFY(f.evidence.first().excerpt.mid(f.evidence.first().spanStart, 9) ==
                QLatin1String("127.0.0.2"));
        QVERIFY(std::any_of(f.evidence.begin(), f.evidence.end(), [](const Evidence &e) {
            return e.source == QLatin1String("getent") &&
                   e.excerpt == QLatin1String("127.0.0.3       STREAM app.gd-lab.test");
        }));
        QVERIFY(std::any_of(f.evidence.begin(), f.evidence.end(), [](const Evidence &e) {
            return e.source == QLatin1String("curl") && e.excerpt.endsWith(QLatin1String(" from 127.0.0.3"));
        }));
        // nginx -t, then the reload of this very nginx (its -p and -c).
        QCOMPARE(f.actions.size(), 2);
        QCOMPARE(f.actions.first().argv.last(), QStringLiteral("-t"));
        QCOMPARE(f.actions.last().argv.mid(f.actions.last().argv.size() - 2),
                 QStringList({QStringLiteral("-s"), QStringLiteral("reload")}));
        QVERIFY2(f.remedy.startsWith(QLatin1String("Reload nginx (nginx -s reload)")), qPrintable(f.remedy));
    }

    void staleNameAfterTheReloadIsHistory()
    {
        // The same lines, diagnosed after the reload: their workers no longer serve.
        const StepOutcome out = runStep(2, QStringLiteral("stale_name_reloaded"));
        QCOMPARE(out.findings.size(), 1);
        const Finding &f = out.findings.first();
        QCOMPARE(f.cause, Cause::WrongUpstreamAddress);
        QCOMPARE(f.timing, FindingTiming::Past);
        QVERIFY(f.actions.isEmpty());
        QVERIFY2(f.summary.contains(QLatin1String("these errors ended with that reload")),
                 qPrintable(f.summary));
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
