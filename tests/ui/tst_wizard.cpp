// The wizard against real lab scenarios, driven like a person would: the start
// page, this computer, Diagnose, then what each step page shows; and the SSH host
// key dialogs against the lab's real sshd.
#include "remote/Machine.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"
#include "tests/ui/WizardDriver.h"
#include "tests/ui/WizardLab.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/panels/ErrorLogPanel.h"
#include "ui/session/WizardSession.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/FindingCard.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/StatusIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace gd;
using gd::test::WizardDriver;
using gd::test::WizardLab;

class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void unknownHostKeyRefusedStopsAtStart();
    void changedHostKeyIsAHardStop();
    void trustOnceConnectsWithoutSavingTheKey();
    void droppedConnectionOffersReconnectOnTheSamePage();
    void followShowsNewLogLines();
    void appServerLogBesideNginx();
    void keyPassphraseIsAskedForThenConnects();
    void sudoPasswordIsAskedOnlyWhenAStepNeedsIt();
    void cancelKeepsTheWizardUsable();
    void typoInTheUrlIsSaidBeforeConnecting();
    void manyOtherSitesFoldIntoOneLine();

private:
    // Shows a window, fills the start page for the lab's sshd and presses Connect.
    static std::unique_ptr<MainWindow> connectToLab(lab::LabSshd &sshd, const QString &knownHosts);
    // Who logs in: a lab user with stock dotfiles (root's login scripts may hold
    // locks that a dropped connection would leave behind), root where there are none.
    static QString loginUser();
};

QString TestWizard::loginUser()
{
    if (lab::LabUsers::unavailableReason().isEmpty() && lab::LabUsers::ensure().ok())
        return lab::LabUsers::noPasswordSudoUser();
    return QStringLiteral("root");
}

void TestWizard::initTestCase()
{
    // Recent targets and window geometry go to a throw-away place.
    QStandardPaths::setTestModeEnabled(true);
    WizardApp::setUp(*qApp);
}

void TestWizard::verdicts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");  // "step=verdict" pairs that must hold
    QTest::addColumn<QString>("rootCause"); // the cause code of the top finding; "" = none
    QTest::addColumn<int>("rootCauseStep");
    QTest::newRow("nothing listening")
        << QStringLiteral("nothing_listening") << QStringLiteral("1=fail 2=fail 4=pass")
        << QStringLiteral("upstream_down") << 1;
    QTest::newRow("slow upstream") << QStringLiteral("slow_upstream")
                                   << QStringLiteral("1=warn 2=fail 3=pass 5=fail")
                                   << QStringLiteral("upstream_timeout") << 5;
    QTest::newRow("healthy") << QStringLiteral("healthy")
                             << QStringLiteral("1=pass 2=pass 3=pass 4=pass 5=pass") << QString() << 0;
}

