// Walks every page of the wizard against a lab scenario and saves a PNG of each,
// so people (and reviewers) can see what the wizard shows without running it.
//
//   wizard_screenshots OUTDIR [SCENARIO] [--dark]
//   wizard_screenshots OUTDIR --practice [SCENARIO_ID] [--dark]   (the practice lab's pages)
//   wizard_screenshots OUTDIR wrong_port --apply [--not-fixed]   (the summary's Apply this fix, then
//   stop; --not-fixed stops the app first, so the fix does not help and is rolled back)
//
// Run it under Xvfb for the real xcb platform and fonts (take-screenshots.sh);
// it also works with QT_QPA_PLATFORM=offscreen. Needs what the lab needs (nginx,
// sshd for the host key dialog).
#include "app/lab/ScenarioCatalog.h"
#include "tests/lab/LabSshd.h"
#include "tests/ui/PracticeDriver.h"
#include "tests/ui/WizardDriver.h"
#include "tests/ui/WizardLab.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/actions/MonitorAction.h"
#include "ui/actions/TimeoutsEditor.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/panels/ErrorLogPanel.h"
#include "ui/panels/ServiceHealthPanel.h"
#include "ui/panels/TimeoutsPanel.h"
#include "ui/practice/DebriefPage.h"
#include "ui/practice/PracticeController.h"
#include "ui/session/WizardSession.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/EvidenceView.h"
#include "ui/widgets/FindingCard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

#include <functional>

using namespace gd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void settle(int ms = 400)
{
    QTest::qWait(ms);
    QApplication::processEvents();
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    out() << (ok ? "saved " : "FAILED ") << path << Qt::endl;
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The unknown-host-key dialog against the lab's sshd.
void hostKeyDialog(const QDir &dir)
{
    lab::LabSshd sshd;
    if (!sshd.start().ok()) {
        out() << "no sshd: host key dialog skipped" << Qt::endl;
        return;
    }
    QTemporaryDir tmp;
    const QString knownHosts = tmp.filePath(QStringLiteral("known_hosts"));
    if (!QFile(knownHosts).open(QIODevice::WriteOnly))
        return;
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    test::WizardDriver driver(window);
    const SshTarget defaults = test::WizardDriver::labDefaults(knownHosts);
    driver.chooseSsh(defaults, sshd.host(), sshd.port(), QStringLiteral("admin"), sshd.clientKeyPath(),
                     QString(), QStringLiteral("https://shop.example.org/checkout"));
    driver.pressConnect();
    if (QDialog *dialog = test::WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"))) {
        settle();
        save(dialog, dir, QStringLiteral("11-hostkey-unknown"));
        dialog->reject();
        settle();
        save(&window, dir, QStringLiteral("12-start-hostkey-refused"));
    }
}

// Scrolls the page that holds `widget` so that it shows in the window.
void reveal(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            // Its bottom edge: the widget has only just grown, and the whole of it counts.
            area->widget()->adjustSize();
            const QPoint bottom = widget->mapTo(area->widget(), QPoint(0, widget->height()));
            area->ensureVisible(bottom.x(), bottom.y(), 0, 24);
            break;
        }
    }
    settle(200);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(50);
    return done();
}

