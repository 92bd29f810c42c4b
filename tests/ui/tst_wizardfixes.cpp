// Steps 5 and 6 of the wizard against the real lab, driven like a person would:
// Apply on the slow upstream (preview, confirm, the stages, the URL answering 200
// afterwards, the summary listing the change), Reload and Monitor on a healthy
// site, and Roll back restoring the file byte-identical. Real nginx, real files.
#include "app/fixes/UrlMonitor.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPoolLoad.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"
#include "tests/ui/WizardDriver.h"
#include "tests/ui/WizardLab.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/actions/MaxChildrenAction.h"
#include "ui/actions/MonitorAction.h"
#include "ui/actions/MonitorChart.h"
#include "ui/actions/PoolLoadChart.h"
#include "ui/actions/ReloadAction.h"
#include "ui/actions/RestartAction.h"
#include "ui/actions/ResultLabel.h"
#include "ui/actions/RollbackAction.h"
#include "ui/actions/StageList.h"
#include "ui/actions/TimeoutsEditor.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/panels/ServiceHealthPanel.h"
#include "ui/panels/TimeoutsPanel.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/CompactTable.h"
#include "ui/widgets/NoticeBar.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;
using gd::test::WizardDriver;
using gd::test::WizardLab;

class TestWizardFixes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void applyFixesTheSlowUpstream();
    void invalidValuesAreShownAndBlockApply();
    void reloadAndMonitorOnAHealthySite();
    void restartWithoutServiceManagerShowsWhatToRun();
    void rollBackRestoresTheFileByteIdentical();
    void raisesPhpFpmMaxChildrenFromMeasuredMemory();
    void raisesASmallBacklogWithTheChildren();
    void monitorChartsThePhpFpmPoolsLoad();
    void droppedConnectionMidChangeKeepsThePageAndTheServerRestores();

private:
    // A window diagnosed against the scenario (local target).
    static std::unique_ptr<MainWindow> diagnosed(WizardLab &lab, const QString &scenario);
    static QByteArray readFile(const QString &path);
    static TimeoutsEditor *editorOf(MainWindow &window);
    static ServiceHealthPanel *servicesOf(MainWindow &window);
    // Apply through step 5 with the prefilled values; waits for the cycle's end.
    static void applyRecommendation(MainWindow &window);
    // Step 5's raise of pm.max_children on a real pool with two children (plus
    // extraPoolLines); `changes` are the pool lines it must rewrite.
    static void raiseMaxChildren(const QString &extraPoolLines,
                                 const QList<QPair<QByteArray, QByteArray>> &changes);
};

void TestWizardFixes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WizardApp::setUp(*qApp);
}

std::unique_ptr<MainWindow> TestWizardFixes::diagnosed(WizardLab &lab, const QString &scenario)
{
    return WizardDriver::diagnosedWindow(lab, scenario);
}

QByteArray TestWizardFixes::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TimeoutsEditor *TestWizardFixes::editorOf(MainWindow &window)
{
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    return panel ? panel->editor() : nullptr;
}

ServiceHealthPanel *TestWizardFixes::servicesOf(MainWindow &window)
{
    return qobject_cast<ServiceHealthPanel *>(window.stepPage(6)->panel());
}

void TestWizardFixes::applyRecommendation(MainWindow &window)
{
    window.goToStep(5);
    TimeoutsEditor *editor = editorOf(window);
    QVERIFY(editor);
    auto *apply = editor->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    ApplyFlow *flow = editor->flow();
    // Nothing is written before the user confirms the diff.
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    QCOMPARE(flow->stages()->stateOf(EditStage::Write), QStringLiteral("idle"));
    QVERIFY(flow->diffView()->isVisible());
    QVERIFY2(flow->diffView()->toPlainText().contains(QLatin1String("+")),
             qPrintable(flow->diffView()->toPlainText()));
    QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isRunning(), 60000);
}