void TestWizard::verdicts()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    QFETCH(QString, rootCause);
    QFETCH(int, rootCauseStep);

    WizardLab lab;
    const lab::LabStatus ready = lab.start(scenario);
    QVERIFY2(ready.ok(), qPrintable(ready.message()));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(lab.configPath(), lab.url());
    QVERIFY(driver.diagnose());
    // Diagnose goes on to the discovery page, which lists what was found.
    QCOMPARE(window.currentPage(), int(MainWindow::Discovery));

    QStringList got;
    for (int step = 1; step <= 6; ++step)
        got << QStringLiteral("%1=%2").arg(step).arg(driver.stepVerdict(step));
    const QString context = QStringLiteral("verdicts: %1").arg(got.join(QLatin1Char(' ')));
    for (const QString &pair : expected.split(QLatin1Char(' ')))
        QVERIFY2(got.contains(pair), qPrintable(context + QStringLiteral("; expected ") + pair));

    // Every step page shows its checks as cards with a verdict each.
    for (int step = 1; step <= 6; ++step) {
        StepPage *page = window.stepPage(step);
        const QList<QFrame *> cards =
            page->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^check_")));
        QVERIFY2(!cards.isEmpty(), qPrintable(QStringLiteral("step %1 shows no checks").arg(step)));
    }

    // The summary exports what the pages show: Markdown, HTML and PDF.
    QTemporaryDir out;
    SummaryPage *summary = window.summaryPage();
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.md")), SummaryPage::Format::Markdown),
             QString());
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.html")), SummaryPage::Format::Html), QString());
    QCOMPARE(summary->exportTo(out.filePath(QStringLiteral("r.pdf")), SummaryPage::Format::Pdf), QString());
    QFile pdf(out.filePath(QStringLiteral("r.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile md(out.filePath(QStringLiteral("r.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY(markdown.contains(QLatin1String("## The six steps")));
    QVERIFY(!summary->transcript().isEmpty());

    const DiagnosisReport &report = window.session()->report();
    auto *headline = window.summaryPage()->findChild<QLabel *>(QStringLiteral("summaryHeadline"));
    QVERIFY(headline);
    if (rootCause.isEmpty()) {
        QVERIFY2(report.findings.isEmpty(), qPrintable(context));
        QVERIFY(headline->text().contains(QLatin1String("No problem found")));
        // No root cause: no page offers to jump anywhere.
        QVERIFY(!window.stepPage(1)
                     ->findChild<QWidget *>(QStringLiteral("rootCauseBar"))
                     ->isVisibleTo(window.stepPage(1)));
        return;
    }
    QVERIFY2(!report.findings.isEmpty(), qPrintable(context));
    QCOMPARE(causeCode(report.findings.first().cause), rootCause);
    QCOMPARE(report.findings.first().step, rootCauseStep);
    QVERIFY2(headline->text().contains(causeTitle(report.findings.first().cause).toHtmlEscaped()),
             qPrintable(headline->text()));

    // From a page that does not hold the root cause, the wizard offers to jump there.
    const int other = rootCauseStep == 6 ? 1 : 6;
    window.goToStep(other);
    // Its banner leads with the symptom as measured (nginx's status for the URL now);
    // each page's "What to do next" is its own, never "read the checks".
    auto *banner = window.stepPage(other)->findChild<QWidget *>(QStringLiteral("rootCauseBar"));
    QVERIFY(banner && banner->findChild<QLabel *>());
    if (report.target.urlStatus > 0)
        QVERIFY2(banner->findChild<QLabel *>()->text().contains(
                     QStringLiteral("answers %1").arg(report.target.urlStatus)),
                 qPrintable(banner->findChild<QLabel *>()->text()));
    // The URL fails now: the banner is red (amber is for a URL that answers now).
    if (report.target.urlStatus == 0 || report.target.urlStatus >= 500) {
        QColor red = StatusIcon::colour(CheckStatus::Fail, QApplication::palette());
        red.setAlphaF(0.12);
        QCOMPARE(banner->palette().color(QPalette::Window), red);
    }
    for (int step = 1; step <= 6; ++step) {
        auto *next = window.stepPage(step)->findChild<QLabel *>(QStringLiteral("whatNext"));
        QVERIFY(next);
        QVERIFY2(!next->text().contains(QLatin1String("checks above marked")), qPrintable(next->text()));
    }
    auto *jump = window.stepPage(other)->findChild<QPushButton *>(QStringLiteral("jumpToRootCause"));
    QVERIFY(jump && jump->isVisibleTo(window.stepPage(other)));
    QTest::mouseClick(jump, Qt::LeftButton);
    QCOMPARE(window.currentPage(), int(MainWindow::FirstStep) + rootCauseStep - 1);

    // Step 2's log view shows the log's lines, grouped: the failure has a group of its own.
    auto *panel = window.stepPage(2)->findChild<ErrorLogPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 10000);
    QVERIFY(!panel->model()->logIndex().groups().isEmpty());
}

std::unique_ptr<MainWindow> TestWizard::connectToLab(lab::LabSshd &sshd, const QString &knownHosts)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    WizardDriver driver(*window);
    driver.chooseSsh(WizardDriver::labDefaults(knownHosts), sshd.host(), sshd.port(), loginUser(),
                     sshd.clientKeyPath());
    driver.pressConnect();
    return window;
}

void TestWizard::unknownHostKeyRefusedStopsAtStart()
{
    lab::LabSshd sshd;
    const lab::LabStatus started = sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(QFile(knownHosts).open(QIODevice::WriteOnly)); // empty: every key is unknown

    std::unique_ptr<MainWindow> owner = connectToLab(sshd, knownHosts);
    QVERIFY(owner);
    MainWindow &window = *owner;

    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"));
    QVERIFY2(dialog, "the unknown host key dialog did not appear");
    auto *fingerprint = dialog->findChild<QLabel *>(QStringLiteral("fingerprint"));
    QVERIFY(fingerprint);
    QVERIFY2(fingerprint->text().contains(sshd.hostKeyFingerprintSha256()), qPrintable(fingerprint->text()));
    // Cancel is the default button: Enter must not trust the key.
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancel"));
    QVERIFY(cancel && cancel->isDefault());
    QTest::mouseClick(cancel, Qt::LeftButton);

    auto *warning = window.startPage()->findChild<QLabel *>(QStringLiteral("hostKeyWarning"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(sshd.hostKeyFingerprintSha256()), qPrintable(warning->text()));
    QCOMPARE(window.currentPage(), int(MainWindow::Start));
    QVERIFY(!window.session()->isConnected());
    QVERIFY(!window.startPage()->isConnected());
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().isEmpty()); // nothing was trusted
    // Diagnose does not get past the start page either: it asks again.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    dialog = WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"));
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(warning->isVisible());
    QCOMPARE(window.currentPage(), int(MainWindow::Start));
}

