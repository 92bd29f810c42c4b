// The terminal report read as a person reads it: facts captured from the lab's real
// set-ups (tests/data/facts) go through the whole analysis, and the text must lead
// with the cause, stay short, print every action exactly and explain its jargon.
#include "app/cli/ReportText.h"
#include "app/engine/DiagnosisEngine.h"
#include "tests/checks/CapturedFacts.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace gd;

namespace {

DiagnosisReport reportFor(const QString &scenario)
{
    auto facts = std::make_shared<const Facts>(test::capturedFacts(scenario));
    DiagnosisReport report;
    report.target.machine = QStringLiteral("this computer");
    report.target.url = QStringLiteral("http://127.0.0.1:8080/");
    return DiagnosisEngine::analyzeFacts(facts, report)->report();
}

} // namespace

class TestReportText : public QObject
{
    Q_OBJECT
private slots:
    void everyScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &s : test::capturedScenarios())
            QTest::newRow(qPrintable(s)) << s;
        QVERIFY(test::capturedScenarios().size() >= 10);
    }

    void everyScenario()
    {
        QFETCH(QString, scenario);
        const DiagnosisReport report = reportFor(scenario);
        const QString text = ReportText::render(report, false);
        const QStringList lines = text.split(QLatin1Char('\n'));

        // No colour codes without a terminal, no "(step N)" tails, no bracketed codes.
        QVERIFY(!text.contains(QLatin1Char('\x1b')));
        QVERIFY2(!text.contains(QStringLiteral("(step ")), qPrintable(text));
        for (const Finding &f : report.findings)
            QVERIFY2(!text.contains(QLatin1Char('[') + causeCode(f.cause) + QLatin1Char(']')),
                     qPrintable(text));

        if (report.findings.isEmpty()) {
            QVERIFY2(text.contains(QStringLiteral("No problem found")), qPrintable(text));
            return;
        }
        // Only other sites' problems or history: said so, and none is "what is wrong".
        if (!report.problemFound()) {
            QVERIFY2(text.contains(QStringLiteral("No problem found with")) ||
                         text.contains(QStringLiteral("No live problem found")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("What is wrong")), qPrintable(text));
            return;
        }
        // The summary comes first: what is wrong is the 4th to 6th line (after the header,
        // which names what serves the URL when one was given), named by the root cause's title.
        const int what = int(lines.indexOf(QRegularExpression(QStringLiteral("^What is wrong: .*"))));
        QVERIFY2(what >= 0 && what <= 5, qPrintable(text));
        QVERIFY(report.rootCause());
        QCOMPARE(lines[what], QStringLiteral("What is wrong: ") + causeTitle(report.rootCause()->cause));
        QVERIFY(lines.value(what + 1).startsWith(QStringLiteral("Why:")));
        QVERIFY(lines.value(what + 2).startsWith(QStringLiteral("Fix:")));

        // Every action as it will be carried out: old and new lines, the exact command.
        for (const Finding &f : report.findings) {
            if (f.rootCause)
                continue;
            for (const FixAction &a : f.actions) {
                if (a.kind == FixAction::Kind::Edit) {
                    QVERIFY2(text.contains(QStringLiteral("edit %1 line %2").arg(a.file).arg(a.line)),
                             qPrintable(text));
                    QVERIFY2(text.contains(QStringLiteral("- ") + a.oldText.trimmed()), qPrintable(text));
                } else {
                    QVERIFY2(text.contains(QStringLiteral("run  ") + ReportText::commandLine(a)),
                             qPrintable(text));
                }
            }
        }

        // One piece of evidence per finding, however many log lines there were.
        int findings = 0;
        for (const Finding &f : report.findings)
            findings += f.rootCause ? 0 : 1;
        QCOMPARE(int(text.count(QStringLiteral("   ▸ "))), findings);

        // A one-cause diagnosis reads in about 25 lines (plus its actions and glossary).
        if (findings == 1) {
            int actionLines = 0;
            for (const FixAction &a : report.findings.first().actions)
                actionLines +=
                    a.kind == FixAction::Kind::Edit ? 2 + int(a.newText.count(QLatin1Char('\n'))) : 0;
            const int glossary = int(lines.size() - lines.indexOf(QStringLiteral("Words used above")));
            const int body = int(lines.size()) - actionLines -
                             (text.contains(QStringLiteral("Words used above")) ? glossary : 0);
            QVERIFY2(body <= 25, qPrintable(QStringLiteral("%1 lines:\n%2").arg(body).arg(text)));
        }
        // No line is one of nginx's 330-character log lines in full.
        for (const QString &l : lines)
            QVERIFY2(l.size() <= 260 || l.contains(QStringLiteral("Fix")) ||
                         l.startsWith(QStringLiteral("   ")),
                     qPrintable(l));
    }

    void glossaryExplainsErrnoTexts()
    {
        const QString text = ReportText::render(reportFor(QStringLiteral("nothing_listening")), false);
        QVERIFY2(text.contains(QStringLiteral("Connection refused")), qPrintable(text));
        const int at = int(text.indexOf(QStringLiteral("Words used above")));
        QVERIFY2(at > 0, qPrintable(text));
        QVERIFY(text.mid(at).contains(QStringLiteral("Connection refused: ")));
        // Only words that were used: nothing about TLS in a refused connection.
        QVERIFY2(!text.mid(at).contains(QStringLiteral("SSL: ")), qPrintable(text));
    }

    void commandsQuotedOnlyWhereNeeded()
    {
        const FixAction plain = FixAction::command(
            {QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("nginx")}, true,
            FixAction::Host::Nginx, QString());
        QCOMPARE(ReportText::commandLine(plain), QStringLiteral("sudo systemctl reload nginx"));
        const FixAction odd = FixAction::command(
            {QStringLiteral("chmod"), QStringLiteral("o+x"), QStringLiteral("/srv/my app/it's")}, false,
            FixAction::Host::Upstream, QString());
        QCOMPARE(ReportText::commandLine(odd), QStringLiteral("chmod o+x '/srv/my app/it'\\''s'"));
    }

    // A log line carries whatever a client sent; none of it may drive the terminal
    // (a carriage return is whitespace, which the report folds to a space anyway).
    void controlBytesNeverReachTheTerminal()
    {
        DiagnosisReport report = reportFor(QStringLiteral("nothing_listening"));
        QVERIFY(!report.findings.isEmpty() && !report.findings.first().evidence.isEmpty());
        const QString hostile = QStringLiteral("GET /\x1b]0;owned\x07\x1b[2J\rX\x08\u009b31m HTTP/1.1");
        report.findings.first().evidence.first().excerpt = hostile;
        report.findings.first().summary += hostile;
        for (const bool colour : {false, true}) {
            QString text = ReportText::render(report, colour);
            QVERIFY2(text.contains(QStringLiteral("GET /^[]0;owned^G^[[2J X^H\ufffd31m HTTP/1.1")),
                     qPrintable(text));
            text.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m"))); // colour, ours
            for (const QChar c : std::as_const(text)) {
                const char16_t u = c.unicode();
                QVERIFY2(u == u'\n' || u == u'\t' || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)),
                         qPrintable(
                             QStringLiteral("control character U+%1").arg(int(u), 4, 16, QLatin1Char('0'))));
            }
        }
    }

    // A big server: 40 dead upstreams and 5 timeouts on other sites. The first three are
    // whole, the rest one line per cause with their numbers and first upstreams, so the
    // report stays readable; the URL's own finding still comes first, whole.
    void manyFindingsElsewhereAreGrouped()
    {
        DiagnosisReport report = reportFor(QStringLiteral("nothing_listening"));
        QVERIFY(!report.numberedFindings().isEmpty());
        const Finding own = *report.numberedFindings().first();
        const int before = int(report.numberedFindings().size());
        for (const Finding *f : report.numberedFindings())
            QVERIFY(f->scope != FindingScope::Elsewhere); // ours are the only ones elsewhere
        for (int i = 0; i < 45; ++i) {
            Finding f = own;
            f.scope = FindingScope::Elsewhere;
            f.cause = i < 40 ? Cause::UpstreamDown : Cause::UpstreamTimeout;
            f.upstream = QStringLiteral("127.0.0.1:%1").arg(9000 + i);
            report.findings.append(f);
        }
        const QString text = ReportText::render(report, false);
        const int first = before + 1; // the first finding elsewhere
        QVERIFY2(
            text.contains(
                QStringLiteral("%1. %2 — 127.0.0.1:9000").arg(first).arg(causeTitle(Cause::UpstreamDown))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1. %2 — 127.0.0.1:9002")
                                   .arg(first + 2)
                                   .arg(causeTitle(Cause::UpstreamDown))),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("%1. ").arg(first + 3)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("And 42 more here, by cause")), qPrintable(text));
        QVERIFY2(
            text.contains(
                QStringLiteral("%1 ×37 (%2–%3): 127.0.0.1:9003, 127.0.0.1:9004, 127.0.0.1:9005 and 34 more")
                    .arg(causeTitle(Cause::UpstreamDown))
                    .arg(first + 3)
                    .arg(first + 39)),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                                   "%1 ×5 (%2–%3): 127.0.0.1:9040, 127.0.0.1:9041, 127.0.0.1:9042 and 2 more")
                                   .arg(causeTitle(Cause::UpstreamTimeout))
                                   .arg(first + 40)
                                   .arg(first + 44)),
                 qPrintable(text));
        QVERIFY2(text.count(QLatin1Char('\n')) <
                     ReportText::render(reportFor(QStringLiteral("nothing_listening")), false)
                             .count(QLatin1Char('\n')) +
                         3 * 12 + 10,
                 qPrintable(text));
        // Four or five elsewhere are shown whole: grouping starts above that.
        report.findings.resize(report.findings.size() - 40);
        const QString few = ReportText::render(report, false);
        QVERIFY2(few.contains(QStringLiteral("%1. ").arg(first + 4)) &&
                     !few.contains(QLatin1String("more here")),
                 qPrintable(few));
    }

    void colourOnlyOnATerminal()
    {
        const QString text = ReportText::render(reportFor(QStringLiteral("wrong_port")), true);
        QVERIFY(text.contains(QStringLiteral("\x1b[")));
    }
};

QTEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
