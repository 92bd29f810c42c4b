// The check tables (app/checks/*Checks.cpp): every row well formed, ids unique,
// each row in its own step's table.
#include "app/checks/CheckRegistry.h"
#include "app/model/Step.h"

#include <QSet>
#include <QtTest>

using namespace gd;

class TestCheckRegistry : public QObject
{
    Q_OBJECT
private slots:
    void everyRowIsWellFormed()
    {
        QSet<QString> ids;
        for (int step = 1; step <= kStepCount; ++step) {
            QVERIFY2(!CheckRegistry::ofStep(step).isEmpty(), qPrintable(QString::number(step)));
            for (const CheckDef &def : CheckRegistry::ofStep(step)) {
                const QString id = QString::fromLatin1(def.id);
                QVERIFY2(!ids.contains(id), def.id);
                ids.insert(id);
                QCOMPARE(def.step, step);
                QVERIFY2(def.title && *def.title, def.id);
                QVERIFY2(def.needs != 0, def.id);
                QVERIFY2(!factNeedNames(def.needs).isEmpty(), def.id);
                QVERIFY2(def.run, def.id);
                QCOMPARE(CheckRegistry::find(id), &def);
            }
        }
        QCOMPARE(CheckRegistry::all().size(), ids.size());
        QVERIFY(CheckRegistry::ofStep(0).isEmpty());
        QVERIFY(CheckRegistry::ofStep(7).isEmpty());
        QVERIFY(!CheckRegistry::find(QStringLiteral("no.such.check")));
    }

    void aStepTakesItsTitleFromTheStepTable()
    {
        const Facts facts;
        const ParsedFacts parsed = ParsedFacts::from(facts);
        for (int step = 1; step <= kStepCount; ++step) {
            const StepOutcome out = CheckRegistry::runStep(step, CheckInput{facts, parsed});
            QCOMPARE(out.result.step, step);
            QCOMPARE(out.result.title, stepTitle(step));
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckRegistry)
#include "tst_checkregistry.moc"