void TestWizard::changedHostKeyIsAHardStop()
{
    lab::LabSshd sshd;
    const lab::LabStatus started = sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(knownHosts).ok());
    // The server now presents another key than the one this computer knows.
    QVERIFY(sshd.rotateHostKey().ok());

    std::unique_ptr<MainWindow> owner = connectToLab(sshd, knownHosts);
    QVERIFY(owner);
    MainWindow &window = *owner;

    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("hostKeyChangedDialog"));
    QVERIFY2(dialog, "the changed host key warning did not appear");
    // A hard stop: there is no button that connects anyway.
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        QVERIFY2(!b->text().contains(QLatin1String("rust")), qPrintable(b->text()));
    dialog->reject();
    auto *warning = window.startPage()->findChild<QLabel *>(QStringLiteral("hostKeyWarning"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("ssh-keygen -R")), qPrintable(warning->text()));
    QCOMPARE(window.currentPage(), int(MainWindow::Start));
    QVERIFY(!window.session()->isConnected());
}

void TestWizard::trustOnceConnectsWithoutSavingTheKey()
{
    lab::LabSshd sshd;
    QVERIFY(sshd.start().ok());
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(QFile(knownHosts).open(QIODevice::WriteOnly));

    std::unique_ptr<MainWindow> owner = connectToLab(sshd, knownHosts);
    QVERIFY(owner);
    MainWindow &window = *owner;
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustOnce")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.startPage()->isConnected(),
        qPrintable(window.startPage()->findChild<QLabel *>(QStringLiteral("connectStatus"))->text()), 20000);
    auto *status = window.startPage()->findChild<QLabel *>(QStringLiteral("connectStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("nginx")), 20000);
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().isEmpty());
}

void TestWizard::droppedConnectionOffersReconnectOnTheSamePage()
{
    lab::LabSshd sshd;
    QVERIFY(sshd.start().ok());
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(QFile(knownHosts).open(QIODevice::WriteOnly));
    std::unique_ptr<MainWindow> owner = connectToLab(sshd, knownHosts);
    QVERIFY(owner);
    MainWindow &window = *owner;
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"));
    QVERIFY(dialog);
    // Trusted once: the reconnect must not ask again in this session.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustOnce")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.startPage()->isConnected(),
        qPrintable(window.startPage()->findChild<QLabel *>(QStringLiteral("connectStatus"))->text()), 20000);

    QVERIFY(sshd.dropConnections().ok());
    // The next command notices (the wizard always has one going while it works).
    window.session()->machine()->run(CommandSpec::of({QStringLiteral("true")}), &window,
                                     [](const CommandResult &) {});
    NoticeBar *notice = window.noticeBar();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
    QVERIFY2(notice->text().contains(QLatin1String("lost")), qPrintable(notice->text()));
    QCOMPARE(window.currentPage(), int(MainWindow::Start));
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 20000);
    QVERIFY(window.session()->isConnected());
    QVERIFY(!WizardDriver::waitForDialog(QStringLiteral("hostKeyDialog"), 200));
}

