#include "app/engine/FindingRanker.h"

#include <QtTest>

using namespace gd;

namespace {
Finding finding(Cause cause, double confidence, std::optional<Cause> root = std::nullopt,
                bool withEvidence = true)
{
    Finding f;
    f.cause = cause;
    f.confidence = confidence;
    f.rootCause = root;
    if (withEvidence)
        f.evidence << Evidence{QStringLiteral("error_log"),
                               QStringLiteral("/var/log/nginx/error.log"),
                               1,
                               QStringLiteral("line"),
                               -1,
                               0,
                               QString()};
    return f;
}
} // namespace

class TestFindingRanker : public QObject
{
    Q_OBJECT
private slots:
    void rootCauseFirstKnockOnAfterIt()
    {
        const QList<Finding> ranked =
            FindingRanker::rank({finding(Cause::NoLiveUpstreams, 0.9, Cause::UpstreamDown),
                                 finding(Cause::UpstreamTimeout, 0.5), finding(Cause::UpstreamDown, 0.8)});
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked[0].cause, Cause::UpstreamDown);
        QCOMPARE(ranked[1].cause, Cause::NoLiveUpstreams);
        QCOMPARE(ranked[2].cause, Cause::UpstreamTimeout);
    }
    void knockOnWithoutItsRootStandsAlone()
    {
        const QList<Finding> ranked = FindingRanker::rank(
            {finding(Cause::NoLiveUpstreams, 0.6, Cause::UpstreamDown), finding(Cause::HeaderTooBig, 0.7)});
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked[0].cause, Cause::HeaderTooBig);
        QCOMPARE(ranked[1].cause, Cause::NoLiveUpstreams);
    }
    void findingsWithoutEvidenceAreDropped()
    {
        const QList<Finding> ranked = FindingRanker::rank(
            {finding(Cause::UpstreamDown, 0.9, std::nullopt, false), finding(Cause::UpstreamTimeout, 0.5)});
        QCOMPARE(ranked.size(), 1);
        QCOMPARE(ranked[0].cause, Cause::UpstreamTimeout);
    }
    void causeCodesRoundTrip()
    {
        for (int i = 0; i <= int(Cause::NginxNotRunning); ++i) {
            const Cause c = Cause(i);
            QCOMPARE(causeFromCode(causeCode(c)), std::optional<Cause>(c));
            QVERIFY(!causeTitle(c).isEmpty());
        }
        QVERIFY(!causeFromCode(QStringLiteral("not_a_cause")));
    }
};

QTEST_GUILESS_MAIN(TestFindingRanker)
#include "tst_findingranker.moc"
