// Each step's verdict answers that step's own question (issue 16, point 7): every
// captured lab set-up (tests/data/facts) goes through the whole analysis, and each
// step's ✓ / ⚠ / ✗ is what the table below says, justified by its own question:
//   1 is the upstream running and listening (and fast enough for nginx's timeout)?
//   2 what does the error log say?
//   3 can nginx reach the upstream (TCP, names, socket permissions, firewall, SELinux)?
//   4 is nginx's configuration right?
//   5 are the timeouts and buffers right?
//   6 are nginx and the services healthy?
// The failing URL's status through nginx (502/504) is the diagnosis's symptom, in
// its headline, never a step's ✗ by itself. A step that is not a ✓ says what to do
// next with something to act on: a file:line, a command or a setting.
#include "app/engine/DiagnosisEngine.h"
#include "app/engine/StepAdvice.h"
#include "app/model/Step.h"
#include "tests/checks/CapturedFacts.h"

#include <QRegularExpression>
#include <QtTest>

using namespace gd;

namespace {

// The step statuses before issue 16's point 7 (the same facts, main at 7891737):
//   scenario                   1       2    3    4    5       6
//   config_invalid             skipped pass pass fail skipped pass
//   dead_resolver              skipped fail fail pass pass    pass
//   header_too_big             pass    fail fail pass fail    pass
//   healthy                    pass    pass pass pass pass    pass
//   invalid_header             fail    fail fail pass pass    pass
//   localhost_ipv6             warn    fail pass pass pass    pass
//   nginx_stopped              pass    pass fail pass pass    fail
//   no_live_upstreams          fail    fail fail pass pass    pass
//   nothing_listening          fail    fail fail pass pass    pass
//   proxy_pass_to_php_fpm      fail    fail fail pass pass    pass
//   slow_upstream              pass    fail fail pass fail    pass
//   unix_socket_missing        fail    fail fail pass pass    pass
//   unix_socket_permission     pass    fail fail pass pass    pass
//   upstream_closes            fail    fail fail pass pass    pass
//   upstream_resets            fail    fail fail pass pass    pass
//   variable_name_unknown      skipped fail fail pass pass    pass
//   variable_without_resolver  skipped fail fail pass pass    pass
//   wrong_port                 fail    fail fail pass pass    pass
// Step 3 failed wherever nginx answered 502/504 (or nothing), whatever stood between
// nginx and the upstream; step 4 passed where the root cause was its own (a wrong
// port, proxy_pass to PHP-FPM); step 1 passed an app that answers after nginx's
// timeout. The table in everyScenario_data() is what they say now, and why.

// Something to act on: a file:line, a command, or a setting.
bool namesSomethingSpecific(const QString &text)
{
    static const QRegularExpression fileLine(QStringLiteral("/[^\\s:]+:\\d+"));
    static const QRegularExpression command(
        QStringLiteral("\\b(nginx -t|systemctl|journalctl|ss -|curl|getent|tail|setsebool|nft|iptables|ps |"
                       "free -m|sudo|ls -ld|ip route|chgrp|chmod|chown)"));
    static const QRegularExpression setting(
        QStringLiteral("\\b((proxy|fastcgi|uwsgi|scgi|grpc)_[a-z_]+|resolver|pm\\.max_children|listen|"
                       "server_name|error_log)\\b"));
    return fileLine.match(text).hasMatch() || command.match(text).hasMatch() ||
           setting.match(text).hasMatch();
}

} // namespace

