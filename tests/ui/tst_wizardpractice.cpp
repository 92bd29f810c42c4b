// A practice run through the wizard, as a trainee does it, on a real lab (the sandbox
// nginx and upstream of app/lab): "Practice on a lab", a scenario in practice mode,
// the doctor's verdicts hidden until the cause is named, the fix, "Check my fix", and
// the debrief with its exports and the kept result.
#include "app/model/Cause.h"
#include "tests/ui/PracticeDriver.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/actions/TimeoutsEditor.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/panels/TimeoutsPanel.h"
#include "ui/practice/DebriefPage.h"
#include "ui/practice/PracticeBanner.h"
#include "ui/practice/PracticeController.h"
#include "ui/practice/ScenarioPicker.h"
#include "ui/session/WizardSession.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace gd;
using gd::test::PracticeDriver;

class TestWizardPractice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pickerListsEveryScenario();
    void practiceModeWalk();
    void wizardsOwnFixWorksOnTheLab();
    void examModeHidesEverythingUntilTheEnd();
    void closingTheWindowStopsTheLab();

private:
    QTemporaryDir m_root;
};

void TestWizardPractice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WizardApp::setUp(*qApp);
    QVERIFY(m_root.isValid());
    // As root, the lab's nginx workers (www-data) must reach the lab's files.
    QVERIFY(QFile::setPermissions(m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                     QFileDevice::ExeGroup));
}

// The picker lists the whole catalogue; one that cannot run here is greyed out with
// its reason, never left out.
void TestWizardPractice::pickerListsEveryScenario()
{
    MainWindow window;
    window.show();
    PracticeDriver driver(window);
    driver.configure(m_root.filePath(QStringLiteral("lab-list")), QStringLiteral(GD_LAB_HELPERS),
                     m_root.filePath(QStringLiteral("results-list.json")));
    QVERIFY(driver.openPicker());
    auto *list = window.startPage()->picker()->findChild<QTreeWidget *>(QStringLiteral("scenarioList"));
    QVERIFY(list->topLevelItemCount() >= 24);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            QVERIFY2(item->toolTip(0).contains(QStringLiteral("Cannot run here")), qPrintable(item->text(0)));
    }
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("nextButton"))->text(),
             QStringLiteral("Start the &lab"));
}

void TestWizardPractice::practiceModeWalk()
{
    const QString results = m_root.filePath(QStringLiteral("results.json"));
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    PracticeDriver driver(window);
    driver.configure(m_root.filePath(QStringLiteral("lab")), QStringLiteral(GD_LAB_HELPERS), results);
    QVERIFY(driver.openPicker());
    QVERIFY(driver.start(QStringLiteral("upstream-down"), QStringLiteral("practice"), 4242));

    // The wizard works on the lab's nginx, with the ticket on top.
    PracticeController *practice = window.practice();
    QCOMPARE(window.session()->options().configFile, practice->current().configFile);
    QCOMPARE(window.session()->options().url, practice->current().url);
    QVERIFY(window.practiceBanner()->isVisible());
    QVERIFY(window.practiceBanner()
                ->findChild<QLabel *>(QStringLiteral("practiceTicket"))
                ->text()
                .contains(QStringLiteral("502")));

    // Practice mode: the verdicts stay hidden until the trainee names a cause.
    QVERIFY(practice->verdictsHidden());
    for (int step = 1; step <= 6; ++step)
        QCOMPARE(window.stepPage(step)->verdict(), QStringLiteral("hidden"));
    QVERIFY(!window.stepPage(1)
                 ->findChild<QWidget *>(QStringLiteral("rootCauseBar"))
                 ->isVisibleTo(window.stepPage(1)));

    // The cause, with the error-log line that shows it; then the verdicts open.
    QVERIFY(driver.nameCause(QStringLiteral("upstream_down"), QStringLiteral("Connection refused")));
    const QString answer =
        window.practiceBanner()->findChild<QLabel *>(QStringLiteral("practiceAnswer"))->text();
    QVERIFY2(answer.contains(QStringLiteral("Right")), qPrintable(answer));
    QVERIFY(!practice->verdictsHidden());
    QCOMPARE(window.stepPage(1)->verdict(), QStringLiteral("fail"));

    // Not fixed yet: Check my fix says which check does not hold.
    QVERIFY(driver.checkFix());
    QVERIFY2(window.practiceBanner()->checkText().contains(QStringLiteral("Not fixed")),
             qPrintable(window.practiceBanner()->checkText()));

    // The trainee's own fix: the lab's app started from the banner's Lab services menu
    // (the lab's services have no systemd unit); then every check holds.
    QToolButton *services = window.practiceBanner()->servicesButton();
    QVERIFY(services->isVisibleTo(window.practiceBanner()) && services->isEnabled());
    emit services->menu()->aboutToShow();
    auto *startApp = services->menu()->findChild<QAction *>(QStringLiteral("start-app"));
    QVERIFY(startApp);
    bool started = false;
    connect(practice, &PracticeController::serviceDone, this,
            [&started](const QString &verb, const QString &name) {
                started = verb == QLatin1String("start") && name == QLatin1String("app");
            });
    startApp->trigger();
    QVERIFY(PracticeDriver::waitUntil([&] { return started && !practice->isBusy(); }, 60000));
    QVERIFY(driver.checkFix());
    QVERIFY2(window.practiceBanner()->checkText().contains(QStringLiteral("Fixed")),
             qPrintable(window.practiceBanner()->checkText()));

    // Finish: the lab stops and the debrief shows, with the cause named right.
    QVERIFY(driver.finish());
    QVERIFY(!practice->isRunning());
    QCOMPARE(window.currentPage(), int(MainWindow::Debrief));
    const Debrief &debrief = window.debriefPage()->debrief();
    QCOMPARE(debrief.scenarioId, QStringLiteral("upstream-down"));
    QCOMPARE(debrief.mode, QStringLiteral("practice"));
    QVERIFY(debrief.namedCorrectly);
    QVERIFY(debrief.fixed);
    QVERIFY(!debrief.solvedByLab);

    // It exports like the report, and the result is kept.
    for (const auto &[name, format] : {std::pair{QStringLiteral("debrief.md"), DebriefPage::Format::Markdown},
                                       std::pair{QStringLiteral("debrief.html"), DebriefPage::Format::Html},
                                       std::pair{QStringLiteral("debrief.pdf"), DebriefPage::Format::Pdf}}) {
        const QString path = m_root.filePath(name);
        QCOMPARE(window.debriefPage()->exportTo(path, format), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == DebriefPage::Format::Pdf)
            QVERIFY(bytes.startsWith("%PDF"));
        else
            QVERIFY2(bytes.contains("upstream-down") || bytes.contains(debrief.title.toUtf8()),
                     name.toUtf8());
    }
    QFile kept(results);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("upstream-down"));
}