void TestWizardFixes::applyFixesTheSlowUpstream()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("slow_upstream"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    const QByteArray before = readFile(lab.configPath());

    window.goToStep(5);
    TimeoutsEditor *editor = editorOf(window);
    QVERIFY(editor);
    // Prefilled with the diagnosis's recommendation: a read timeout longer than 1s.
    QLineEdit *read = editor->field(QStringLiteral("proxy_read_timeout"));
    QVERIFY(read);
    QVERIFY2(!read->text().isEmpty() && read->text() != QLatin1String("1s"), qPrintable(read->text()));

    // Preview: the diff, and nothing written.
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);
    ApplyFlow *flow = editor->flow();
    QTRY_COMPARE_WITH_TIMEOUT(flow->outcomeCode(), QStringLiteral("dry-run"), 30000);
    const QString diff = flow->diffView()->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("-    proxy_read_timeout 1s;")) || diff.contains(QLatin1String("-")),
             qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+")) && diff.contains(read->text()), qPrintable(diff));
    QCOMPARE(readFile(lab.configPath()), before);
    QVERIFY(window.session()->journal()->records().isEmpty());

    // Escape at the question cancels: nothing written, nothing in the summary.
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(flow->outcomeCode(), QStringLiteral("declined"), 10000);
    QCOMPARE(readFile(lab.configPath()), before);
    QCOMPARE(flow->stages()->stateOf(EditStage::Write), QStringLiteral("skipped"));
    QVERIFY(window.session()->journal()->records().isEmpty());

    applyRecommendation(window);
    QCOMPARE(flow->outcomeCode(), QStringLiteral("applied"));
    const EditOutcome &outcome = flow->lastOutcome();
    QCOMPARE(outcome.probeBefore, QStringLiteral("504"));
    QCOMPARE(outcome.probeAfter, QStringLiteral("200"));
    QVERIFY(!outcome.backups.isEmpty());
    QCOMPARE(readFile(outcome.backups.first()), before);
    QVERIFY(readFile(lab.configPath())
                .contains(QStringLiteral("proxy_read_timeout %1;").arg(read->text()).toUtf8()));
    // Every stage that runs on this computer passed; the guard is not needed here.
    for (EditStage stage : {EditStage::Read, EditStage::Plan, EditStage::Confirm, EditStage::Backup,
                            EditStage::Write, EditStage::Test, EditStage::Reload, EditStage::Probe})
        QVERIFY2(flow->stages()->stateOf(stage) == QLatin1String("pass"),
                 qPrintable(editStageName(stage) + QStringLiteral(": ") + flow->stages()->stateOf(stage)));
    for (EditStage stage : {EditStage::Arm, EditStage::Disarm})
        QCOMPARE(flow->stages()->stateOf(stage), QStringLiteral("skipped"));
    QCOMPARE(flow->stages()->stateOf(EditStage::Restore), QStringLiteral("idle"));
    auto *outcomeLabel = flow->findChild<QLabel *>(QStringLiteral("applyOutcome"));
    QVERIFY(outcomeLabel && outcomeLabel->isVisible());
    QVERIFY2(outcomeLabel->text().contains(QLatin1String("Applied and confirmed")),
             qPrintable(outcomeLabel->text()));
    QVERIFY2(outcomeLabel->text().contains(QLatin1String("504")) &&
                 outcomeLabel->text().contains(QLatin1String("200")),
             qPrintable(outcomeLabel->text()));

    // The summary lists the change, and the exports carry its diff and backup.
    SummaryPage *summary = window.summaryPage();
    auto *card = summary->changesArea()->findChild<QFrame *>(QStringLiteral("change_0"));
    QVERIFY(card);
    QVERIFY(!summary->changesArea()->findChild<QFrame *>(QStringLiteral("change_1")));
    QTemporaryDir out;
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.md")), SummaryPage::Format::Markdown),
             QString());
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.html")), SummaryPage::Format::Html), QString());
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.pdf")), SummaryPage::Format::Pdf), QString());
    const QString markdown = QString::fromUtf8(readFile(out.filePath(QStringLiteral("r.md"))));
    QVERIFY(markdown.contains(QLatin1String("## What was changed")));
    QVERIFY(markdown.indexOf(QLatin1String("## What was changed")) <
            markdown.indexOf(QLatin1String("## The six steps")));
    QVERIFY(markdown.contains(outcome.backups.first()));
    QVERIFY(markdown.contains(QStringLiteral("+")) &&
            markdown.contains(QStringLiteral("proxy_read_timeout %1;").arg(read->text())));
    const QString html = QString::fromUtf8(readFile(out.filePath(QStringLiteral("r.html"))));
    QVERIFY(html.contains(QLatin1String("What was changed")) && html.contains(outcome.backups.first()));
    QVERIFY(readFile(out.filePath(QStringLiteral("r.pdf"))).startsWith("%PDF-"));
    // The transcript has the commands of the change too (nginx -t after the diagnosis).
    const QString transcript = summary->transcript();
    QVERIFY(transcript.contains(QLatin1String("After the diagnosis")));
    QVERIFY(transcript.contains(QLatin1String("-t")));

    // Check again: a new diagnosis, and step 5 shows the value nginx uses now.
    // (The verdict may still fail: the error log keeps the timeouts from before.)
    const QString applied = read->text();
    QSignalSpy finished(window.session(), &WizardSession::diagnosisFinished);
    auto *recheck = editor->findChild<QPushButton *>(QStringLiteral("recheckButton"));
    QVERIFY(recheck && recheck->isVisible());
    QTest::mouseClick(recheck, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QTRY_VERIFY(window.stepPage(5)->isFilled());
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    QVERIFY(!panel->tables().isEmpty());
    CompactTable *table = panel->tables().first();
    QString effective;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("proxy_read_timeout"))
            effective = table->item(row, 1)->text();
    }
    QCOMPARE(effective, applied);
    // The session's changes survive the new diagnosis.
    QVERIFY(summary->changesArea()->findChild<QFrame *>(QStringLiteral("change_0")));
}

