// Step 3's checks (app/checks/ReachabilityChecks.cpp) on facts captured from the lab.
#include "app/engine/DiagnosisEngine.h"
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

class TestReachabilityChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthyUpstreamIsReachable()
    {
        const StepOutcome out = runStep(3, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 3);
        const CheckResult *connection = check(out, QStringLiteral("connect.upstream"));
        QVERIFY2(connection && connection->status == CheckStatus::Pass, describe(out));
        // The measurement in words; curl's raw output stays with the command.
        QVERIFY2(connection->explanation.contains(QLatin1String(" ms")), qPrintable(connection->explanation));
        QVERIFY2(!connection->explanation.contains(QLatin1String("time_connect")),
                 qPrintable(connection->explanation));
        QVERIFY(!connection->commands.isEmpty());
        QVERIFY(out.findings.isEmpty());
    }

    // Step 3 asks whether nginx can reach the upstream. Nothing listening (a 502 through
    // nginx) is step 1's answer: here the connection is "not tested yet", not a ✗, and
    // the 502 is the diagnosis's symptom (its target), which the banner and summary show.
    void badGatewayIsTheSymptomNotAStepThreeFailure()
    {
        const StepOutcome out = runStep(3, QStringLiteral("nothing_listening"));
        QVERIFY2(!check(out, QStringLiteral("connect.through_nginx")), describe(out));
        const CheckResult *connection = check(out, QStringLiteral("connect.upstream"));
        QVERIFY2(connection && connection->status == CheckStatus::Skipped, describe(out));
        QVERIFY2(connection->explanation.contains(QLatin1String("step 1")),
                 qPrintable(connection->explanation));
        QVERIFY2(out.result.status != CheckStatus::Fail, describe(out));
        auto facts = std::make_shared<const Facts>(capturedFacts(QStringLiteral("nothing_listening")));
        const DiagnosisReport report = DiagnosisEngine::analyzeFacts(facts, DiagnosisReport())->report();
        QCOMPARE(report.target.urlStatus, 502);
    }

    // A slow upstream: nginx connects, and its own log shows it timing out only while
    // waiting for the answer's header. Reachable: ✓, with the log line that shows it.
    void slowUpstreamIsReachable()
    {
        const StepOutcome out = runStep(3, QStringLiteral("slow_upstream"));
        const CheckResult *connection = check(out, QStringLiteral("connect.upstream"));
        QVERIFY2(connection && connection->status == CheckStatus::Pass, describe(out));
        QVERIFY2(connection->explanation.contains(QLatin1String("answer's header")),
                 qPrintable(connection->explanation));
        QVERIFY(!connection->evidence.isEmpty());
        QCOMPARE(connection->evidence.first().source, QStringLiteral("error_log"));
        QCOMPARE(out.result.status, CheckStatus::Pass);
    }

    void socketTheWorkerMayNotWriteIsAPermissionFinding()
    {
        const StepOutcome out = runStep(3, QStringLiteral("unix_socket_permission"));
        const CheckResult *perm = check(out, QStringLiteral("connect.socket_permission"));
        QVERIFY2(perm && perm->status == CheckStatus::Fail, describe(out));
        const Finding *f = finding(out, Cause::SocketPermission);
        QVERIFY2(f, describe(out));
        QCOMPARE(f->evidence.first().source, QStringLiteral("stat"));
        QCOMPARE(f->severity, Severity::Critical);
    }

    void variableUpstreamWithoutResolverIsADnsFinding()
    {
        const StepOutcome out = runStep(3, QStringLiteral("variable_without_resolver"));
        const CheckResult *resolver = check(out, QStringLiteral("connect.resolver"));
        QVERIFY2(resolver && resolver->status == CheckStatus::Fail, describe(out));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QCOMPARE(f->evidence.first().source, QStringLiteral("config"));
    }

    // Captured with the lab's DNS server (127.0.0.153, tests/lab/LabDns) first in
    // /etc/resolv.conf and the container's own nameserver (unreachable from the
    // capture's network namespace) second.
    void missingResolverGetsTheHostsAnsweringNameserver()
    {
        const StepOutcome out = runStep(3, QStringLiteral("variable_without_resolver"));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QVERIFY2(f->remedy.contains(QLatin1String("resolver 127.0.0.153 valid=30s")), qPrintable(f->remedy));
        QVERIFY2(f->remedy.contains(QLatin1String("resolves app.gd-lab.test to 127.0.0.1")),
                 qPrintable(f->remedy));
        QCOMPARE(f->actions.size(), 1);
        const FixAction &a = f->actions.first();
        QCOMPARE(a.kind, FixAction::Kind::Edit);
        QVERIFY2(a.newText.endsWith(QLatin1String("\n    resolver 127.0.0.153 valid=30s;")),
                 qPrintable(a.newText));
        QVERIFY2(a.oldText.trimmed() == QLatin1String("server {"), qPrintable(a.oldText));
        // The dig answers are the evidence: the one that resolved, and the one that did not answer.
        const bool digEvidence = std::any_of(f->evidence.begin(), f->evidence.end(), [](const Evidence &e) {
            return e.source == QLatin1String("dig") &&
                   e.excerpt.contains(QLatin1String("127.0.0.153:53 answers"));
        });
        QVERIFY2(digEvidence, describe(out));
    }

    void deadResolverIsNamedAndReplaced()
    {
        const StepOutcome out = runStep(3, QStringLiteral("dead_resolver"));
        const CheckResult *resolver = check(out, QStringLiteral("connect.resolver"));
        QVERIFY2(resolver && resolver->status == CheckStatus::Fail, describe(out));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QVERIFY2(
            f->summary.contains(QLatin1String("your resolver 127.0.0.1:53 does not answer (nothing listens "
                                              "there)")),
            qPrintable(f->summary));
        QVERIFY2(!f->remedy.contains(QLatin1String("Add")), qPrintable(f->remedy));
        QCOMPARE(f->actions.size(), 1);
        QVERIFY2(f->actions.first().oldText.contains(QLatin1String("resolver 127.0.0.1:53 valid=30s;")),
                 qPrintable(f->actions.first().oldText));
        QVERIFY2(f->actions.first().newText.contains(QLatin1String("resolver 127.0.0.153 valid=30s;")),
                 qPrintable(f->actions.first().newText));
    }

    void nameThatResolvesNowhereGetsNoResolver()
    {
        // The lab's app listens on 127.0.0.1 on the very port proxy_pass names: the
        // finding points proxy_pass there (and drops the `set` nobody else reads). It
        // never proposes a resolver, which would not help.
        const StepOutcome out = runStep(3, QStringLiteral("variable_name_unknown"));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QVERIFY2(f->summary.contains(QLatin1String("missing.gd-lab.test resolves nowhere")),
                 qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("NXDOMAIN")), qPrintable(f->summary));
        QVERIFY2(f->remedy.contains(QLatin1String("gd-lab-upstream (pid 185) on 127.0.0.1:36653")),
                 qPrintable(f->remedy));
        QStringList edits;
        for (const FixAction &a : f->actions) {
            QVERIFY(!a.newText.contains(QLatin1String("resolver")));
            edits << a.oldText.trimmed() + QStringLiteral(" -> ") + a.newText.trimmed();
        }
        QVERIFY2(edits.contains(QStringLiteral(
                     "proxy_pass http://$backend:36653; -> proxy_pass http://127.0.0.1:36653;")),
                 qPrintable(edits.join(QLatin1Char('\n'))));
    }

    void nameThatResolvesNowhereWithNothingOnItsPortGetsNoAction()
    {
        // The same capture without the app's socket (its ss line left out): nothing to
        // point at, so the remedy stays in words.
        Facts facts = capturedFacts(QStringLiteral("variable_name_unknown"));
        QList<QByteArray> lines = facts.ssTcp.stdOut.split('\n');
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const QByteArray &l) { return l.contains("127.0.0.1:36653 "); }),
                    lines.end());
        facts.ssTcp.stdOut = lines.join('\n');
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const StepOutcome out = CheckRegistry::runStep(3, CheckInput{facts, parsed});
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QVERIFY(f->actions.isEmpty());
        QVERIFY2(f->remedy.contains(QLatin1String("A resolver alone will not help")), qPrintable(f->remedy));
    }

    // The error log is what makes a variable host's lookup certain: with its "no
    // resolver defined to resolve app.gd-lab.test" lines an error; with the log
    // emptied, the config's `set $backend "app.gd-lab.test"` earns a warning only
    // (the value could as well have named an upstream {} block or an address).
    void variableHostIsAnErrorOnlyWhenTheLogShowsTheLookupFail()
    {
        const StepOutcome logged = runStep(3, QStringLiteral("variable_without_resolver"));
        const Finding *error = finding(logged, Cause::DnsFailure);
        QVERIFY2(error, describe(logged));
        QCOMPARE(error->severity, Severity::Error);

        Facts facts = capturedFacts(QStringLiteral("variable_without_resolver"));
        facts.errorLogs.clear();
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const StepOutcome out = CheckRegistry::runStep(3, CheckInput{facts, parsed});
        const CheckResult *resolver = check(out, QStringLiteral("connect.resolver"));
        QVERIFY2(resolver && resolver->status == CheckStatus::Warn, describe(out));
        const Finding *f = finding(out, Cause::DnsFailure);
        QVERIFY2(f, describe(out));
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY2(f->summary.contains(QLatin1String("sets to app.gd-lab.test")), qPrintable(f->summary));
    }

    // nginx looks a fixed name with variables elsewhere up at request time, with its
    // own `resolver`, never the system's: getent's "not found" says nothing about it
    // (and nginx starts fine). A static proxy_pass to the same kind of name is
    // resolved at start-up by the system, and is judged by getent.
    void aNameLookedUpAtRequestTimeIsNotJudgedByTheSystemsDns()
    {
        auto run = [](const QString &pass) {
            Facts facts;
            const Result<NginxConfig, ConfigError> config =
                NginxConfig::fromDump(QStringLiteral("# configuration file /etc/nginx/nginx.conf:\n"
                                                     "http {\n    server {\n        resolver 127.0.0.1;\n"
                                                     "        location / { proxy_pass %1; }\n    }\n}\n")
                                          .arg(pass));
            facts.config = *config;
            facts.targets = UpstreamTargets::collect(*facts.config);
            CommandResult getent;
            getent.exitCode = 2; // getent: key not found
            getent.commandLine = QStringLiteral("getent ahosts app.internal");
            facts.dns.insert(QStringLiteral("app.internal"), getent);
            const ParsedFacts parsed = ParsedFacts::from(facts);
            return CheckRegistry::runStep(3, CheckInput{facts, parsed});
        };
        const StepOutcome atRequest = run(QStringLiteral("http://app.internal/$args"));
        QVERIFY2(!check(atRequest, QStringLiteral("connect.dns")), describe(atRequest));
        QVERIFY2(!finding(atRequest, Cause::DnsFailure), describe(atRequest));
        const CheckResult *resolver = check(atRequest, QStringLiteral("connect.resolver"));
        QVERIFY2(resolver && resolver->status == CheckStatus::Skipped, describe(atRequest)); // no dig ran

        const StepOutcome atStartup = run(QStringLiteral("http://app.internal"));
        const CheckResult *dns = check(atStartup, QStringLiteral("connect.dns"));
        QVERIFY2(dns && dns->status == CheckStatus::Fail, describe(atStartup));
        QVERIFY2(finding(atStartup, Cause::DnsFailure), describe(atStartup));
    }

    void noSelinuxHereIsSkipped()
    {
        const StepOutcome out = runStep(3, QStringLiteral("healthy"));
        const CheckResult *selinux = check(out, QStringLiteral("connect.selinux"));
        QVERIFY2(selinux && selinux->status == CheckStatus::Skipped, describe(out));
    }
};

QTEST_GUILESS_MAIN(TestReachabilityChecks)
#include "tst_reachabilitychecks.moc"
