// What findings claim, checked against the facts they were made from (issue 15, item 6:
// "remove every statement that can be false"). Every captured lab set-up
// (tests/data/facts) goes through the whole analysis; then each claim that names a
// file line, a number or a measurement must match what the commands really said:
//   - an edit's "old" text is the line as it reads in the config now, at that line;
//   - a config excerpt cited as evidence is what that file has at that line;
//   - a command to run is an argv, never a shell string;
//   - "took N s" and "(N bytes, measured)" are the probes' own figures;
//   - an upstream called down has no listener in the socket table;
//   - a finding says "step N" nowhere, and never names its cause code.
#include "app/engine/DiagnosisEngine.h"
#include "tests/checks/CapturedFacts.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace gd;

namespace {

// The config's own name for a real file (sites-enabled/x for sites-available/x).
QString configNameOf(const Facts &facts, const QString &realFile)
{
    for (const QString &f : facts.config->files()) {
        if (f == realFile || facts.realPaths.value(f) == realFile)
            return f;
    }
    return QString();
}

} // namespace

class TestFindingClaims : public QObject
{
    Q_OBJECT
private slots:
    void everyScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &s : test::capturedScenarios())
            QTest::newRow(qPrintable(s)) << s;
    }

    void everyScenario()
    {
        QFETCH(QString, scenario);
        auto facts = std::make_shared<const Facts>(test::capturedFacts(scenario));
        DiagnosisReport seed;
        const std::shared_ptr<const Diagnosis> d = DiagnosisEngine::analyzeFacts(facts, seed);
        const DiagnosisReport &report = d->report();
        const ParsedFacts &parsed = d->parsed();
        int claims = 0;
        for (const Finding &f : report.findings) {
            const QString all = f.summary + QLatin1Char('\n') + f.remedy;
            QVERIFY2(!all.contains(QLatin1String("(step ")), qPrintable(all));
            QVERIFY2(!all.contains(causeCode(f.cause) + QLatin1Char(' ')) &&
                         !all.contains(QLatin1Char('[') + causeCode(f.cause) + QLatin1Char(']')),
                     qPrintable(all));
            for (const FixAction &a : f.actions) {
                if (a.kind == FixAction::Kind::Command) {
                    QVERIFY(!a.argv.isEmpty());
                    const QString program = a.argv.first().section(QLatin1Char('/'), -1);
                    QVERIFY2(!((program == QLatin1String("sh") || program == QLatin1String("bash")) &&
                               a.argv.contains(QLatin1String("-c"))),
                             qPrintable(a.argv.join(QLatin1Char(' '))));
                    continue;
                }
                if (!facts->config)
                    continue;
                const QString name = configNameOf(*facts, a.file);
                if (name.isEmpty())
                    continue; // not an nginx config file (a PHP-FPM pool)
                QCOMPARE(facts->config->lineText(name, a.line), a.oldText);
                ++claims;
            }
            for (const Evidence &e : f.evidence) {
                if (e.source != QLatin1String("config") || e.line <= 0 || !facts->config)
                    continue;
                const QString line = facts->config->lineText(e.file, e.line);
                QVERIFY2(!line.isEmpty() &&
                             line.contains(e.excerpt.trimmed().section(QLatin1Char(' '), 0, 0)),
                         qPrintable(QStringLiteral("%1:%2 reads \"%3\", cited as \"%4\"")
                                        .arg(e.file)
                                        .arg(e.line)
                                        .arg(line, e.excerpt)));
                ++claims;
            }
            // "Down" means nothing accepts connections there, by the socket table.
            static const QRegularExpression hostPort(QStringLiteral("^(\\d+\\.\\d+\\.\\d+\\.\\d+):(\\d+)$"));
            if (const QRegularExpressionMatch m = hostPort.match(f.upstream);
                f.cause == Cause::UpstreamDown && m.hasMatch() && parsed.listenersKnown) {
                QVERIFY2(
                    !parsed.listeners.matchTcp(m.captured(1), quint16(m.captured(2).toUInt())).anyListening(),
                    qPrintable(f.summary));
                ++claims;
            }
            // Measurements are quoted as the probes measured them.
            static const QRegularExpression took(
                QStringLiteral("Sent straight to (\\S+) just now, the request took "
                               "(?:only )?([0-9.]+) s"));
            if (const QRegularExpressionMatch m = took.match(f.remedy); m.hasMatch()) {
                QVERIFY2(parsed.urlProbes.contains(m.captured(1)), qPrintable(f.remedy));
                QCOMPARE(QString::number(parsed.urlProbes.value(m.captured(1)).seconds, 'f', 1),
                         m.captured(2));
                ++claims;
            }
            static const QRegularExpression bytes(QStringLiteral("\\((\\d+) bytes, measured\\)"));
            if (const QRegularExpressionMatch m = bytes.match(f.summary); m.hasMatch()) {
                int measured = parsed.probes.value(f.upstream).headerBytes;
                for (const EndpointProbe &p : parsed.urlProbes)
                    measured = std::max(measured, p.headerBytes);
                QCOMPARE(m.captured(1).toInt(), measured);
                ++claims;
            }
        }
        qInfo("%s: %d findings, %d claims checked", qPrintable(scenario), int(report.findings.size()),
              claims);
    }
};

QTEST_GUILESS_MAIN(TestFindingClaims)
#include "tst_findingclaims.moc"