void TestWizardFixes::invalidValuesAreShownAndBlockApply()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("slow_upstream"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    window.goToStep(5);
    TimeoutsEditor *editor = editorOf(window);
    QLineEdit *read = editor->field(QStringLiteral("proxy_read_timeout"));
    QVERIFY(read);
    auto *apply = editor->findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *error = editor->findChild<QLabel *>(QStringLiteral("error_proxy_read_timeout"));
    QVERIFY(error);
    read->clear();
    QTest::keyClicks(read, QStringLiteral("75s; include /etc/passwd"));
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!apply->isEnabled());
    read->clear();
    QTest::keyClicks(read, QStringLiteral("90s"));
    QVERIFY(error->text().isEmpty());
    // nginx's own rules on the values together: busy buffers must be smaller than
    // all buffers but one.
    QLineEdit *busy = editor->field(QStringLiteral("proxy_busy_buffers_size"));
    QLineEdit *buffers = editor->field(QStringLiteral("proxy_buffers"));
    QVERIFY(busy && buffers);
    buffers->setText(QStringLiteral("2 4k"));
    busy->setText(QStringLiteral("64k"));
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("applyProblem"));
    QVERIFY(problem && !problem->text().isEmpty());
    QVERIFY(!apply->isEnabled());
    busy->clear();
    buffers->clear();
    QVERIFY(apply->isEnabled());
}

void TestWizardFixes::reloadAndMonitorOnAHealthySite()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("healthy"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    window.goToStep(6);
    ServiceHealthPanel *panel = servicesOf(window);
    QVERIFY(panel);

    ReloadAction *reload = panel->reloadAction();
    QSignalSpy reloaded(reload, &ReloadAction::done);
    auto *reloadButton = reload->findChild<QPushButton *>(QStringLiteral("reloadButton"));
    QVERIFY(reloadButton && reloadButton->isEnabled());
    QTest::mouseClick(reloadButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 30000);
    QVERIFY2(reloaded.first().first().toBool(), qPrintable(reload->result()->text()));
    QCOMPARE(reload->result()->verdict(), QStringLiteral("pass"));
    QVERIFY(reload->result()->text().contains(QLatin1String("new workers")));
    QVERIFY(reload->findChild<QWidget *>(QStringLiteral("commandLog"))->isVisibleTo(reload));

    MonitorAction *monitor = panel->monitorAction();
    monitor->setIntervalMs(100);
    monitor->setDurationMs(4000);
    QSignalSpy done(monitor, &MonitorAction::finished);
    auto *monitorButton = monitor->findChild<QPushButton *>(QStringLiteral("monitorButton"));
    QVERIFY(monitorButton && monitorButton->isEnabled());
    QTest::mouseClick(monitorButton, Qt::LeftButton);
    QVERIFY(monitor->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
    const MonitorReport report = monitor->lastReport();
    QVERIFY(done.first().first().toBool());
    QVERIFY2(report.probes >= report.goodRunNeeded, qPrintable(QString::number(report.probes)));
    QCOMPARE(report.failures, 0);
    QCOMPARE(report.counts.value(QStringLiteral("200")), report.probes);
    QVERIFY(report.holds());
    // The chart and the counts show what the monitor saw.
    QCOMPARE(monitor->chart()->sampleCount(), report.probes);
    QCOMPARE(monitor->chart()->badCount(), 0);
    auto *counts = monitor->findChild<QLabel *>(QStringLiteral("monitorCounts"));
    QVERIFY2(counts->text().contains(QStringLiteral("%1 × 200").arg(report.probes)),
             qPrintable(counts->text()));
    auto *verdict = monitor->findChild<ResultLabel *>(QStringLiteral("monitorVerdict"));
    QCOMPARE(verdict->verdict(), QStringLiteral("pass"));
    QVERIFY(verdict->text().contains(QLatin1String("holds")));
    // Both actions are in the summary.
    const QList<ChangeRecord> &records = window.session()->journal()->records();
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(0).ok && records.at(1).ok);
}