// Step 2 lists the app server's own log beside nginx's, in the same grouped view: a real
// gunicorn killed a slow request at its own --timeout (issue 14).
void TestWizard::appServerLogBesideNginx()
{
    WizardLab lab;
    const lab::LabStatus ready = lab.start(QStringLiteral("gunicorn_timeout"));
    if (!ready.ok() && ready.message().contains(QLatin1String("not installed")))
        QSKIP(qPrintable(ready.message()));
    QVERIFY2(ready.ok(), qPrintable(ready.message()));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(lab.configPath(), lab.url());
    QVERIFY(driver.diagnose());
    const DiagnosisReport &report = window.session()->report();
    QVERIFY(report.rootCause());
    QCOMPARE(causeCode(report.rootCause()->cause), QStringLiteral("upstream_timeout"));
    QVERIFY2(report.rootCause()->remedy.contains(QLatin1String("--timeout")),
             qPrintable(report.rootCause()->remedy));
    // The URL answers now (the limit fired on a slow request): the root cause's bar is
    // amber, not the red of a URL that fails.
    QVERIFY2(report.target.urlStatus > 0 && report.target.urlStatus < 500,
             qPrintable(QString::number(report.target.urlStatus)));
    auto *bar = window.stepPage(1)->findChild<QWidget *>(QStringLiteral("rootCauseBar"));
    QVERIFY(bar);
    QColor amber = StatusIcon::colour(CheckStatus::Warn, QApplication::palette());
    amber.setAlphaF(0.12);
    QCOMPARE(bar->palette().color(QPalette::Window), amber);

    window.goToStep(2);
    auto *panel = window.stepPage(2)->findChild<ErrorLogPanel *>();
    QVERIFY(panel);
    auto *logs = panel->findChild<QComboBox *>();
    QVERIFY(logs);
    int app = -1;
    QStringList items;
    for (int i = 0; i < logs->count(); ++i) {
        items << logs->itemText(i);
        if (logs->itemText(i).startsWith(QLatin1String("gunicorn")))
            app = i;
    }
    QVERIFY2(app > 0, qPrintable(items.join(QLatin1String(" | ")))); // after nginx's own log
    logs->setCurrentIndex(app);
    emit logs->activated(app);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->logIndex().format() == ErrorLogIndex::Format::App &&
                                 panel->model()->rowCount() > 0,
                             10000);
    QVERIFY(panel->model()->logIndex().group(QStringLiteral("worker_timeout|gunicorn")));
    // The group list names it in plain words, marked as a failure.
    auto *groups = panel->findChild<QTreeWidget *>();
    QVERIFY(groups);
    bool titled = false;
    for (int i = 0; i < groups->topLevelItemCount(); ++i)
        titled = titled ||
                 groups->topLevelItem(i)->text(0).contains(QLatin1String("Worker killed for its time limit"));
    QVERIFY(titled);
}

void TestWizard::followShowsNewLogLines()
{
    WizardLab lab;
    QVERIFY(lab.start(QStringLiteral("nothing_listening")).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(lab.configPath(), lab.url());
    QVERIFY(driver.diagnose());
    window.goToStep(2);
    auto *panel = window.stepPage(2)->findChild<ErrorLogPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 10000);
    // Only the refused lines: the group of the failure.
    auto *groups = panel->findChild<QTreeWidget *>(QStringLiteral("logGroups"));
    QVERIFY(groups && groups->topLevelItemCount() >= 2);
    groups->setCurrentItem(groups->topLevelItem(1));
    const int before = panel->model()->rowCount();
    QVERIFY(before >= 1);
    auto *follow = panel->findChild<QCheckBox *>(QStringLiteral("followToggle"));
    QVERIFY(follow && follow->isEnabled());
    follow->setChecked(true);
    lab.sendTraffic(2);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() >= before + 2, 15000);
    follow->setChecked(false);
}

void TestWizard::keyPassphraseIsAskedForThenConnects()
{
    lab::LabSshd sshd;
    QVERIFY(sshd.start().ok());
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(knownHosts).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseSsh(WizardDriver::labDefaults(knownHosts), sshd.host(), sshd.port(), loginUser(),
                     sshd.passphraseKeyPath());
    driver.pressConnect();
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("secretDialog"));
    QVERIFY2(dialog, "the passphrase was not asked for");
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, lab::LabSshd::passphrase());
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.startPage()->isConnected(),
        qPrintable(window.startPage()->findChild<QLabel *>(QStringLiteral("connectStatus"))->text()), 20000);
}

