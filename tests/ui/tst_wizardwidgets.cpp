// The wizard's building blocks without a lab: the step-2 log index and model,
// evidence marks, the report writers and the texts.
#include "app/report/ReportHtml.h"

#include "app/model/Step.h"
#include "app/report/ReportMarkdown.h"
#include "remote/FileAccess.h"
#include "remote/LocalMachine.h"
#include "ui/log/ErrorLogIndex.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/log/LogFollower.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/EvidenceView.h"
#include "ui/widgets/StatusBadge.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {
// Real nginx 1.22 lines (tests/data/nginx-error-log), one refused and one timeout.
const QByteArray kRefused = "2024/05/01 10:00:00 [error] 1234#1234: *1 connect() failed (111: Connection "
                            "refused) while connecting to "
                            "upstream, client: 127.0.0.1, server: _, request: \"GET / HTTP/1.1\", upstream: "
                            "\"http://127.0.0.1:8080/\", "
                            "host: \"localhost\"";
const QByteArray kTimeout =
    "2024/05/01 10:00:05 [error] 1234#1234: *2 upstream timed out (110: Connection timed out) while reading "
    "response header from upstream, client: 127.0.0.1, server: _, request: \"GET /slow HTTP/1.1\", upstream: "
    "\"http://127.0.0.1:9090/slow\", host: \"localhost\"";
const QByteArray kNotice = "2024/05/01 09:59:00 [notice] 1233#1233: start worker processes";
} // namespace

class TestWizardWidgets : public QObject
{
    Q_OBJECT
private slots:
    void logIndexGroupsByCauseAndUpstream();
    void logModelFiltersAndFollows();
    void logModelMarksTheMatchedText();
    void followerNoticesARotatedLog();
    void evidenceSpanBecomesALineMark();
    void markdownFenceOutlastsBackticks();
    void reportsNameTheRootCause();
    void textsAreThere();
    void badgeSaysItsVerdict();
};

void TestWizardWidgets::logIndexGroupsByCauseAndUpstream()
{
    const QByteArray log = kNotice + '\n' + kRefused + '\n' + kRefused + '\n' + kTimeout + '\n';
    const ErrorLogIndex index = ErrorLogIndex::build(log);
    QCOMPARE(index.lineCount(), 4);
    const QList<const ErrorLogIndex::Group *> groups = index.groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.first()->rows.size(), size_t(2)); // most lines first
    QCOMPARE(groups.first()->upstream, QStringLiteral("127.0.0.1:8080"));
    QVERIFY(groups.at(1)->cause && *groups.at(1)->cause == Cause::UpstreamTimeout);
    QCOMPARE(index.line(log, 3), kTimeout);
}

void TestWizardWidgets::logModelFiltersAndFollows()
{
    const QByteArray log = kNotice + '\n' + kRefused + '\n';
    ErrorLogModel model;
    model.setLog(log, ErrorLogIndex::build(log));
    QCOMPARE(model.rowCount(), 2);
    const QString refusedKey = model.logIndex().groups().first()->key;
    model.setGroupFilter(refusedKey);
    QCOMPARE(model.rowCount(), 1);
    // Follow: a partial line waits for its end, then joins the group it belongs to.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendData(kRefused.left(40));
    QCOMPARE(model.rowCount(), 1);
    model.appendData(kRefused.mid(40) + '\n' + kTimeout + '\n');
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.totalLines(), 4);
    model.setGroupFilter(QString());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(3, 0)).toString(), QString::fromUtf8(kTimeout));
}

void TestWizardWidgets::followerNoticesARotatedLog()
{
    // logrotate moves error.log away and nginx writes a new one; by the next poll the new
    // file is already longer than the old one was. Its lines must all arrive, once, and
    // the follower must say it started over (sizes alone cannot tell).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("error.log"));
    const auto write = [](const QString &file, const QByteArray &bytes, QIODevice::OpenMode mode) {
        QFile f(file);
        QVERIFY(f.open(mode));
        QCOMPARE(f.write(bytes), bytes.size());
    };
    write(path, kNotice + '\n', QIODevice::WriteOnly);
    LocalMachine machine;
    const Result<FileTail> first = FileAccess(&machine).tailAndWait(path, 4096, 0, Privilege::User);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
    QVERIFY(!first->identity.isEmpty());
    QCOMPARE(first->fileSize, kNotice.size() + 1);

    LogFollower follower(&machine, path, Privilege::User, first->fileSize, first->identity);
    QSignalSpy appended(&follower, &LogFollower::appended);
    QSignalSpy restarted(&follower, &LogFollower::restarted);
    follower.start(50);
    write(path, kRefused + '\n', QIODevice::Append);
    QTRY_COMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).toByteArray(), kRefused + '\n');
    QCOMPARE(restarted.size(), 0);

    follower.stop();
    QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
    const QByteArray fresh = kTimeout + '\n' + kRefused + '\n' + kTimeout + '\n';
    write(path, fresh, QIODevice::WriteOnly);
    follower.start(50);
    QTRY_COMPARE(restarted.size(), 1);
    QTRY_COMPARE(appended.size(), 2);
    QCOMPARE(appended.at(1).at(0).toByteArray(), fresh);
    QCOMPARE(appended.at(1).at(1).toBool(), false); // the whole new file: no gap

    // Appended after the rotation: only the new line, no second restart.
    write(path, kNotice + '\n', QIODevice::Append);
    QTRY_COMPARE(appended.size(), 3);
    QCOMPARE(appended.at(2).at(0).toByteArray(), kNotice + '\n');
    QCOMPARE(restarted.size(), 1);
}