// Step 5's Apply (preview, the question, the stages after) and step 6's monitor,
// then the summary with the change.
void fixes(MainWindow &window, const QDir &dir)
{
    window.goToStep(5);
    settle();
    auto *panel = qobject_cast<TimeoutsPanel *>(window.stepPage(5)->panel());
    if (!panel)
        return;
    TimeoutsEditor *editor = panel->editor();
    ApplyFlow *flow = editor->flow();
    auto *preview = editor->findChild<QPushButton *>(QStringLiteral("previewButton"));
    if (!preview || !preview->isEnabled()) {
        out() << "step 5 has nothing to apply: fix screenshots skipped" << Qt::endl;
        return;
    }
    preview->click();
    waitUntil([flow] { return !flow->outcomeCode().isEmpty(); }, 30000);
    settle(); // the diff takes its height once laid out
    reveal(flow->diffView());
    save(&window, dir, QStringLiteral("13-step5-preview"));
    editor->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    waitUntil([flow] { return flow->isAwaitingConfirmation(); }, 30000);
    reveal(flow->findChild<QPushButton *>(QStringLiteral("confirmButton")));
    save(&window, dir, QStringLiteral("14-step5-confirm"));
    flow->confirm();
    waitUntil([flow] { return !flow->isRunning(); }, 60000);
    settle();
    reveal(flow->findChild<QWidget *>(QStringLiteral("commandLog")));
    save(&window, dir, QStringLiteral("15-step5-applied"));
    save(window.stepPage(5), dir, QStringLiteral("15-step5-applied-full"));

    window.goToStep(6);
    settle();
    auto *services = qobject_cast<ServiceHealthPanel *>(window.stepPage(6)->panel());
    MonitorAction *monitor = services ? services->monitorAction() : nullptr;
    auto *button = monitor ? monitor->findChild<QPushButton *>(QStringLiteral("monitorButton")) : nullptr;
    if (button && button->isEnabled()) {
        // The slow upstream answers in 3 s: 36 s give the dozen answers a verdict needs.
        monitor->setIntervalMs(250);
        monitor->setDurationMs(36000);
        button->click();
        waitUntil([monitor] { return !monitor->isRunning(); }, 60000);
        settle();
        reveal(monitor);
        save(&window, dir, QStringLiteral("16-step6-monitor"));
        save(window.stepPage(6), dir, QStringLiteral("16-step6-monitor-full"));
    }
    window.goToPage(MainWindow::Summary);
    // The first change with its diff open.
    if (auto *diff =
            window.summaryPage()->changesArea()->findChild<Collapsible *>(QStringLiteral("diffToggle")))
        diff->setExpanded(true);
    settle();
    save(window.summaryPage(), dir, QStringLiteral("17-summary-changes-full"));
    const QString error = window.summaryPage()->exportTo(dir.filePath(QStringLiteral("report-changes.html")),
                                                         SummaryPage::Format::Html);
    out() << (error.isEmpty() ? QStringLiteral("saved report-changes.html") : error) << Qt::endl;
}

// The scenario's expected cause: the screenshots show a right answer.
QString causeForScreenshots(const QString &scenario)
{
    const ScenarioCatalog catalog = ScenarioCatalog::load();
    const Scenario *s = catalog.find(scenario);
    return s ? s->cause : QStringLiteral("none");
}

// A practice run in practice mode: the picker, the lab running with the doctor's verdicts
// hidden and a hint open, the answer dialog, Check my fix, and the debrief.
int practice(const QDir &dir, const QString &scenario)
{
    QTemporaryDir root;
    // As root, the lab's nginx workers (www-data) must reach the lab's files.
    QFile::setPermissions(root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                           QFileDevice::ExeGroup);
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        out() << "the window was not exposed" << Qt::endl;
    test::PracticeDriver driver(window);
    driver.configure(root.filePath(QStringLiteral("lab")), QStringLiteral(GD_LAB_HELPERS),
                     root.filePath(QStringLiteral("results.json")));
    if (!driver.openPicker()) {
        out() << "the scenario list did not load" << Qt::endl;
        return 1;
    }
    settle();
    save(&window, dir, QStringLiteral("20-practice-picker"));
    // The end of the list: what cannot run here, greyed out with its reason.
    if (auto *list = window.findChild<QTreeWidget *>(QStringLiteral("scenarioList"))) {
        list->scrollToBottom();
        settle();
        save(list, dir, QStringLiteral("20-practice-picker-end"));
        list->scrollToTop();
    }
    if (!driver.start(scenario, QStringLiteral("practice"), 4242)) {
        out() << "the lab did not start" << Qt::endl;
        return 1;
    }
    window.goToStep(2);
    driver.hint();
    driver.hint();
    settle(1500);
    save(&window, dir, QStringLiteral("21-practice-hint"));
    save(window.stepPage(1), dir, QStringLiteral("21-practice-step1-hidden-full"));

    driver.nameCause(causeForScreenshots(scenario), QStringLiteral("failed"), [&dir](QDialog *dialog) {
        settle();
        save(dialog, dir, QStringLiteral("22-practice-answer-dialog"));
    });
    window.goToStep(1);
    driver.checkFix();
    settle();
    save(&window, dir, QStringLiteral("23-practice-answered-check"));
    driver.solve();
    driver.checkFix();
    driver.finish();
    settle(800);
    save(&window, dir, QStringLiteral("24-practice-debrief"));
    save(window.debriefPage(), dir, QStringLiteral("24-practice-debrief-full"));
    for (const auto &[name, format] : {std::pair{QStringLiteral("debrief.md"), DebriefPage::Format::Markdown},
                                       std::pair{QStringLiteral("debrief.html"), DebriefPage::Format::Html},
                                       std::pair{QStringLiteral("debrief.pdf"), DebriefPage::Format::Pdf}}) {
        const QString error = window.debriefPage()->exportTo(dir.filePath(name), format);
        out() << (error.isEmpty() ? QStringLiteral("saved ") + dir.filePath(name)
                                  : QStringLiteral("FAILED ") + error)
              << Qt::endl;
    }
    return 0;
}

