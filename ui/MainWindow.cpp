#include "ui/MainWindow.h"

#include "app/model/Step.h"

#include "remote/Machine.h"
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
#include "ui/session/ConnectFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/StatusIcon.h"

#include <QCloseEvent>
#include <QHBoxLayout>
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
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WizardSession(this)), m_reconnect(new ConnectFlow(m_session, this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_notice(new NoticeBar(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gateway Doctor"));

    m_start = new StartPage(m_session);
    m_discovery = new DiscoveryPage(m_session);
    m_stack->addWidget(scrolled(m_start));
    m_stack->addWidget(scrolled(m_discovery));
    for (int step = 1; step <= 6; ++step) {
        StepPanel *panel = nullptr;
        switch (step) {
        case 2:
            panel = new ErrorLogPanel(m_session);
            break;
        case 4:
            panel = new ConfigBlockPanel;
            break;
        case 5:
            panel = new TimeoutsPanel(m_session);
            break;
        case 6:
            panel = new ServiceHealthPanel(m_session);
            break;
        default:
            break;
        }
        auto *page = new StepPage(step, m_session, panel);
        connect(page, &StepPage::locationActivated, this, &MainWindow::openLocation);
        connect(page, &StepPage::stepRequested, this, &MainWindow::goToStep);
        m_steps << page;
        m_stack->addWidget(scrolled(page));
    }
    m_summary = new SummaryPage(m_session);
    m_stack->addWidget(scrolled(m_summary));
    connect(m_discovery, &DiscoveryPage::locationActivated, this, &MainWindow::openLocation);
    connect(m_summary, &SummaryPage::locationActivated, this, &MainWindow::openLocation);
    connect(m_summary, &SummaryPage::stepRequested, this, &MainWindow::goToStep);

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    buildNavigation();
    outer->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    right->addWidget(m_notice);
    right->addWidget(m_stack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_back->setToolTip(tr("Previous page (Alt+Left)"));
    m_next->setToolTip(tr("Next page (Alt+Right)"));
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    right->addLayout(buttons);
    outer->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::next);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex())
            goToPage(row);
    });
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

    // Keyboard: Escape cancels what runs; Alt+arrows and Ctrl+PgUp/PgDn move between pages.
    // (Written as text: Qt 5 with C++20 deprecates or-ing Qt::Modifier and Qt::Key.)
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelRunning);
    connect(new QShortcut(QKeySequence(QStringLiteral("Alt+Right")), this), &QShortcut::activated, this,
            &MainWindow::next);
    connect(new QShortcut(QKeySequence(QStringLiteral("Alt+Left")), this), &QShortcut::activated, this,
            &MainWindow::back);
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgDown")), this), &QShortcut::activated, this,
            [this] { goToPage(qMin(currentPage() + 1, int(PageCount) - 1)); });
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgUp")), this), &QShortcut::activated, this,
            [this] { goToPage(qMax(currentPage() - 1, 0)); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 760);
    goToPage(Start);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Wizard pages"));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setSpacing(2);
    m_nav->addItem(tr("Start"));
    m_nav->addItem(tr("Discovery"));
    for (int step = 1; step <= kStepCount; ++step)
        m_nav->addItem(stepShortTitle(step));
    m_nav->addItem(tr("Summary"));
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setIcon(blankIcon());
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setToolTip(i >= FirstStep && i < Summary ? stepTitle(i - FirstStep + 1) : QString());
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 48);
    updateNavigation();
}

void MainWindow::updateNavigation()
{
    const bool started = m_session->isDiagnosing() || m_session->hasReport();
    const DiagnosisReport &report = m_session->report();
    for (int i = 1; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        item->setFlags(started ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        QIcon icon = blankIcon();
        if (m_session->hasReport() && i >= FirstStep && i < Summary) {
            if (const StepResult *step = report.step(i - FirstStep + 1))
                icon = StatusIcon::icon(step->status, palette());
        }
        item->setIcon(icon);
    }
    updateButtons();
}

void MainWindow::updateButtons()
{
    const int page = currentPage();
    const bool started = m_session->isDiagnosing() || m_session->hasReport();
    m_back->setEnabled(page > Start);
    m_next->setText(page == Start ? tr("&Diagnose") : tr("&Next"));
    m_next->setEnabled(page == Start || (page < Summary && started));
    m_next->setDefault(true);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::goToPage(int page)
{
    if (page < 0 || page >= PageCount)
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
        QByteArray secret = dialog->takeSecret();
        if (Machine *m = m_session->machine())
            m->setSudoPassword(secret);
        secret.fill('\0');
        m_notice->hide();
        m_session->startDiagnosis();
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_session->cancelDiagnosis();
    QMainWindow::closeEvent(event);
}

} // namespace gd