void TestWizardWidgets::logModelMarksTheMatchedText()
{
    const QByteArray log = kRefused + '\n' + kNotice + '\n';
    ErrorLogModel model;
    model.setLog(log, ErrorLogIndex::build(log));
    const QModelIndex first = model.index(0, 0);
    const int start = model.data(first, ErrorLogModel::MatchStartRole).toInt();
    const int length = model.data(first, ErrorLogModel::MatchLengthRole).toInt();
    QVERIFY(start >= 0 && length > 0);
    QVERIFY2(model.data(first).toString().mid(start, length).contains(QLatin1String("Connection refused")),
             qPrintable(model.data(first).toString().mid(start, length)));
    QVERIFY(model.data(first, ErrorLogModel::FailureRole).toBool());
    QCOMPARE(model.data(model.index(1, 0), ErrorLogModel::MatchStartRole).toInt(), -1);
}

void TestWizardWidgets::evidenceSpanBecomesALineMark()
{
    Evidence e;
    e.excerpt = QStringLiteral("location /api {\n    proxy_read_timeout 1s;\n}");
    e.line = 10;
    e.highlight(QStringLiteral("1s"));
    const LineMark mark = EvidenceView::markOf(e, 10);
    QCOMPARE(mark.line, 11);
    QCOMPARE(mark.spanStart, int(QStringLiteral("    proxy_read_timeout ").size()));
    QCOMPARE(mark.spanLength, 2);
    // Without a span, a block singles out no line (a one-liner is its own mark).
    Evidence block;
    block.excerpt = QStringLiteral("gd-curl\nhttp_code=504");
    QCOMPARE(EvidenceView::markOf(block, 1).line, 0);
    Evidence one;
    one.excerpt = QStringLiteral("proxy_read_timeout 1s;");
    QCOMPARE(EvidenceView::markOf(one, 7).line, 7);
}

void TestWizardWidgets::markdownFenceOutlastsBackticks()
{
    const QString fenced = ReportMarkdown::fence(QStringLiteral("a ```` b"));
    QVERIFY(fenced.startsWith(QStringLiteral("`````\n")));
    QVERIFY(fenced.endsWith(QStringLiteral("\n`````")));
}

void TestWizardWidgets::reportsNameTheRootCause()
{
    DiagnosisReport report;
    report.target.machine = QStringLiteral("this computer");
    report.target.configFile = QStringLiteral("/etc/nginx/nginx.conf");
    Finding f;
    f.cause = Cause::UpstreamTimeout;
    f.step = 5;
    f.summary = QStringLiteral("127.0.0.1:9090 took longer than proxy_read_timeout = 1s");
    f.remedy = QStringLiteral("Raise proxy_read_timeout to 75s.");
    Evidence e;
    e.source = QStringLiteral("config");
    e.file = QStringLiteral("/etc/nginx/sites-enabled/shop");
    e.line = 12;
    e.excerpt = QStringLiteral("proxy_read_timeout 1s;");
    e.highlight(QStringLiteral("1s"));
    f.evidence << e;
    report.findings << f;
    StepResult step;
    step.step = 5;
    step.title = QStringLiteral("Are the timeouts and buffers right?");
    step.status = CheckStatus::Fail;
    report.steps << step;

    const QString md = ReportMarkdown::render(report);
    QVERIFY(md.contains(QLatin1String("`upstream_timeout`")));
    QVERIFY(md.contains(QLatin1String("/etc/nginx/sites-enabled/shop:12")));
    QVERIFY(md.contains(QLatin1String("What matters: `1s`")));
    const QString html = ReportHtml::render(report);
    QVERIFY(html.contains(
        QLatin1String("proxy_read_timeout <b style=\"background-color:#ffe08a; color:#000\">1s</b>;")));
    QVERIFY(html.contains(causeTitle(Cause::UpstreamTimeout).toHtmlEscaped()));
}

void TestWizardWidgets::textsAreThere()
{
    for (int step = 1; step <= 6; ++step) {
        QVERIFY(!stepIntro(step).startsWith(QLatin1String("step.")));
        QVERIFY(!stepNext(step).startsWith(QLatin1String("step.")));
        QVERIFY(!stepTitle(step).startsWith(QLatin1String("step.")));
    }
    QCOMPARE(WizardTexts::text("no.such.key"), QStringLiteral("no.such.key"));
}

void TestWizardWidgets::badgeSaysItsVerdict()
{
    StatusBadge badge;
    QCOMPARE(badge.verdict(), QStringLiteral("idle"));
    badge.setRunning();
    QCOMPARE(badge.verdict(), QStringLiteral("running"));
    badge.setStatus(CheckStatus::Warn);
    QCOMPARE(badge.verdict(), QStringLiteral("warn"));
    QVERIFY(!badge.accessibleName().isEmpty());
}

QTEST_MAIN(TestWizardWidgets)
#include "tst_wizardwidgets.moc"
