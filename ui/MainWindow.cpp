#include "ui/MainWindow.h"

#include "app/model/Step.h"

#include "remote/Machine.h"
#include "remote/SecretBytes.h"
#include "remote/SshMachine.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/actions/MonitorAction.h"
#include "ui/dialogs/ExcerptDialog.h"
#include "ui/dialogs/SecretDialog.h"
#include "ui/pages/DiscoveryPage.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/panels/ConfigBlockPanel.h"
#include "ui/panels/ErrorLogPanel.h"
#include "ui/panels/ServiceHealthPanel.h"
#include "ui/panels/TimeoutsPanel.h"
#include "ui/practice/CauseAnswerDialog.h"
#include "ui/practice/DebriefPage.h"
#include "ui/practice/PracticeBanner.h"
#include "ui/practice/PracticeController.h"
#include "ui/practice/ScenarioPicker.h"
#include "ui/session/ConnectFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/StatusIcon.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gd {

namespace {
// Pages without a verdict get an empty icon, so every title starts at the same x.
QIcon blankIcon()
{
    QPixmap pm(18, 18);
    pm.fill(Qt::transparent);
    return QIcon(pm);
}

QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The panels under a step's checks, for the steps that have one.
struct StepPanelRow
{
    int step;
    StepPanel *(*create)(WizardSession *session);
};

const StepPanelRow kStepPanels[] = {
    {2, [](WizardSession *session) -> StepPanel * { return new ErrorLogPanel(session); }},
    {4, [](WizardSession *) -> StepPanel * { return new ConfigBlockPanel; }},
    {5, [](WizardSession *session) -> StepPanel * { return new TimeoutsPanel(session); }},
    {6, [](WizardSession *session) -> StepPanel * { return new ServiceHealthPanel(session); }},
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WizardSession(this)), m_reconnect(new ConnectFlow(m_session, this)),
      m_practice(new PracticeController(this)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_notice(new NoticeBar(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gateway Doctor"));
    buildPages();
    buildLayout();
    connectSession();
    connectReconnect();
    connectPractice();
    addShortcuts();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 760);
    goToPage(Start);
}

MainWindow::~MainWindow() = default;

template <typename P> P *MainWindow::addPage(const QString &label, P *page, int step)
{
    m_pages.append({label, step > 0 ? stepTitle(step) : QString(), step});
    m_stack->addWidget(scrolled(page));
    return page;
}

// The page table: the navigation list, the stack and Back/Next all go by it.
void MainWindow::buildPages()
{
    m_start = addPage(tr("Start"), new StartPage(m_session, new ScenarioPicker(m_practice)));
    m_discovery = addPage(tr("Discovery"), new DiscoveryPage(m_session));
    for (const StepInfo &step : stepTable())
        m_steps << addPage(stepShortTitle(step.number), createStepPage(step.number), step.number);
    m_summary = addPage(tr("Summary"), new SummaryPage(m_session));
    m_debrief = addPage(tr("Debrief"), new DebriefPage);
    Q_ASSERT(lastPage() == Debrief && m_steps.size() == kStepCount);

    connect(m_discovery, &DiscoveryPage::locationActivated, this, &MainWindow::openLocation);
    connect(m_summary, &SummaryPage::locationActivated, this, &MainWindow::openLocation);
    connect(m_summary, &SummaryPage::stepRequested, this, &MainWindow::goToStep);
}

StepPage *MainWindow::createStepPage(int step)
{
    StepPanel *panel = nullptr;
    for (const StepPanelRow &row : kStepPanels) {
        if (row.step == step)
            panel = row.create(m_session);
    }
    auto *page = new StepPage(step, m_session, panel);
    connect(page, &StepPage::locationActivated, this, &MainWindow::openLocation);
    connect(page, &StepPage::stepRequested, this, &MainWindow::goToStep);
    return page;
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    buildNavigation();
    outer->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    m_banner = new PracticeBanner(m_practice, central);
    right->addWidget(m_banner);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    right->addWidget(m_notice);
    right->addWidget(m_stack, 1);
    right->addLayout(buildButtons());
    outer->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex())
            goToPage(row);
    });
}