// The root cause's own fix from the summary page: the question, then the outcome.
int applyFinding(MainWindow &window, const QDir &dir, const QString &tag)
{
    window.goToPage(MainWindow::Summary);
    settle();
    const QList<FindingCard *> cards = window.summaryPage()->findChildren<FindingCard *>();
    if (cards.isEmpty() || !cards.first()->applyButton()) {
        out() << "no finding with a fix to apply" << Qt::endl;
        return 1;
    }
    FindingCard *card = cards.first();
    auto *scroll = qobject_cast<QScrollArea *>(window.summaryPage()->parentWidget()
                                                   ? window.summaryPage()->parentWidget()->parentWidget()
                                                   : nullptr);
    card->applyButton()->click();
    auto *flow = card->findChild<ApplyFlow *>(QStringLiteral("findingApplyFlow"));
    if (!flow || !QTest::qWaitFor([flow] { return flow->isAwaitingConfirmation(); }, 30000)) {
        out() << "no question before the fix" << Qt::endl;
        return 1;
    }
    settle();
    if (scroll)
        scroll->ensureWidgetVisible(flow, 0, 40);
    settle();
    save(&window, dir, QStringLiteral("30-summary-apply%1-confirm").arg(tag));
    save(window.summaryPage(), dir, QStringLiteral("30-summary-apply%1-confirm-full").arg(tag));
    flow->confirm();
    if (!QTest::qWaitFor([flow] { return !flow->isRunning(); }, 60000)) {
        out() << "the fix did not finish" << Qt::endl;
        return 1;
    }
    settle(600);
    if (scroll)
        scroll->ensureWidgetVisible(flow, 0, 40);
    settle();
    save(&window, dir, QStringLiteral("31-summary-apply%1-outcome").arg(tag));
    save(window.summaryPage(), dir, QStringLiteral("31-summary-apply%1-outcome-full").arg(tag));
    out() << "apply: " << flow->planCode() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    WizardApp::setUp(app);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: wizard_screenshots OUTDIR [SCENARIO] [--dark]" << Qt::endl;
        return 2;
    }
    QDir dir(args.at(1));
    dir.mkpath(QStringLiteral("."));
    const QString scenario = args.size() > 2 && !args.at(2).startsWith(QLatin1String("--"))
                                 ? args.at(2)
                                 : QStringLiteral("slow_upstream");
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    if (const qsizetype at = args.indexOf(QStringLiteral("--practice")); at > 0) {
        const QString id = args.size() > at + 1 && !args.at(at + 1).startsWith(QLatin1String("--"))
                               ? args.at(at + 1)
                               : QStringLiteral("upstream-down");
        return practice(dir, id);
    }

    test::WizardLab lab;
    if (const lab::LabStatus s = lab.start(scenario); !s) {
        out() << "lab: " << s.message() << Qt::endl;
        return 1;
    }
    MainWindow window;
    window.resize(1180, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        out() << "the window was not exposed" << Qt::endl;
    test::WizardDriver driver(window);
    // A URL pasted with a space: said on the start page before anything connects.
    driver.chooseLocal(lab.configPath(), lab.url() + QStringLiteral("api/order list"));
    driver.pressConnect();
    settle();
    save(&window, dir, QStringLiteral("00-start-url-refused"));
    driver.chooseLocal(lab.configPath(), lab.url());
    settle();
    save(&window, dir, QStringLiteral("00-start"));
    if (!driver.diagnose()) {
        out() << "the diagnosis did not finish" << Qt::endl;
        return 1;
    }
    settle(800);
    save(&window, dir, QStringLiteral("01-discovery"));
    for (int step = 1; step <= 6; ++step) {
        window.goToStep(step);
        settle(step == 2 ? 1500 : 400);
        save(&window, dir, QStringLiteral("%1-step%2").arg(step + 1, 2, 10, QLatin1Char('0')).arg(step));
        // The whole page, as far as it scrolls.
        save(window.stepPage(step), dir,
             QStringLiteral("%1-step%2-full").arg(step + 1, 2, 10, QLatin1Char('0')).arg(step));
    }
    // The app server's own log in step 2's chooser, when the scenario has one.
    window.goToStep(2);
    if (auto *panel = window.stepPage(2)->findChild<ErrorLogPanel *>()) {
        if (auto *logs = panel->findChild<QComboBox *>()) {
            for (int i = 1; i < logs->count(); ++i) {
                if (logs->itemText(i).contains(QLatin1String("(pid "))) {
                    logs->setCurrentIndex(i);
                    emit logs->activated(i);
                    settle(1500);
                    save(window.stepPage(2), dir, QStringLiteral("03-step2-applog"));
                    break;
                }
            }
        }
    }
    window.goToPage(MainWindow::Summary);
    settle();
    save(&window, dir, QStringLiteral("08-summary"));
    save(window.summaryPage(), dir, QStringLiteral("08-summary-full"));
    // The exports, to look at as well.
    for (const auto &[name, format] : {std::pair{QStringLiteral("report.md"), SummaryPage::Format::Markdown},
                                       std::pair{QStringLiteral("report.html"), SummaryPage::Format::Html},
                                       std::pair{QStringLiteral("report.pdf"), SummaryPage::Format::Pdf}}) {
        const QString error = window.summaryPage()->exportTo(dir.filePath(name), format);
        out() << (error.isEmpty() ? QStringLiteral("saved ") + dir.filePath(name)
                                  : QStringLiteral("FAILED ") + error)
              << Qt::endl;
    }

    if (args.contains(QStringLiteral("--apply"))) {
        const bool notFixed = args.contains(QStringLiteral("--not-fixed"));
        if (notFixed)
            (void)lab.stopUpstreams();
        return applyFinding(window, dir, notFixed ? QStringLiteral("-notfixed") : QString());
    }

    // A click on a file:line opens the excerpt around it.
    window.goToStep(5);
    settle();
    if (auto *evidence = window.stepPage(5)->findChild<EvidenceView *>()) {
        emit evidence->locationActivated(evidence->evidence());
        if (QDialog *dialog = test::WizardDriver::waitForDialog(QStringLiteral("excerptDialog"), 3000)) {
            settle();
            save(dialog, dir, QStringLiteral("10-excerpt"));
            dialog->close();
        }
    }
    if (!args.contains(QStringLiteral("--no-fixes")))
        fixes(window, dir);
    if (!args.contains(QStringLiteral("--no-ssh")))
        hostKeyDialog(dir);
    return 0;
}