// Guided mode, fixed the way the wizard fixes a server: step 5's Apply (backup, write,
// nginx -t, reload, probe) on the lab's own nginx; then every check holds, and the
// debrief credits the trainee (not the reference fix) with the edit cycle's habits.
void TestWizardPractice::wizardsOwnFixWorksOnTheLab()
{
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    PracticeDriver driver(window);
    driver.configure(m_root.filePath(QStringLiteral("lab-fix")), QStringLiteral(GD_LAB_HELPERS),
                     m_root.filePath(QStringLiteral("results-fix.json")));
    QVERIFY(driver.openPicker());
    QVERIFY(driver.start(QStringLiteral("upstream-timeout"), QStringLiteral("guided"), 99));
    QVERIFY(!window.practice()->verdictsHidden());
    QCOMPARE(window.stepPage(5)->verdict(), QStringLiteral("fail"));
    QVERIFY(driver.hint());
    QVERIFY(window.practiceBanner()->hintText().contains(QStringLiteral("1 of")));

    window.goToStep(5);
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    QVERIFY(panel);
    TimeoutsEditor *editor = panel->editor();
    auto *apply = editor->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    ApplyFlow *flow = editor->flow();
    QVERIFY(PracticeDriver::waitUntil([flow] { return flow->isAwaitingConfirmation(); }, 30000));
    QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(PracticeDriver::waitUntil([flow] { return !flow->isRunning(); }, 60000));
    QCOMPARE(flow->outcomeCode(), QStringLiteral("applied"));

    QVERIFY(driver.checkFix());
    QVERIFY2(window.practiceBanner()->checkText().contains(QStringLiteral("Fixed")),
             qPrintable(window.practiceBanner()->checkText()));
    QVERIFY(driver.finish());
    const Debrief &debrief = window.debriefPage()->debrief();
    QVERIFY(debrief.fixed);
    QVERIFY(!debrief.solvedByLab);
    QCOMPARE(debrief.hintsUsed, 1);
    QVERIFY2(debrief.total > 0, qPrintable(QString::number(debrief.total)));
}

namespace {
// Step 5's recommendation for proxy_read_timeout (the panel's tables: directive, value,
// set in, recommendation).
QString readTimeoutAdvice(MainWindow &window)
{
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    if (!panel)
        return {};
    for (QTableWidget *table : panel->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->text() == QLatin1String("proxy_read_timeout"))
                return table->item(row, 3)->text();
        }
    }
    return {};
}

QStringList logGroupTitles(MainWindow &window)
{
    QStringList titles;
    auto *groups = window.stepPage(2)->findChild<QTreeWidget *>(QStringLiteral("logGroups"));
    for (int i = 0; groups && i < groups->topLevelItemCount(); ++i)
        titles << groups->topLevelItem(i)->text(0);
    return titles;
}
} // namespace