QLayout *MainWindow::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_back->setToolTip(tr("Previous page (Alt+Left)"));
    m_next->setToolTip(tr("Next page (Alt+Right)"));
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::next);
    return buttons;
}

void MainWindow::connectSession()
{
    connect(m_start, &StartPage::proceedRequested, this, [this] {
        m_session->startDiagnosis();
        goToPage(Discovery);
    });
    connect(m_session, &WizardSession::diagnosisStarted, this, [this] {
        m_notice->hide();
        m_sudoNotice = false;
        updateNavigation();
        statusBar()->showMessage(tr("Diagnosing %1…").arg(m_session->targetName()));
    });
    connect(m_session, &WizardSession::progress, this,
            [this](const QString &what) { statusBar()->showMessage(what); });
    connect(m_session, &WizardSession::diagnosisFinished, this, &MainWindow::onDiagnosisFinished);
    connect(m_session, &WizardSession::diagnosisFailed, this, [this](const RemoteError &error) {
        statusBar()->showMessage(error.message());
        updateNavigation();
    });
    connect(m_session, &WizardSession::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_session, &WizardSession::targetChanged, this, [this] { m_notice->hide(); });
    // The title names the machine: with two windows open, one knows which is which.
    connect(m_session, &WizardSession::connected, this,
            [this] { setWindowTitle(tr("%1 — Gateway Doctor").arg(m_session->targetName())); });
}

// The notice bar's button and the connection flows: reconnecting after a dropped
// connection, the sudo password, keychain trouble.
void MainWindow::connectReconnect()
{
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        if (m_sudoNotice)
            askSudoPassword();
        else
            m_reconnect->start();
    });
    // Saving or forgetting a secret in the keychain can fail after its dialog closed
    // (the login went on): say so where it is seen, without stopping anything.
    for (ConnectFlow *flow : {m_reconnect, m_start->connectFlow()})
        connect(flow, &ConnectFlow::keychainProblem, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_reconnect, &ConnectFlow::succeeded, this, [this] {
        m_notice->hide();
        statusBar()->showMessage(tr("Connected to %1 again.").arg(m_session->targetName()), 5000);
    });
    connect(m_reconnect, &ConnectFlow::failed, this, [this](const RemoteError &error) {
        m_notice->showNotice(
            WizardTexts::text("connection.lost").arg(m_session->targetName().toHtmlEscaped()) +
                QStringLiteral("<br>") + error.message().toHtmlEscaped(),
            tr("&Reconnect"), CheckStatus::Fail);
    });
}

// A practice run: the lab starts off the GUI thread (the picker shows its progress),
// then the normal wizard diagnoses the lab's nginx on this computer, with the banner on
// top; its end shows the debrief. Verdicts follow the controller (hidden in practice
// mode until the trainee names a cause, in exam mode until the end).
void MainWindow::connectPractice()
{
    connect(m_practice, &PracticeController::started, this, &MainWindow::onPracticeStarted);
    connect(m_practice, &PracticeController::verdictsHiddenChanged, this, [this](bool hidden) {
        m_session->setVerdictsHidden(hidden);
        updateNavigation();
        // The status line said they were hidden; it must not go on saying so.
        if (!hidden && m_session->hasReport() && !m_session->isDiagnosing())
            statusBar()->showMessage(tr("The doctor's verdicts are open."));
    });
    connect(m_banner, &PracticeBanner::answerRequested, this, &MainWindow::askCause);
    connect(m_practice, &PracticeController::finished, this, [this](const gd::Debrief &debrief) {
        m_debrief->showDebrief(debrief);
        updateNavigation();
        if (!m_closeAfterStop)
            goToPage(Debrief);
    });
    connect(m_practice, &PracticeController::stopped, this,
            [this] { statusBar()->showMessage(tr("The practice lab was stopped."), 5000); });
    // Whatever was still running when the window was closed has ended.
    connect(m_practice, &PracticeController::idle, this, [this] {
        if (m_closeAfterStop && !m_practice->isRunning())
            close();
    });
    connect(m_start, &StartPage::modeChanged, this, &MainWindow::updateButtons);
    // Leaving the lab for a real target ends the practice run.
    connect(m_start, &StartPage::proceedRequested, this, [this] {
        if (m_practice->isRunning())
            m_practice->finish();
        m_banner->hide();
    });
}