void TestWizard::sudoPasswordIsAskedOnlyWhenAStepNeedsIt()
{
    if (const QString why = lab::LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(lab::LabUsers::ensure().ok());
    WizardLab lab;
    QVERIFY(lab.start(QStringLiteral("nothing_listening")).ok());
    // Only root may read the error log: step 2 needs sudo, and sudo wants a password.
    QVERIFY(QFile::setPermissions(lab.nginx().errorLogPath(), QFile::ReadOwner | QFile::WriteOwner));
    lab::LabSshd sshd;
    QVERIFY(sshd.start().ok());
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(sshd.writeKnownHosts(knownHosts).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseSsh(WizardDriver::labDefaults(knownHosts), sshd.host(), sshd.port(),
                     lab::LabUsers::passwordSudoUser(), sshd.clientKeyPath(), lab.configPath(), lab.url());
    QVERIFY(driver.diagnose());
    // Not asked up front: only now that a check needed root does the wizard ask.
    NoticeBar *notice = window.noticeBar();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("root")), qPrintable(notice->text()));
    QVERIFY(!WizardDriver::waitForDialog(QStringLiteral("secretDialog"), 100));
    QSignalSpy finished(window.session(), &WizardSession::diagnosisFinished);
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("secretDialog"));
    QVERIFY(dialog);
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
    QTest::keyClicks(secret, lab::LabUsers::password());
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    const StepResult *step2 = window.session()->report().step(2);
    QVERIFY(step2);
    for (const CheckResult &check : step2->checks) {
        if (check.id == QLatin1String("log.read"))
            QVERIFY2(check.status == CheckStatus::Pass, qPrintable(check.explanation));
    }
    QVERIFY(!notice->isVisible());
}

void TestWizard::cancelKeepsTheWizardUsable()
{
    WizardLab lab;
    QVERIFY(lab.start(QStringLiteral("healthy")).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(lab.configPath(), lab.url());
    QSignalSpy failed(window.session(), &WizardSession::diagnosisFailed);
    QSignalSpy started(window.session(), &WizardSession::diagnosisStarted);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QTRY_VERIFY(!started.isEmpty());
    // Escape cancels what runs.
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(failed.first().first().value<RemoteError>().kind(), RemoteError::Kind::Cancelled);
    QCOMPARE(window.stepPage(1)->verdict(), QStringLiteral("error"));
    // And the wizard still diagnoses afterwards.
    QSignalSpy finished(window.session(), &WizardSession::diagnosisFinished);
    QTest::mouseClick(window.stepPage(1)->findChild<QPushButton *>(QStringLiteral("rerunButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(window.stepPage(1)->verdict(), QStringLiteral("pass"));
}

// A URL that cannot be one is said on the start page, before anything connects; one
// typed as the address bar shows it (no http://) is taken as it is meant.
void TestWizard::typoInTheUrlIsSaidBeforeConnecting()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    driver.chooseLocal(QString(), QStringLiteral("http://example.org/a b"));
    driver.pressConnect();
    auto *status = window.startPage()->findChild<QLabel *>(QStringLiteral("connectStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("a space at character 21")), qPrintable(status->text()));
    QVERIFY(!window.startPage()->isConnecting());
    QVERIFY(!window.session()->isConnected());
    // Next does not pass it either.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(window.currentPage(), int(MainWindow::Start));
    QVERIFY(!window.startPage()->isConnecting());

    auto *url = window.startPage()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->setText(QStringLiteral("127.0.0.1:9/health"));
    driver.pressConnect();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isConnected(), 20000);
    QCOMPARE(window.startPage()->options().url, QStringLiteral("http://127.0.0.1:9/health"));
}

// A shared server whose URL works while eight other sites' upstreams are down: the
// summary shows three of them and folds the other five behind one line that says
// what they are.
void TestWizard::manyOtherSitesFoldIntoOneLine()
{
    WizardLab lab;
    const std::unique_ptr<MainWindow> owner =
        WizardDriver::diagnosedWindow(lab, QStringLiteral("many_sites_down"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    const DiagnosisReport &report = window.session()->report();
    QVERIFY(!report.rootCause());
    int elsewhere = 0;
    for (const Finding &f : report.findings)
        elsewhere += f.scope == FindingScope::Elsewhere ? 1 : 0;
    QCOMPARE(elsewhere, 8);

    window.goToPage(MainWindow::Summary);
    SummaryPage *summary = window.summaryPage();
    Collapsible *more = nullptr;
    QTRY_VERIFY((more = summary->findChild<Collapsible *>(QStringLiteral("moreFindings"))) != nullptr);
    const QString title = more->toggleButton()->text();
    QVERIFY2(title.contains(QStringLiteral("5 more here: %1 ×5").arg(causeTitle(Cause::UpstreamDown))),
             qPrintable(title));
    QVERIFY(!more->isExpanded());
    int shown = 0, folded = 0;
    for (FindingCard *card : summary->findChildren<FindingCard *>())
        (more->isAncestorOf(card) ? folded : shown) += 1;
    QCOMPARE(folded, 5);
    QCOMPARE(shown, int(report.findings.size()) - 5);
    more->setExpanded(true);
    for (FindingCard *card : summary->findChildren<FindingCard *>())
        QVERIFY(card->isVisibleTo(summary));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
