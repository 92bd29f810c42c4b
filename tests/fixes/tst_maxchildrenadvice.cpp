// MaxChildrenAdvice: the arithmetic and the wording, on round numbers and on what a real
// php-fpm pool and /proc/meminfo showed (tests/data/fixes/php-fpm/ps-rss.txt,
// meminfo.txt).
#include "app/checks/MaxChildrenAdvice.h"
#include "tests/fixes/FixesTestData.h"

#include <QtTest>

using namespace gd;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestMaxChildrenAdvice : public QObject
{
    Q_OBJECT
private slots:
    void nothingToGoOn();
    void raiseWithinMemory();
    void raiseCappedInSteps();
    void alreadyAtTheLimit();
    void lowerWhenMemoryDemands();
    void memoryExhausted();
    void fromARealPool();
    void smallBacklogIsRaised();
};

void TestMaxChildrenAdvice::nothingToGoOn()
{
    QVERIFY(!MaxChildrenAdvice::suggest(1024 * kMiB, 0, 5, 5));          // no RSS
    QVERIFY(!MaxChildrenAdvice::suggest(1024 * kMiB, 100 * kMiB, 0, 5)); // no children running
    QVERIFY(!MaxChildrenAdvice::suggest(-1, 100 * kMiB, 2, 5));          // no memory figure
    QVERIFY(!MaxChildrenAdvice::suggest(1024 * kMiB, 100 * kMiB, 2, 0)); // no current value
}

// 5 children of 50 MiB, 500 MiB available: (500 + 250) × 80% = 600 MiB → 12 children.
void TestMaxChildrenAdvice::raiseWithinMemory()
{
    const auto advice = MaxChildrenAdvice::suggest(500 * kMiB, 250 * kMiB, 5, 5);
    QVERIFY(advice);
    QCOMPARE(advice->value, 12);
    QVERIFY2(advice->reason.contains(
                 QLatin1String("The pool's 5 running children use 250 MiB together, about 50 MiB each")),
             qPrintable(advice->reason));
    QVERIFY2(advice->reason.contains(
                 QLatin1String("With 500 MiB available, the pool can safely use 600 MiB (80%")),
             qPrintable(advice->reason));
    QVERIFY2(advice->reason.contains(QLatin1String("Raise pm.max_children from 5 to 12.")),
             qPrintable(advice->reason));
}

// Room for 69 children of 50 MiB, but from 5 at most to 20 in one step.
void TestMaxChildrenAdvice::raiseCappedInSteps()
{
    const auto advice = MaxChildrenAdvice::suggest(4096 * kMiB, 250 * kMiB, 5, 5);
    QVERIFY(advice);
    QCOMPARE(advice->value, 20);
    QVERIFY2(advice->reason.contains(QLatin1String("room for about 69 children")),
             qPrintable(advice->reason));
    QVERIFY2(advice->reason.contains(QLatin1String("Memory would allow 69")), qPrintable(advice->reason));
}

void TestMaxChildrenAdvice::alreadyAtTheLimit()
{
    // (500 + 250) × 80% = 600 MiB: exactly the 12 children of 50 MiB already allowed.
    const auto advice = MaxChildrenAdvice::suggest(500 * kMiB, 250 * kMiB, 5, 12);
    QVERIFY(advice);
    QCOMPARE(advice->value, 12);
    QVERIFY2(advice->reason.contains(QLatin1String("already 12")), qPrintable(advice->reason));
}

// 10 children of 50 MiB with 100 MiB left: (100 + 500) × 80% = 480 MiB → 9 children,
// far below the 50 allowed now. Memory demands lowering, and the reason says so.
void TestMaxChildrenAdvice::lowerWhenMemoryDemands()
{
    const auto advice = MaxChildrenAdvice::suggest(100 * kMiB, 500 * kMiB, 10, 50);
    QVERIFY(advice);
    QCOMPARE(advice->value, 9);
    QVERIFY2(advice->reason.contains(
                 QLatin1String("pm.max_children is 50: when the pool is busy, 50 children would need about "
                               "2500 MiB, more than is safe. Lower it to 9")),
             qPrintable(advice->reason));
    // Only memory lowers it, not how many children happen to run: 2 running, 50
    // allowed, (8192 + 100) × 80% = 6633 MiB is room for 132 of 50 MiB: raise.
    QCOMPARE(MaxChildrenAdvice::suggest(8192 * kMiB, 100 * kMiB, 2, 50)->value, 132);
}

void TestMaxChildrenAdvice::memoryExhausted()
{
    const auto advice = MaxChildrenAdvice::suggest(0, 10 * kMiB, 1, 5);
    QVERIFY(advice);
    QCOMPARE(advice->value, 1);
    QVERIFY2(advice->reason.contains(QLatin1String("almost exhausted")), qPrintable(advice->reason));
}

// A real Debian pool, static with 4 children, on a machine with ~22 GiB available:
// memory is no limit, so the advice is the one-step cap, 4 × 4.
void TestMaxChildrenAdvice::fromARealPool()
{
    const QList<QByteArray> ps = gd::test::readFixesData(QStringLiteral("php-fpm/ps-rss.txt")).split('\n');
    qint64 rss = 0;
    int children = 0;
    for (const QByteArray &line : ps) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 6 && f.at(3) == "php-fpm:" && f.at(4) == "pool") {
            rss += f.at(2).toLongLong() * 1024; // ps reports KiB
            ++children;
        }
    }
    qint64 available = 0;
    for (const QByteArray &line :
         gd::test::readFixesData(QStringLiteral("php-fpm/meminfo.txt")).split('\n')) {
        if (line.startsWith("MemAvailable:"))
            available = line.simplified().split(' ').at(1).toLongLong() * 1024;
    }
    QCOMPARE(children, 4);
    QVERIFY(rss > 4 * kMiB && available > kMiB);
    const auto advice = MaxChildrenAdvice::suggest(available, rss, children, 4);
    QVERIFY(advice);
    QCOMPARE(advice->value, 16);
    QVERIFY2(advice->reason.contains(
                 QStringLiteral("The pool's 4 running children use %1 MiB together, about %2 MiB each")
                     .arg((rss + kMiB / 2) / kMiB)
                     .arg((rss / 4 + kMiB / 2) / kMiB)),
             qPrintable(advice->reason));
    QVERIFY2(advice->reason.contains(QLatin1String("Raise pm.max_children from 4 to 16.")),
             qPrintable(advice->reason));
}

void TestMaxChildrenAdvice::smallBacklogIsRaised()
{
    const std::optional<MaxChildrenAdvice::Advice> zero = MaxChildrenAdvice::backlog(0, 4);
    QVERIFY(zero);
    QCOMPARE(zero->value, 511);
    QVERIFY2(zero->reason.contains(QLatin1String("listen.backlog is 0")), qPrintable(zero->reason));
    QVERIFY2(zero->reason.contains(QLatin1String("Resource temporarily unavailable")),
             qPrintable(zero->reason));
    QCOMPARE(MaxChildrenAdvice::backlog(64, 8)->value, 511);
    QCOMPARE(MaxChildrenAdvice::backlog(511, 600)->value, 600); // never below the children
    QVERIFY(!MaxChildrenAdvice::backlog(511, 20));              // php-fpm's default is fine
    QVERIFY(!MaxChildrenAdvice::backlog(128, 128));
}

QTEST_GUILESS_MAIN(TestMaxChildrenAdvice)
#include "tst_maxchildrenadvice.moc"