// The lab has no service manager, like many containers: Restart upstream says so and
// offers the exact reload command for this nginx (its -p and -c), copyable.
void TestWizardFixes::restartWithoutServiceManagerShowsWhatToRun()
{
    if (QFileInfo(QStringLiteral("/run/systemd/system")).isDir())
        QSKIP("systemd runs this machine: the no-service-manager path cannot be shown here");
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("healthy"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    window.goToStep(6);
    ServiceHealthPanel *panel = servicesOf(window);
    QVERIFY(panel);
    RestartAction *restart = panel->restartAction();
    auto *unit = restart->findChild<QComboBox *>(QStringLiteral("unitCombo"));
    auto *button = restart->findChild<QPushButton *>(QStringLiteral("restartButton"));
    auto *result = restart->findChild<ResultLabel *>(QStringLiteral("restartResult"));
    auto *manual = restart->findChild<CodeView *>(QStringLiteral("manualCommand"));
    QVERIFY(unit && button && result && manual);
    QVERIFY(!manual->isVisibleTo(restart));
    unit->setEditText(QStringLiteral("gd-lab-app.service"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(manual->isVisibleTo(restart), 30000);
    QCOMPARE(result->verdict(), QStringLiteral("warn"));
    QVERIFY2(result->text().contains(QLatin1String("no service manager")), qPrintable(result->text()));
    const QString command = manual->toPlainText();
    QVERIFY2(command.endsWith(QLatin1String(" -s reload")), qPrintable(command));
    QVERIFY2(command.contains(QLatin1String("-c ") + lab.configPath()), qPrintable(command));
    QVERIFY(button->isEnabled()); // ready for another try
}

void TestWizardFixes::rollBackRestoresTheFileByteIdentical()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("slow_upstream"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    const QByteArray original = readFile(lab.configPath());
    applyRecommendation(window);
    QCOMPARE(editorOf(window)->flow()->outcomeCode(), QStringLiteral("applied"));
    const QString backup = editorOf(window)->flow()->lastOutcome().backups.value(0);
    QVERIFY(!backup.isEmpty());
    QVERIFY(readFile(lab.configPath()) != original);

    window.goToStep(6);
    RollbackAction *rollback = servicesOf(window)->rollbackAction();
    QSignalSpy listed(rollback, &RollbackAction::listed);
    QTest::mouseClick(rollback->findChild<QPushButton *>(QStringLiteral("findBackupsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && !rollback->isListing(), 20000);
    QListWidget *list = rollback->list();
    QVERIFY(list->count() >= 1);
    // Newest first: the backup the change just made.
    QCOMPARE(list->item(0)->toolTip(), backup);
    list->setCurrentRow(0);
    QTest::mouseClick(rollback->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    ApplyFlow *flow = rollback->flow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    QCOMPARE(readFile(lab.configPath()), readFile(lab.configPath())); // nothing yet
    QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isRunning(), 60000);
    QCOMPARE(flow->outcomeCode(), QStringLiteral("applied"));
    QCOMPARE(readFile(lab.configPath()), original);
    QCOMPARE(flow->stages()->stateOf(EditStage::Test), QStringLiteral("pass"));
    QCOMPARE(flow->stages()->stateOf(EditStage::Reload), QStringLiteral("pass"));
    // The restore backed up the changed file first: it is in the list now too.
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 2 && !rollback->isListing(), 20000);
    QCOMPARE(window.session()->journal()->records().size(), 2);
}

// Behind a fastcgi_pass, a real php-fpm with two children: step 5 measures the
// pool's memory and offers the raise, which goes through the same staged flow.
void TestWizardFixes::raisesPhpFpmMaxChildrenFromMeasuredMemory()
{
    raiseMaxChildren(QString(), {{"pm.max_children = 2", "pm.max_children = 8"}});
}

// With listen.backlog = 0 more children alone would not stop a burst's 502s: the
// same raise sets the backlog too (the cycle then asks for php-fpm's restart).
void TestWizardFixes::raisesASmallBacklogWithTheChildren()
{
    raiseMaxChildren(
        QStringLiteral("listen.backlog = 0\n"),
        {{"pm.max_children = 2", "pm.max_children = 8"}, {"listen.backlog = 0", "listen.backlog = 511"}});
}

void TestWizardFixes::raiseMaxChildren(const QString &extraPoolLines,
                                       const QList<QPair<QByteArray, QByteArray>> &changes)
{
    lab::LabPhpFpm fpm;
    const lab::LabStatus started =
        fpm.start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\n"
                                 "listen = 127.0.0.1:@PORT@\npm = static\npm.max_children = 2\n") +
                      extraPoolLines,
                  2);
    if (!started.ok())
        QSKIP(qPrintable(started.message()));
    const QByteArray pool = fpm.poolText();
    lab::LabNginx nginx;
    QVERIFY(nginx
                .start(QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                                      "    location / {\n        fastcgi_pass 127.0.0.1:%1;\n    }\n}\n")
                           .arg(fpm.port()))
                .ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(nginx.configPath(), nginx.url());
    QVERIFY(driver.diagnose());
    window.goToStep(5);
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    MaxChildrenAction *action = panel->maxChildren();
    QVERIFY(action->isVisibleTo(panel));
    auto *raise = action->findChild<QPushButton *>(QStringLiteral("raiseMaxChildrenButton"));
    QTRY_VERIFY_WITH_TIMEOUT(raise->isVisibleTo(action) && raise->isEnabled(), 20000);
    // Memory here allows far more than 2: the raise is capped at four times in one step.
    QVERIFY2(raise->text().contains(QLatin1String("8")), qPrintable(raise->text()));
    QCOMPARE(raise->text().contains(QLatin1String("listen.backlog to 511")), changes.size() > 1);
    QVERIFY(action->findChild<QLabel *>(QStringLiteral("maxChildrenAdvice"))
                ->text()
                .contains(QLatin1String("2 children running")));
    QTest::mouseClick(raise, Qt::LeftButton);
    ApplyFlow *flow = action->flow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    // GD_SHOT_DIR=DIR: a picture of the step with the advice and the diff, to look at.
    if (const QString dir = qEnvironmentVariable("GD_SHOT_DIR"); !dir.isEmpty())
        window.grab().save(QStringLiteral("%1/step5-max-children-%2.png").arg(dir).arg(changes.size()));
    QByteArray expected = pool;
    for (const auto &[before, after] : changes) {
        QVERIFY(flow->diffView()->toPlainText().contains(QLatin1Char('+') + QString::fromUtf8(after)));
        expected.replace(before, after);
    }
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), pool);
    flow->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isRunning(), 60000);
    QCOMPARE(flow->outcomeCode(), QStringLiteral("applied"));
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), expected);
    QCOMPARE(flow->stages()->stateOf(EditStage::Reload), QStringLiteral("pass"));
}

