// Step 1's checks (app/checks/UpstreamChecks.cpp) on facts captured from the lab.
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

class TestUpstreamChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthyUpstreamListensAndAnswers()
    {
        const StepOutcome out = runStep(1, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 1);
        const CheckResult *listening = check(out, QStringLiteral("upstream.listening"));
        QVERIFY2(listening && listening->status == CheckStatus::Pass, describe(out));
        QVERIFY(!listening->evidence.isEmpty());
        const CheckResult *probe = check(out, QStringLiteral("upstream.probe"));
        QVERIFY2(probe && probe->status == CheckStatus::Pass, describe(out));
        QVERIFY2(probe->explanation.contains(QLatin1String("answers HTTP 200")),
                 qPrintable(probe->explanation));
        QVERIFY2(out.findings.isEmpty(), describe(out));
    }

    void nothingListeningIsUpstreamDown()
    {
        const StepOutcome out = runStep(1, QStringLiteral("nothing_listening"));
        const CheckResult *listening = check(out, QStringLiteral("upstream.listening"));
        QVERIFY2(listening && listening->status == CheckStatus::Fail, describe(out));
        const Finding *f = finding(out, Cause::UpstreamDown);
        QVERIFY2(f, describe(out));
        // Step and remedy step come from the cause table.
        QCOMPARE(f->step, causeStep(Cause::UpstreamDown));
        QCOMPARE(f->remedyStep, causeRemedyStep(Cause::UpstreamDown));
        // The config line that names the upstream comes first.
        QCOMPARE(f->evidence.first().source, QStringLiteral("config"));
        QVERIFY(f->evidence.first().excerpt.contains(QLatin1String("proxy_pass")));
        const CheckResult *probe = check(out, QStringLiteral("upstream.probe"));
        QVERIFY2(probe && probe->status == CheckStatus::Fail, describe(out));
    }

    // The app runs and answers, but after nginx gave up: step 1 says so (⚠), with
    // both times and where nginx's limit is set, and what to do about it.
    void slowUpstreamIsAWarningWithBothTimes()
    {
        const StepOutcome out = runStep(1, QStringLiteral("slow_upstream"));
        QCOMPARE(out.result.status, CheckStatus::Warn);
        const CheckResult *probe = check(out, QStringLiteral("upstream.probe"));
        QVERIFY2(probe && probe->status == CheckStatus::Warn, describe(out));
        QVERIFY2(probe->explanation.contains(QLatin1String("after 3.0 s")), qPrintable(probe->explanation));
        QVERIFY2(probe->explanation.contains(QLatin1String("waits only 1s")), qPrintable(probe->explanation));
        QVERIFY2(probe->explanation.contains(QLatin1String("proxy_read_timeout")),
                 qPrintable(probe->explanation));
        QVERIFY2(probe->next.contains(QLatin1String("proxy_read_timeout")), qPrintable(probe->next));
        // Curl's raw -w dump is the command's output, not evidence.
        for (const Evidence &e : probe->evidence)
            QVERIFY2(!e.excerpt.contains(QLatin1String("time_namelookup")), qPrintable(e.excerpt));
    }

    void listenerOnANearbyPortIsTheWrongAddress()
    {
        const StepOutcome out = runStep(1, QStringLiteral("wrong_port"));
        const Finding *f = finding(out, Cause::WrongUpstreamAddress);
        QVERIFY2(f, describe(out));
        QVERIFY2(f->summary.contains(QLatin1String("right next to it")), qPrintable(f->summary));
        QVERIFY(!finding(out, Cause::UpstreamDown));
    }

    void localhostResolvingToIpv6TooIsAWarning()
    {
        // nginx resolves localhost to ::1 and 127.0.0.1; the app has only the latter.
        // Step 1 warns; the refused connections in the log (step 2) make it a finding.
        const StepOutcome out = runStep(1, QStringLiteral("localhost_ipv6"));
        const CheckResult *listening = check(out, QStringLiteral("upstream.listening"));
        QVERIFY2(listening && listening->status == CheckStatus::Warn, describe(out));
        QVERIFY2(listening->explanation.contains(QLatin1String("not on ::1")),
                 qPrintable(listening->explanation));
        const StepOutcome log = runStep(2, QStringLiteral("localhost_ipv6"));
        const Finding *f = finding(log, Cause::WrongUpstreamAddress);
        QVERIFY2(f, describe(log));
        QVERIFY2(f->summary.contains(QLatin1String("::1")), qPrintable(f->summary));
    }

    void missingUnixSocketIsUpstreamDown()
    {
        const StepOutcome out = runStep(1, QStringLiteral("unix_socket_missing"));
        const Finding *f = finding(out, Cause::UpstreamDown);
        QVERIFY2(f, describe(out));
        QVERIFY(f->upstream.startsWith(QLatin1String("unix:")));
        QVERIFY2(f->summary.contains(QLatin1String("unix socket")), qPrintable(f->summary));
    }

    void theProgramBehindTheUpstreamIsNamedWithItsLog()
    {
        // The lab's upstream is no app server we know: named by its program, and its log is
        // where its stderr goes (captured /proc/PID links).
        const StepOutcome out = runStep(1, QStringLiteral("healthy"));
        const CheckResult *server = check(out, QStringLiteral("upstream.app_server"));
        QVERIFY2(server, describe(out));
        QVERIFY2(server->title.contains(QLatin1String("gateway-doctor-lab-upstream (pid 6)")),
                 qPrintable(server->title));
        QVERIFY2(
            server->explanation.contains(QLatin1String("upstream-ok.stderr, the file its stderr goes to")),
            qPrintable(server->explanation));
        QCOMPARE(server->status, CheckStatus::Pass);
    }

    void everyRowOfTheTableRuns()
    {
        // Each check of step 1 runs on a healthy site and produces at least one
        // result there (a check that says nothing on a healthy site hides itself).
        const StepOutcome out = runStep(1, QStringLiteral("healthy"));
        for (const CheckDef &def : CheckRegistry::upstreamChecks()) {
            if (QLatin1String(def.id) == QLatin1String("upstream.service"))
                continue; // needs systemd, which the lab does not run
            QVERIFY2(check(out, QString::fromLatin1(def.id)), def.id);
        }
    }
};

QTEST_GUILESS_MAIN(TestUpstreamChecks)
#include "tst_upstreamchecks.moc"