void MainWindow::onPracticeStarted()
{
    if (m_closeAfterStop) {
        m_practice->finish(); // the window was closed while the lab was starting
        return;
    }
    const PracticeStart &start = m_practice->current();
    m_session->useLocal();
    DiagnosisOptions options;
    options.configFile = start.configFile;
    options.url = start.url;
    m_session->setOptions(options);
    m_session->setVerdictsHidden(m_practice->verdictsHidden());
    setWindowTitle(tr("Practice: %1 — Gateway Doctor").arg(start.title));
    m_session->startDiagnosis();
    goToPage(Discovery);
}

void MainWindow::askCause()
{
    // The candidates: the error-log lines the doctor quoted on step 2, and the line
    // chosen in step 2's log view, if any.
    QStringList lines;
    if (m_session->hasReport()) {
        if (const StepResult *step = m_session->report().step(2)) {
            for (const CheckResult &check : step->checks) {
                for (const Evidence &e : check.evidence) {
                    const QString line = e.excerpt.trimmed();
                    if (e.source == QLatin1String("error_log") && !line.isEmpty() && !lines.contains(line))
                        lines << line;
                }
            }
        }
    }
    QString chosen;
    if (auto *panel = qobject_cast<ErrorLogPanel *>(stepPage(2)->panel())) {
        const QModelIndex index = panel->view()->currentIndex();
        if (index.isValid())
            chosen = index.data(Qt::DisplayRole).toString().trimmed();
    }
    auto *dialog = new CauseAnswerDialog(lines, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_practice->answer(dialog->cause(), dialog->evidence()); });
    dialog->open();
}

void MainWindow::addShortcuts()
{
    // Keyboard: Escape cancels what runs; Alt+arrows and Ctrl+PgUp/PgDn move between pages.
    // (Written as text: Qt 5 with C++20 deprecates or-ing Qt::Modifier and Qt::Key.)
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelRunning);
    connect(new QShortcut(QKeySequence(QStringLiteral("Alt+Right")), this), &QShortcut::activated, this,
            &MainWindow::next);
    connect(new QShortcut(QKeySequence(QStringLiteral("Alt+Left")), this), &QShortcut::activated, this,
            &MainWindow::back);
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgDown")), this), &QShortcut::activated, this,
            [this] { goToPage(qMin(currentPage() + 1, lastPage())); });
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgUp")), this), &QShortcut::activated, this,
            [this] { goToPage(qMax(currentPage() - 1, 0)); });
}

void MainWindow::buildNavigation()
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Wizard pages"));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setSpacing(2);
    for (const PageRow &page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(blankIcon(), page.label, m_nav);
        item->setToolTip(page.toolTip);
    }
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 48);
    updateNavigation();
}

bool MainWindow::started() const
{
    return m_session->isDiagnosing() || m_session->hasReport();
}

int MainWindow::lastReachablePage() const
{
    return m_debrief->hasDebrief() ? Debrief : Summary;
}