// Step 6's monitor beside the URL's answers: the PHP-FPM pool's status page, read
// live through the same machine, charted as active children against
// pm.max_children; idle first, then every child held busy by real requests.
void TestWizardFixes::monitorChartsThePhpFpmPoolsLoad()
{
    lab::LabPhpFpm fpm;
    const lab::LabStatus started = fpm.start(
        QStringLiteral("[shop]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\npm = dynamic\n"
                       "pm.max_children = 2\npm.start_servers = 2\npm.min_spare_servers = 1\n"
                       "pm.max_spare_servers = 2\npm.status_path = /fpm-status\n"),
        2);
    if (!started.ok())
        QSKIP(qPrintable(started.message()));
    lab::LabNginx nginx;
    QVERIFY(nginx.start(lab::LabPoolLoad::nginxServer(fpm, false)).ok());
    lab::LabPoolLoad load(fpm, nginx.url());
    MainWindow window;
    window.resize(1100, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(nginx.configPath(), nginx.url());
    QVERIFY(driver.diagnose());
    window.goToStep(6);
    ServiceHealthPanel *panel = servicesOf(window);
    QVERIFY(panel);
    MonitorAction *monitor = panel->monitorAction();
    monitor->setIntervalMs(300);
    monitor->setDurationMs(60000);
    QSignalSpy done(monitor, &MonitorAction::finished);
    auto *monitorButton = monitor->findChild<QPushButton *>(QStringLiteral("monitorButton"));
    QVERIFY(monitorButton && monitorButton->isEnabled());
    QTest::mouseClick(monitorButton, Qt::LeftButton);
    PoolLoadChart *chart = monitor->poolChart();
    QVERIFY(chart->isVisibleTo(monitor));
    QCOMPARE(chart->series(), QStringList{QStringLiteral("shop")});
    QTRY_VERIFY_WITH_TIMEOUT(chart->sampleCount(QStringLiteral("shop")) >= 2, 20000);
    // The URL's own requests go through the pool too: a reading may count one of them.
    static const QRegularExpression idle(QStringLiteral("^pool shop: active [12] of pm\\.max_children 2, "));
    QVERIFY2(idle.match(chart->caption(QStringLiteral("shop"))).hasMatch(),
             qPrintable(chart->caption(QStringLiteral("shop"))));
    // Both children busy: the next reading waits behind them, the chart turns red.
    const int before = chart->sampleCount(QStringLiteral("shop"));
    QVERIFY(load.hold(2));
    QTRY_VERIFY_WITH_TIMEOUT(
        chart->sampleCount(QStringLiteral("shop")) > before + 1 &&
            chart->caption(QStringLiteral("shop")).contains(QLatin1String("did not answer")),
        30000);
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("pool shop")));
    // GD_SHOT_DIR=DIR: pictures of the monitor with the pool's chart, to look at.
    if (const QString dir = qEnvironmentVariable("GD_SHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        window.grab().save(QStringLiteral("%1/step6-pool-load.png").arg(dir));
        monitor->grab().save(QStringLiteral("%1/step6-pool-load-monitor.png").arg(dir));
    }
    load.releaseAll();
    monitor->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 90000);
    QVERIFY(!monitor->isRunning());
}

