// The cause table (app/model/Cause.cpp) and the step table (app/model/Step.cpp),
// and the README's list of causes, which must say what the table says.
#include "app/model/Cause.h"
#include "app/model/Step.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace gd;

namespace {
// The README's rows, as the table would write them.
QString readmeRow(const CauseInfo &c)
{
    return QStringLiteral("| `%1` | %2 | %3 | %4 |")
        .arg(QLatin1String(c.code), QLatin1String(c.title))
        .arg(c.step)
        .arg(c.httpStatus ? QString::number(c.httpStatus) : QStringLiteral("varies"));
}
} // namespace

class TestModelTables : public QObject
{
    Q_OBJECT
private slots:
    void causeTableIsInEnumOrderWithUniqueCodes()
    {
        QCOMPARE(causeTable().size(), 16);
        QSet<QString> codes;
        for (int i = 0; i < causeTable().size(); ++i) {
            const CauseInfo &c = causeTable().at(i);
            QCOMPARE(int(c.cause), i);
            const QString code = QString::fromLatin1(c.code);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(code).hasMatch(), c.code);
            QVERIFY2(!codes.contains(code), c.code);
            codes.insert(code);
            QCOMPARE(causeFromCode(code), std::optional<Cause>(c.cause));
            QVERIFY2(c.step >= 1 && c.step <= kStepCount, c.code);
            QVERIFY2(c.remedyStep >= 0 && c.remedyStep <= kStepCount, c.code);
            QVERIFY2(c.httpStatus == 0 || c.httpStatus == 502 || c.httpStatus == 504, c.code);
            QVERIFY2(!causeTitle(c.cause).isEmpty() && !causeExplanation(c.cause).isEmpty(), c.code);
            QVERIFY2(!causeRemedy(c.cause, QStringLiteral("127.0.0.1:8000")).contains(QLatin1String("%1")),
                     c.code);
            // A knock-on never follows from itself or from another knock-on.
            QVERIFY2(!causeFollowsFrom(c.cause, c.cause), c.code);
        }
        QVERIFY(!causeFromCode(QStringLiteral("no_such_cause")));
        QVERIFY(causeFollowsFrom(Cause::NoLiveUpstreams, Cause::UpstreamDown));
        QVERIFY(!causeFollowsFrom(Cause::UpstreamDown, Cause::NoLiveUpstreams));
    }

    void stepTableHasSixSteps()
    {
        QCOMPARE(stepTable().size(), kStepCount);
        for (int step = 1; step <= kStepCount; ++step) {
            QCOMPARE(stepTable().at(step - 1).number, step);
            QVERIFY(stepTitle(step).endsWith(QLatin1Char('?')));
            QVERIFY(stepShortTitle(step).startsWith(QString::number(step) + QLatin1Char('.')));
            QVERIFY(!stepIntro(step).isEmpty());
            QVERIFY(!stepNext(step).isEmpty());
        }
        QVERIFY(stepTitle(0).isEmpty());
        QVERIFY(stepTitle(kStepCount + 1).isEmpty());
    }

    void readmeListsTheCauseTable()
    {
        QFile readme(QStringLiteral(GD_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype begin = text.indexOf(QLatin1String("<!-- causes:begin"));
        const qsizetype end = text.indexOf(QLatin1String("<!-- causes:end -->"));
        QVERIFY2(begin >= 0 && end > begin,
                 "README.md has no <!-- causes:begin --> ... <!-- causes:end --> block");
        QStringList rows;
        for (const QString &line : text.mid(begin, end - begin).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("| `")))
                rows << line.trimmed();
        }
        QStringList expected;
        for (const CauseInfo &c : causeTable())
            expected << readmeRow(c);
        QVERIFY2(rows == expected, qPrintable(QStringLiteral("README.md's cause list differs from "
                                                             "app/model/Cause.cpp; it should read:\n") +
                                              expected.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestModelTables)
#include "tst_modeltables.moc"
