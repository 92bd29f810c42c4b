// FindingSections: the runs of findings under one heading, and which of a side
// section's findings are shown whole (the terminal report and the wizard's summary
// both list findings this way).
#include "app/model/FindingSections.h"

#include <QtTest>

using namespace gd;

class TestFindingSections : public QObject
{
    Q_OBJECT

    // "u": the URL's live cause, "e": elsewhere, "p": history, "r": next reload.
    static QList<Finding> findingsOf(const QString &kinds)
    {
        QList<Finding> findings;
        for (const QChar kind : kinds) {
            Finding f;
            f.scope = kind == QLatin1Char('e') ? FindingScope::Elsewhere : FindingScope::Url;
            f.timing = kind == QLatin1Char('p')   ? FindingTiming::Past
                       : kind == QLatin1Char('r') ? FindingTiming::NextReload
                                                  : FindingTiming::Now;
            findings << f;
        }
        return findings;
    }

    // "heading begin-end/whole" per section, a heading by its first word ("-" for none).
    static QString layoutOf(const QList<Finding> &findings)
    {
        QList<const Finding *> ranked;
        for (const Finding &f : findings)
            ranked << &f;
        QStringList parts;
        for (const FindingSections::Section &s : FindingSections::of(ranked))
            parts << QStringLiteral("%1 %2-%3/%4")
                         .arg(s.heading.isEmpty() ? QStringLiteral("-")
                                                  : s.heading.section(QLatin1Char(' '), 0, 0))
                         .arg(s.begin)
                         .arg(s.end)
                         .arg(s.whole);
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void sections_data()
    {
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QString>("layout");
        QTest::newRow("nothing") << QString() << QString();
        // The URL's own causes are never folded, however many.
        QTest::newRow("url only") << QStringLiteral("uuuuuuuu") << QStringLiteral("- 0-8/8");
        // Five elsewhere: folding two would save nothing.
        QTest::newRow("five elsewhere")
            << QStringLiteral("ueeeee") << QStringLiteral("- 0-1/1 Elsewhere 1-6/5");
        QTest::newRow("six elsewhere")
            << QStringLiteral("ueeeeee") << QStringLiteral("- 0-1/1 Elsewhere 1-7/3");
        QTest::newRow("each side section on its own")
            << QStringLiteral("uueeeeeerpppppppp")
            << QStringLiteral("- 0-2/2 Elsewhere 2-8/3 Will 8-9/1 Errors 9-17/3");
        QTest::newRow("history only") << QStringLiteral("pppp") << QStringLiteral("Errors 0-4/4");
    }
    void sections()
    {
        QFETCH(QString, kinds);
        QFETCH(QString, layout);
        QCOMPARE(layoutOf(findingsOf(kinds)), layout);
    }

    // Folded findings are the section's last ones, and the sections cover the list once.
    void foldedAreTheRest()
    {
        const QList<Finding> findings = findingsOf(QStringLiteral("ueeeeeeeeee"));
        QList<const Finding *> ranked;
        for (const Finding &f : findings)
            ranked << &f;
        const QList<FindingSections::Section> sections = FindingSections::of(ranked);
        QCOMPARE(sections.size(), 2);
        QVERIFY(!sections.at(0).folds());
        QVERIFY(sections.at(1).folds());
        QCOMPARE(sections.at(1).foldedBegin(), 4);
        QCOMPARE(sections.at(1).end, 11);
    }
};

QTEST_GUILESS_MAIN(TestFindingSections)
#include "tst_findingsections.moc"