// Exam mode: a timer, no hints, no verdicts (nor advice that gives the cause away) until
// the end, even after the cause is named; then a score, and the verdicts open.
void TestWizardPractice::examModeHidesEverythingUntilTheEnd()
{
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    PracticeDriver driver(window);
    driver.configure(m_root.filePath(QStringLiteral("lab-exam")), QStringLiteral(GD_LAB_HELPERS),
                     m_root.filePath(QStringLiteral("results-exam.json")));
    QVERIFY(driver.openPicker());
    QVERIFY(driver.start(QStringLiteral("upstream-timeout"), QStringLiteral("exam"), 31));
    PracticeController *practice = window.practice();
    PracticeBanner *banner = window.practiceBanner();
    QVERIFY(practice->verdictsHidden());
    QVERIFY(!practice->hintsAllowed());
    QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("hintButton"))->isVisibleTo(banner));
    QVERIFY(PracticeDriver::waitUntil(
        [banner] {
            return banner->findChild<QLabel *>(QStringLiteral("practiceTime"))->text().startsWith(u'⏱');
        },
        5000));
    for (int step = 1; step <= 6; ++step)
        QCOMPARE(window.stepPage(step)->verdict(), QStringLiteral("hidden"));

    // The evidence stays (the log's groups, the effective timeouts), the cause does not.
    const QString title = causeTitle(Cause::UpstreamTimeout);
    const QStringList groups = logGroupTitles(window);
    QVERIFY2(groups.size() > 1, qPrintable(groups.join(u'|')));
    for (const QString &group : groups) {
        QVERIFY2(!group.contains(title, Qt::CaseInsensitive), qPrintable(group));
        QVERIFY2(!group.contains(QLatin1String("timeout"), Qt::CaseInsensitive) ||
                     group.contains(QLatin1String("timed out")),
                 qPrintable(group));
    }
    QCOMPARE(readTimeoutAdvice(window), QStringLiteral("Hidden until you name the cause"));

    // Naming the cause is noted, not judged, and opens nothing.
    QVERIFY(driver.nameCause(QStringLiteral("upstream_timeout"), QStringLiteral("timed out")));
    QVERIFY2(banner->findChild<QLabel *>(QStringLiteral("practiceAnswer"))
                 ->text()
                 .contains(QStringLiteral("Noted")),
             qPrintable(banner->findChild<QLabel *>(QStringLiteral("practiceAnswer"))->text()));
    QVERIFY(practice->verdictsHidden());
    QCOMPARE(window.stepPage(5)->verdict(), QStringLiteral("hidden"));
    QCOMPARE(readTimeoutAdvice(window), QStringLiteral("Hidden until you name the cause"));

    QVERIFY(driver.solve());
    QVERIFY(driver.checkFix());
    QVERIFY2(banner->checkText().contains(QStringLiteral("Fixed")), qPrintable(banner->checkText()));

    // The end: the score, and the verdicts and advice open on the diagnosis kept.
    QVERIFY(driver.finish());
    QVERIFY(!practice->verdictsHidden());
    const Debrief &debrief = window.debriefPage()->debrief();
    QCOMPARE(debrief.mode, QStringLiteral("exam"));
    QVERIFY(debrief.namedCorrectly);
    QCOMPARE(debrief.hintsUsed, 0);
    QVERIFY(!debrief.score.isEmpty());
    QCOMPARE(window.stepPage(5)->verdict(), QStringLiteral("fail"));
    QVERIFY2(readTimeoutAdvice(window).contains(QLatin1String("proxy_read_timeout")),
             qPrintable(readTimeoutAdvice(window)));
}

// Closing the window while a lab runs stops the lab first; the window does not wait
// for it on the GUI thread, it closes when the lab reports it has stopped.
void TestWizardPractice::closingTheWindowStopsTheLab()
{
    MainWindow window;
    window.show();
    PracticeDriver driver(window);
    const QString labDir = m_root.filePath(QStringLiteral("lab-close"));
    driver.configure(labDir, QStringLiteral(GD_LAB_HELPERS),
                     m_root.filePath(QStringLiteral("results-close.json")));
    QVERIFY(driver.openPicker());
    QVERIFY(driver.start(QStringLiteral("upstream-down"), QStringLiteral("guided"), 7));
    bool stopped = false;
    bool clean = false;
    connect(window.practice(), &PracticeController::stopped, this, [&](bool wasClean, const QString &) {
        stopped = true;
        clean = wasClean;
    });
    QVERIFY(!window.close()); // refused for now: the lab stops first
    QVERIFY(window.isVisible());
    QVERIFY(PracticeDriver::waitUntil([&] { return stopped && !window.isVisible(); }, 120000));
    QVERIFY(clean);
}

QTEST_MAIN(TestWizardPractice)
#include "tst_wizardpractice.moc"
