// Step 3's checks (app/checks/ReachabilityChecks.cpp) on facts captured from the lab.
#include "tests/checks/CapturedFacts.h"

using namespace gd;
using namespace gd::test;

class TestReachabilityChecks : public QObject
{
    Q_OBJECT
private slots:
    void healthySiteAnswersThroughNginx()
    {
        const StepOutcome out = runStep(3, QStringLiteral("healthy"));
        QCOMPARE(out.result.step, 3);
        const CheckResult *through = check(out, QStringLiteral("connect.through_nginx"));
        QVERIFY2(through && through->status == CheckStatus::Pass, describe(out));
        QVERIFY(out.findings.isEmpty());
    }

    void badGatewayThroughNginxFails()
    {
        const StepOutcome out = runStep(3, QStringLiteral("nothing_listening"));
        const CheckResult *through = check(out, QStringLiteral("connect.through_nginx"));
        QVERIFY2(through && through->status == CheckStatus::Fail, describe(out));
        QVERIFY2(through->explanation.contains(QLatin1String("502")), qPrintable(through->explanation));
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

    void noSelinuxHereIsSkipped()
    {
        const StepOutcome out = runStep(3, QStringLiteral("healthy"));
        const CheckResult *selinux = check(out, QStringLiteral("connect.selinux"));
        QVERIFY2(selinux && selinux->status == CheckStatus::Skipped, describe(out));
    }
};

QTEST_GUILESS_MAIN(TestReachabilityChecks)
#include "tst_reachabilitychecks.moc"