void MainWindow::updateNavigation()
{
    const DiagnosisReport &report = m_session->report();
    // The start page stays open; the others wait for a diagnosis.
    for (int i = Start + 1; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        const bool open = i == Debrief ? m_debrief->hasDebrief() : started();
        item->setFlags(open ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        item->setHidden(i == Debrief && !m_debrief->hasDebrief() && !m_practice->hasStarted());
        QIcon icon = blankIcon();
        if (m_session->hasReport() && !m_session->verdictsHidden() && m_pages.at(i).step > 0) {
            if (const StepResult *step = report.step(m_pages.at(i).step))
                icon = StatusIcon::icon(step->status, palette());
        }
        item->setIcon(icon);
    }
    updateButtons();
}

void MainWindow::updateButtons()
{
    const int page = currentPage();
    m_back->setEnabled(page > Start);
    m_next->setText(page != Start           ? tr("&Next")
                    : m_start->isPractice() ? tr("Start the &lab")
                                            : tr("&Diagnose"));
    m_next->setEnabled(page == Start || (page < lastReachablePage() && started()));
    m_next->setDefault(true);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::goToPage(int page)
{
    if (page < 0 || page > lastReachablePage())
        return;
    m_stack->setCurrentIndex(page);
    {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(page);
    }
    updateButtons();
}

void MainWindow::next()
{
    if (currentPage() == Start) {
        m_start->proceed();
        return;
    }
    if (m_next->isEnabled())
        goToPage(currentPage() + 1);
}

void MainWindow::back()
{
    if (currentPage() > Start)
        goToPage(currentPage() - 1);
}

void MainWindow::cancelRunning()
{
    if (m_session->isDiagnosing()) {
        m_session->cancelDiagnosis();
        statusBar()->showMessage(tr("Cancelling…"), 3000);
    } else if (m_start->isConnecting()) {
        m_start->cancelConnect();
    } else if (QWidget *page = m_stack->currentWidget()) {
        // On steps 5 and 6: a change waiting for its confirmation is cancelled
        // (nothing written), a running watch stops.
        for (ApplyFlow *flow : page->findChildren<ApplyFlow *>()) {
            if (flow->isAwaitingConfirmation())
                flow->decline();
        }
        for (MonitorAction *monitor : page->findChildren<MonitorAction *>()) {
            if (monitor->isRunning())
                monitor->cancel();
        }
    }
}

void MainWindow::openLocation(const Evidence &evidence)
{
    auto *dialog = new ExcerptDialog(m_session->diagnosis(), evidence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onDiagnosisFinished()
{
    updateNavigation();
    const DiagnosisReport &report = m_session->report();
    const int n = int(report.findings.size());
    if (m_session->verdictsHidden())
        statusBar()->showMessage(tr("Diagnosed; the verdicts stay hidden until you name the cause."));
    else
        statusBar()->showMessage(n == 0   ? tr("No problem found.")
                                 : n == 1 ? tr("1 finding.")
                                          : tr("%1 findings.").arg(n));
    if (m_session->needsSudoPassword()) {
        m_sudoNotice = true;
        m_notice->showNotice(WizardTexts::text("sudo.needed"), tr("Enter the &sudo password…"),
                             CheckStatus::Warn);
    }
}

void MainWindow::onConnectionLost()
{
    m_sudoNotice = false;
    m_notice->showNotice(WizardTexts::text("connection.lost").arg(m_session->targetName().toHtmlEscaped()),
                         tr("&Reconnect"), CheckStatus::Fail);
}

void MainWindow::askSudoPassword()
{
    Machine *machine = m_session->machine();
    if (!machine)
        return;
    QString user = qEnvironmentVariable("USER");
    if (SshMachine *ssh = m_session->sshMachine())
        user = ssh->loggedInUser();
    auto *dialog = new SecretDialog(SecretDialog::Kind::Sudo, m_session->targetName(), user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SecretBytes secret(dialog->takeSecret());
        if (Machine *m = m_session->machine())
            m->setSudoPassword(secret.bytes());
        m_notice->hide();
        m_session->startDiagnosis();
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running lab is stopped first, without waiting here: the window closes when the
    // lab reports it has stopped (or could not start).
    if (m_practice->isRunning() || m_practice->isBusy()) {
        event->ignore();
        if (!m_closeAfterStop) {
            m_closeAfterStop = true;
            statusBar()->showMessage(tr("Stopping the practice lab…"));
            m_practice->finish();
        }
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_session->cancelDiagnosis();
    QMainWindow::closeEvent(event);
}

} // namespace gd