class TestStepVerdicts : public QObject
{
    Q_OBJECT
private slots:
    void everyScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected"); // steps 1..6
        // Why each non-✓ holds, by the step's own question:
        // config_invalid: nginx -t refuses the files, so no upstream, route or timeout in them
        // could be read: 1, 3 and 5 are not checked; 4 ✗ nginx -t.
        QTest::newRow("config_invalid")
            << QStringLiteral("config_invalid") << QStringLiteral("skipped pass skipped fail skipped pass");
        // 2 ✗ the log has DNS failures, 3 ✗ the resolver does not answer.
        QTest::newRow("dead_resolver")
            << QStringLiteral("dead_resolver") << QStringLiteral("skipped fail fail pass pass pass");
        // 2 ✗ "too big header", 5 ✗ proxy_buffer_size too small; 3 ✓ nginx connects.
        QTest::newRow("header_too_big")
            << QStringLiteral("header_too_big") << QStringLiteral("pass fail pass pass fail pass");
        QTest::newRow("healthy") << QStringLiteral("healthy")
                                 << QStringLiteral("pass pass pass pass pass pass");
        // 1 ⚠ it listens but its answer has a NUL byte (the fix is in the app, so 4 stays ✓).
        QTest::newRow("invalid_header")
            << QStringLiteral("invalid_header") << QStringLiteral("warn fail pass pass pass pass");
        // 1 ⚠ not on ::1; 4 ✗ proxy_pass names localhost, which nginx also tries as ::1, where
        // nothing listens (the log's refusals; the URL answers 200 after nginx's retry).
        QTest::newRow("localhost_ipv6")
            << QStringLiteral("localhost_ipv6") << QStringLiteral("warn fail pass fail pass pass");
        // 6 ✗ no nginx master: the refused URL is the symptom, not a reachability failure.
        QTest::newRow("nginx_stopped")
            << QStringLiteral("nginx_stopped") << QStringLiteral("pass pass pass pass pass fail");
        // 1 ✗ nothing listens; 3 has nothing to reach yet (step 1's answer).
        QTest::newRow("no_live_upstreams")
            << QStringLiteral("no_live_upstreams") << QStringLiteral("fail fail pass pass pass pass");
        QTest::newRow("nothing_listening")
            << QStringLiteral("nothing_listening") << QStringLiteral("fail fail pass pass pass pass");
        // 1 ⚠ PHP-FPM listens but resets HTTP, 4 ✗ proxy_pass where fastcgi_pass belongs,
        // 6 ✗ the log shows the upstream dropping connections.
        QTest::newRow("proxy_pass_to_php_fpm")
            << QStringLiteral("proxy_pass_to_php_fpm") << QStringLiteral("warn fail pass fail pass fail");
        // 1 ⚠ the app took 3.0 s, nginx waits 1 s; 3 ✓ nginx connects; 5 ✗ proxy_read_timeout.
        QTest::newRow("slow_upstream")
            << QStringLiteral("slow_upstream") << QStringLiteral("warn fail pass pass fail pass");
        // 1 ✗ the socket file does not exist; 3 has no socket to test yet (not checked).
        // 2 ✗ the log's refused connections, 3 ✗ nginx uses the address the name had at its
        // start (a question of names); 1 ✓ the app listens where the name points now.
        QTest::newRow("stale_name") << QStringLiteral("stale_name")
                                    << QStringLiteral("pass fail fail pass pass pass");
        // The same after the reload: history, a ⚠ where it was a ✗.
        QTest::newRow("stale_name_reloaded")
            << QStringLiteral("stale_name_reloaded") << QStringLiteral("pass warn warn pass pass pass");
        QTest::newRow("unix_socket_missing")
            << QStringLiteral("unix_socket_missing") << QStringLiteral("fail fail skipped pass pass pass");
        // 1 ✓ the app listens, 3 ✗ the worker user may not use its socket.
        QTest::newRow("unix_socket_permission")
            << QStringLiteral("unix_socket_permission") << QStringLiteral("pass fail fail pass pass pass");
        // 1 ⚠ listens but drops the request, 6 ✗ the upstream crashes on requests.
        QTest::newRow("upstream_closes")
            << QStringLiteral("upstream_closes") << QStringLiteral("warn fail pass pass pass fail");
        QTest::newRow("upstream_resets")
            << QStringLiteral("upstream_resets") << QStringLiteral("warn fail pass pass pass fail");
        QTest::newRow("variable_name_unknown")
            << QStringLiteral("variable_name_unknown") << QStringLiteral("skipped fail fail pass pass pass");
        QTest::newRow("variable_without_resolver") << QStringLiteral("variable_without_resolver")
                                                   << QStringLiteral("skipped fail fail pass pass pass");
        // 1 ✗ nothing listens where nginx connects, 4 ✗ proxy_pass names the wrong port.
        QTest::newRow("wrong_port") << QStringLiteral("wrong_port")
                                    << QStringLiteral("fail fail pass fail pass pass");
    }

    void everyScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        auto facts = std::make_shared<const Facts>(test::capturedFacts(scenario));
        const std::shared_ptr<const Diagnosis> d = DiagnosisEngine::analyzeFacts(facts, DiagnosisReport());
        const DiagnosisReport &report = d->report();
        QCOMPARE(report.steps.size(), kStepCount);
        QStringList got;
        for (const StepResult &s : report.steps)
            got << checkStatusCode(s.status);
        QString detail;
        for (const StepResult &s : report.steps) {
            for (const CheckResult &c : s.checks)
                detail += QStringLiteral("\n  %1 %2=%3: %4")
                              .arg(s.step)
                              .arg(c.id, checkStatusCode(c.status), c.explanation.left(140));
        }
        QVERIFY2(
            got.join(QLatin1Char(' ')) == expected,
            qPrintable(
                QStringLiteral("got %1, expected %2%3").arg(got.join(QLatin1Char(' ')), expected, detail)));

        for (const StepResult &s : report.steps) {
            const QString where = QStringLiteral("%1 step %2: %3").arg(scenario).arg(s.step).arg(s.next);
            QVERIFY2(!s.next.isEmpty(), qPrintable(where));
            QVERIFY2(!s.next.contains(QLatin1String("checks above marked")), qPrintable(where));
            if (s.status == CheckStatus::Pass || s.status == CheckStatus::Skipped)
                continue;
            // Not a ✓: its next action names something to act on, and is not the
            // all-clear advice.
            QVERIFY2(namesSomethingSpecific(s.next), qPrintable(where));
            QVERIFY2(s.next != stepNext(s.step), qPrintable(where));
            for (const CheckResult &c : s.checks) {
                if (c.status == CheckStatus::Warn || c.status == CheckStatus::Fail ||
                    c.status == CheckStatus::Error)
                    QVERIFY2(!c.next.isEmpty() || !StepAdvice::findingsOf(s.step, report.findings).isEmpty(),
                             qPrintable(where + QStringLiteral(" / ") + c.id));
            }
        }
        // Measurements in words: curl's raw -w output is a command's output, never evidence.
        for (const StepResult &s : report.steps) {
            for (const CheckResult &c : s.checks) {
                for (const Evidence &e : c.evidence)
                    QVERIFY2(!e.excerpt.contains(QLatin1String("time_namelookup=")),
                             qPrintable(scenario + QLatin1Char(' ') + c.id));
            }
        }
        // A finding's own step never shows ✓ (the application's faults aside on 4 and 5).
        for (const Finding &f : report.findings) {
            if (f.rootCause || (f.fixInApp && (f.step == 4 || f.step == 5)))
                continue;
            const StepResult *s = report.step(f.step);
            QVERIFY2(s && s->status != CheckStatus::Pass && s->status != CheckStatus::Skipped,
                     qPrintable(
                         QStringLiteral("%1: %2 on step %3").arg(scenario, causeCode(f.cause)).arg(f.step)));
        }
    }

    // The symptom is the diagnosis's: the failing URL's status and time through nginx.
    void theSymptomIsTheDiagnosiss()
    {
        auto facts = std::make_shared<const Facts>(test::capturedFacts(QStringLiteral("slow_upstream")));
        const DiagnosisReport report = DiagnosisEngine::analyzeFacts(facts, DiagnosisReport())->report();
        QCOMPARE(report.target.urlStatus, 504);
        QVERIFY2(report.target.urlSeconds > 0.9 && report.target.urlSeconds < 1.5,
                 qPrintable(QString::number(report.target.urlSeconds)));
        // Step 1 says the app took 3.0 s and nginx waits 1 s, and what to do.
        const StepResult *one = report.step(1);
        QVERIFY(one);
        QCOMPARE(one->status, CheckStatus::Warn);
        QVERIFY2(one->next.contains(QLatin1String("proxy_read_timeout")), qPrintable(one->next));
        // Step 3: nginx connects; the 504 is not its ✗.
        const StepResult *three = report.step(3);
        QVERIFY(three);
        QCOMPARE(three->status, CheckStatus::Pass);

        auto stopped = std::make_shared<const Facts>(test::capturedFacts(QStringLiteral("nginx_stopped")));
        const DiagnosisReport down = DiagnosisEngine::analyzeFacts(stopped, DiagnosisReport())->report();
        QCOMPARE(down.target.urlStatus, 0);
        QVERIFY2(down.target.urlProblem.contains(QLatin1String("refused")),
                 qPrintable(down.target.urlProblem));
    }
};

QTEST_GUILESS_MAIN(TestStepVerdicts)
#include "tst_stepverdicts.moc"