// Over SSH the change is guarded on the server. The connection drops while the cycle
// probes the URL after the write: the page stays, says what happened and that the
// server restores by itself, and the guard does restore the file byte-identical.
void TestWizardFixes::droppedConnectionMidChangeKeepsThePageAndTheServerRestores()
{
    // A lab user with stock dotfiles (see tst_wizard), root where there are none.
    QString user = QStringLiteral("root");
    if (lab::LabUsers::unavailableReason().isEmpty() && lab::LabUsers::ensure().ok())
        user = lab::LabUsers::noPasswordSudoUser();
    WizardLab lab;
    QVERIFY(lab.start(QStringLiteral("slow_upstream")).ok());
    const QByteArray before = readFile(lab.configPath());
    lab::LabSshd sshd;
    QVERIFY(sshd.start().ok());
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(knownHosts).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseSsh(WizardDriver::labDefaults(knownHosts), sshd.host(), sshd.port(), user,
                     sshd.clientKeyPath(), lab.configPath(), lab.url());
    QVERIFY(driver.diagnose());

    window.goToStep(5);
    TimeoutsEditor *editor = editorOf(window);
    ApplyFlow *flow = editor->flow();
    constexpr int guardSeconds = 6;
    flow->setGuardSecondsOverSsh(guardSeconds);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    flow->confirm();
    // The slow upstream answers in 3 s: the probe after the write is the moment.
    QTRY_VERIFY_WITH_TIMEOUT(flow->stages()->stateOf(EditStage::Reload) == QLatin1String("pass"), 30000);
    QCOMPARE(flow->stages()->stateOf(EditStage::Arm), QStringLiteral("pass"));
    QVERIFY(readFile(lab.configPath()) != before);
    QVERIFY(sshd.dropConnections().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isRunning(), 30000);
    QCOMPARE(flow->outcomeCode(), QStringLiteral("failed"));
    QCOMPARE(flow->lastOutcome().error.kind(), FixError::Kind::ConnectionLost);
    auto *outcomeLabel = flow->findChild<QLabel *>(QStringLiteral("applyOutcome"));
    QVERIFY2(outcomeLabel->isVisible() &&
                 outcomeLabel->text().contains(QStringLiteral("within %1 s").arg(guardSeconds)),
             qPrintable(outcomeLabel->text()));
    // The page is kept, and the window offers to reconnect.
    QCOMPARE(window.currentPage(), int(MainWindow::FirstStep) + 4);
    QTRY_VERIFY_WITH_TIMEOUT(window.noticeBar()->isVisible(), 30000);
    // The summary says so too.
    QCOMPARE(window.session()->journal()->records().size(), 1);
    QVERIFY(!window.session()->journal()->records().first().ok);
    // The server restores by itself.
    QTRY_COMPARE_WITH_TIMEOUT(readFile(lab.configPath()), before, (guardSeconds + 20) * 1000);
}

QTEST_MAIN(TestWizardFixes)
#include "tst_wizardfixes.moc"
