#include "ui/pages/StartPage.h"

#include "app/model/FailingUrl.h"
#include "app/probes/NginxLocator.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"
#include "ui/dialogs/HostKeyChangedDialog.h"
#include "ui/practice/ScenarioPicker.h"
#include "ui/session/ConnectFlow.h"
#include "ui/session/RecentTargets.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gd {

namespace {
QLabel *hint(const QString &text, QWidget *parent, bool wrap = false)
{
    auto *label = new QLabel(QStringLiteral("<small>%1</small>").arg(text), parent);
    // Inside a QFormLayout a word-wrapped label reserves extra height: short hints
    // stay on one line (their full text is the tooltip when the window is narrow).
    label->setWordWrap(wrap);
    label->setToolTip(text);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

StartPage::StartPage(WizardSession *session, ScenarioPicker *picker, QWidget *parent)
    : QWidget(parent), m_session(session), m_flow(new ConnectFlow(session, this)), m_picker(picker)
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(WizardTexts::text("start.title").toHtmlEscaped()), this);
    layout->addWidget(title);
    auto *intro = new QLabel(WizardTexts::text("start.intro"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(buildTargetBox());
    layout->addWidget(buildDiagnoseForm());
    layout->addStretch();

    connectForm();
    updateMode();
}

// Where to diagnose: this computer, a server over SSH with its form, or a practice lab
// with its scenario picker.
QWidget *StartPage::buildTargetBox()
{
    auto *where = new QGroupBox(tr("Diagnose"), this);
    auto *whereLayout = new QVBoxLayout(where);
    m_local = new QRadioButton(WizardTexts::text("start.local"), where);
    m_local->setObjectName(QStringLiteral("localRadio"));
    m_ssh = new QRadioButton(WizardTexts::text("start.ssh"), where);
    m_ssh->setObjectName(QStringLiteral("sshRadio"));
    m_local->setChecked(true);
    whereLayout->addWidget(m_local);
    whereLayout->addWidget(m_ssh);
    whereLayout->addWidget(buildSshForm(where));
    if (m_picker) {
        m_lab = new QRadioButton(WizardTexts::text("start.lab"), where);
        m_lab->setObjectName(QStringLiteral("labRadio"));
        m_lab->setToolTip(WizardTexts::text("start.lab.hint"));
        whereLayout->addWidget(m_lab);
        auto *labHint = hint(WizardTexts::text("start.lab.hint"), where, true);
        labHint->setContentsMargins(24, 0, 0, 0);
        whereLayout->addWidget(labHint);
        m_picker->setParent(where);
        whereLayout->addWidget(m_picker);
    }
    return where;
}

// The failing URL, the advanced settings and Connect: a lab brings its own.
QWidget *StartPage::buildDiagnoseForm()
{
    m_diagnoseForm = new QWidget(this);
    auto *layout = new QVBoxLayout(m_diagnoseForm);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildUrlBox());
    QWidget *advanced = buildAdvancedForm();
    layout->addWidget(new Collapsible(tr("Advanced"), advanced, m_diagnoseForm));
    layout->addLayout(buildConnectRow());
    layout->addWidget(buildHostKeyWarning());
    layout->addWidget(hint(WizardTexts::text("start.secrets"), m_diagnoseForm, true));
    return m_diagnoseForm;
}

QWidget *StartPage::buildSshForm(QWidget *parent)
{
    m_sshForm = new QWidget(parent);
    auto *form = new QFormLayout(m_sshForm);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QComboBox(m_sshForm);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->lineEdit()->setPlaceholderText(tr("web1.example.org or an alias"));
    for (const RecentTargets::Entry &e : RecentTargets::load())
        m_host->addItem(e.label());
    m_host->setCurrentIndex(-1);
    m_host->setAccessibleName(tr("Server"));
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(QString(), hint(WizardTexts::text("start.ssh.hint"), m_sshForm));
    m_user = new QLineEdit(m_sshForm);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("from your SSH config"));
    m_user->setAccessibleName(tr("User"));
    form->addRow(tr("&User:"), m_user);
    m_port = new QSpinBox(m_sshForm);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (22)"));
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("P&ort:"), m_port);
    QLayout *keyRow = buildKeyRow();
    auto *keyLabel = new QLabel(tr("&Key:"), m_sshForm);
    keyLabel->setBuddy(m_identity);
    form->addRow(keyLabel, keyRow);
    return m_sshForm;
}

// The key file, typed or chosen in a file dialog that opens in ~/.ssh.
QLayout *StartPage::buildKeyRow()
{
    auto *keyRow = new QHBoxLayout;
    m_identity = new QLineEdit(m_sshForm);
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setPlaceholderText(tr("the SSH agent and your default keys"));
    m_identity->setAccessibleName(tr("Key file"));
    keyRow->addWidget(m_identity, 1);
    auto *browse = new QPushButton(tr("Bro&wse…"), m_sshForm);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Choose your private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(dialog, &QFileDialog::fileSelected, m_identity, &QLineEdit::setText);
        dialog->open();
    });
    keyRow->addWidget(browse);
    return keyRow;
}

QWidget *StartPage::buildUrlBox()
{
    auto *urlBox = new QGroupBox(tr("The failing page"), this);
    auto *urlForm = new QFormLayout(urlBox);
    m_url = new QLineEdit(urlBox);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://example.org/api/orders"));
    m_url->setAccessibleName(tr("Failing URL"));
    urlForm->addRow(tr("U&RL:"), m_url);
    urlForm->addRow(QString(), hint(WizardTexts::text("start.url.hint"), urlBox));
    return urlBox;
}

// nginx binary, configuration file and how far back to read logs: found or
// defaulted when left alone, so they stay folded away.
QWidget *StartPage::buildAdvancedForm()
{
    auto *advanced = new QWidget;
    auto *advancedForm = new QFormLayout(advanced);
    m_nginx = new QLineEdit(advanced);
    m_nginx->setObjectName(QStringLiteral("nginxEdit"));
    m_nginx->setPlaceholderText(tr("found automatically"));
    m_nginx->setAccessibleName(tr("nginx binary"));
    advancedForm->addRow(tr("n&ginx binary:"), m_nginx);
    m_config = new QLineEdit(advanced);
    m_config->setObjectName(QStringLiteral("configEdit"));
    m_config->setPlaceholderText(tr("the one the running nginx uses"));
    m_config->setAccessibleName(tr("nginx configuration file"));
    advancedForm->addRow(tr("Con&figuration file:"), m_config);
    m_sinceHours = new QSpinBox(advanced);
    m_sinceHours->setRange(1, 24 * 30);
    m_sinceHours->setValue(24);
    m_sinceHours->setSuffix(tr(" hours"));
    m_sinceHours->setAccessibleName(tr("Read logs of the last hours"));
    advancedForm->addRow(tr("Read &logs of the last:"), m_sinceHours);
    return advanced;
}

QLayout *StartPage::buildConnectRow()
{
    auto *connectRow = new QHBoxLayout;
    m_connect = new QPushButton(tr("Connec&t"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setToolTip(tr("Check that the target can be reached and nginx is there"));
    connectRow->addWidget(m_connect);
    m_badge = new StatusBadge(18, false, this);
    connectRow->addWidget(m_badge);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connectRow->addWidget(m_status, 1);
    return connectRow;
}

// Shown after a host key was refused, unknown or changed (see onFailed).
QWidget *StartPage::buildHostKeyWarning()
{
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("hostKeyWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(10);
    m_warning->setAutoFillBackground(true);
    m_warning->hide();
    return m_warning;
}

void StartPage::connectForm()
{
    connect(m_ssh, &QRadioButton::toggled, this, &StartPage::updateMode);
    if (m_lab)
        connect(m_lab, &QRadioButton::toggled, this, &StartPage::updateMode);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_flow->isActive())
            cancelConnect();
        else
            connectNow();
    });
    connect(m_host, qOverload<int>(&QComboBox::activated), this, &StartPage::fillFromRecent);
    connect(m_flow, &ConnectFlow::succeeded, this, &StartPage::onConnected);
    connect(m_flow, &ConnectFlow::failed, this, &StartPage::onFailed);
    // Editing the target after connecting means connecting again.
    const auto stale = [this] {
        if (m_connected && !m_flow->isActive()) {
            m_connected = false;
            m_badge->setIdle();
            m_status->clear();
        }
    };
    connect(m_host, &QComboBox::editTextChanged, this, stale);
    connect(m_user, &QLineEdit::textEdited, this, stale);
    connect(m_identity, &QLineEdit::textEdited, this, stale);
    connect(m_local, &QRadioButton::toggled, this, stale);
    for (QLineEdit *edit : {m_user, m_identity, m_url, m_nginx, m_config})
        connect(edit, &QLineEdit::returnPressed, this, &StartPage::proceed);
    connect(m_host->lineEdit(), &QLineEdit::returnPressed, this, &StartPage::proceed);
}

void StartPage::updateMode()
{
    m_sshForm->setEnabled(m_ssh->isChecked());
    if (m_picker) {
        m_picker->setVisible(isPractice());
        m_diagnoseForm->setVisible(!isPractice());
        if (isPractice())
            m_picker->load();
    }
    emit modeChanged();
}

bool StartPage::isPractice() const
{
    return m_lab && m_lab->isChecked();
}

void StartPage::fillFromRecent(int index)
{
    const QList<RecentTargets::Entry> recent = RecentTargets::load();
    if (index < 0 || index >= recent.size())
        return;
    const RecentTargets::Entry &e = recent.at(index);
    m_host->setEditText(e.host);
    m_user->setText(e.user);
    m_port->setValue(e.port);
    m_identity->setText(e.identityFile);
    if (m_url->text().isEmpty())
        m_url->setText(e.url);
}

void StartPage::setSshDefaults(const SshTarget &defaults)
{
    m_sshDefaults = defaults;
    m_session->setSshDefaults(defaults);
}

SshTarget StartPage::sshTarget() const
{
    SshTarget target = m_sshDefaults;
    QString host = m_host->currentText().trimmed();
    // "user@host:port" typed into the host field works as well.
    if (host.contains(QLatin1Char('@')) || host.count(QLatin1Char(':')) == 1) {
        if (const Result<SshTarget> parsed = SshTarget::parse(host)) {
            host = parsed->host;
            if (parsed->port)
                target.port = parsed->port;
            if (!parsed->user.isEmpty())
                target.user = parsed->user;
        }
    }
    target.host = host;
    if (!m_user->text().trimmed().isEmpty())
        target.user = m_user->text().trimmed();
    if (m_port->value() > 0)
        target.port = m_port->value();
    if (!m_identity->text().trimmed().isEmpty())
        target.identityFile = QDir::fromNativeSeparators(m_identity->text().trimmed());
    return target;
}

DiagnosisOptions StartPage::options() const
{
    DiagnosisOptions options;
    const Result<QString, FailingUrl::Problem> url = FailingUrl::from(m_url->text());
    options.url = url ? *url : m_url->text().trimmed();
    options.nginxBinary = m_nginx->text().trimmed();
    options.configFile = m_config->text().trimmed();
    options.sinceSeconds = qint64(m_sinceHours->value()) * 3600;
    return options;
}

bool StartPage::isConnected() const
{
    return m_connected && m_session->isConnected();
}

void StartPage::proceed()
{
    if (isPractice()) {
        m_picker->startSelected();
        return;
    }
    if (!urlIsUsable())
        return;
    if (isConnected()) {
        m_session->setOptions(options());
        emit proceedRequested();
        return;
    }
    m_proceedAfterConnect = true;
    connectNow();
}

void StartPage::connectNow()
{
    if (m_flow->isActive() || !urlIsUsable())
        return;
    m_warning->hide();
    m_connected = false;
    if (m_ssh->isChecked()) {
        const SshTarget target = sshTarget();
        if (target.host.isEmpty()) {
            showStatus(tr("Type the server's name or address."), 3);
            m_host->setFocus();
            m_proceedAfterConnect = false;
            return;
        }
        m_session->useSsh(target);
    } else {
        m_session->useLocal();
    }
    m_session->setOptions(options());
    showStatus(tr("Connecting to %1…").arg(m_session->targetName()), 0);
    m_connect->setText(tr("Cancel"));
    m_flow->start();
}

void StartPage::cancelConnect()
{
    m_proceedAfterConnect = false;
    m_flow->cancel();
}

bool StartPage::isConnecting() const
{
    return m_flow->isActive();
}

void StartPage::onConnected()
{
    m_connect->setText(tr("Connec&t"));
    m_connected = true;
    if (m_ssh->isChecked()) {
        const SshTarget t = sshTarget();
        RecentTargets::remember({t.host, m_user->text().trimmed(), m_port->value(),
                                 m_identity->text().trimmed(), m_url->text().trimmed()});
    }
    showStatus(tr("Connected to %1. Looking for nginx…").arg(m_session->targetName()), 0);
    checkNginx();
}

void StartPage::checkNginx()
{
    Machine *machine = m_session->machine();
    if (!machine)
        return;
    // nginx where the diagnosis will look for it, and its version.
    const CommandSpec spec = NginxLocator::command(m_nginx->text().trimmed(), NginxLocator::Version::Short);
    machine->run(spec, this, [this](const CommandResult &result) {
        const QStringList lines = utf8Text(result.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (result.succeeded() && lines.size() >= 2) {
            QString version = lines.at(1);
            version.remove(QStringLiteral("nginx version: "));
            showStatus(tr("Connected to %1: %2 at %3.").arg(m_session->targetName(), version, lines.first()),
                       1);
        } else if (result.exitCode == 127) {
            showStatus(tr("Connected to %1, but nginx was not found. Give its path under Advanced.")
                           .arg(m_session->targetName()),
                       2);
        } else {
            showStatus(tr("Connected to %1.").arg(m_session->targetName()), 1);
        }
        if (m_proceedAfterConnect) {
            m_proceedAfterConnect = false;
            proceed();
        }
    });
}

void StartPage::onFailed(const RemoteError &error, bool hostKeyRefused)
{
    m_connect->setText(tr("Connec&t"));
    m_proceedAfterConnect = false;
    m_connected = false;
    if (!hostKeyRefused) {
        showStatus(error.message(), 3);
        return;
    }
    showStatus(tr("Not connected."), 3);
    // The warning stays on the page after the dialog closes, in plain words.
    QString text;
    if (error.kind() == RemoteError::Kind::HostKeyChanged)
        text = QStringLiteral("<b>%1</b><br>%2")
                   .arg(WizardTexts::text("hostkey.changed.title").toHtmlEscaped(),
                        HostKeyChangedDialog::warning(m_session->targetName(), sshTarget().host));
    else
        text = QStringLiteral("<b>%1</b><br>%2<br>%3")
                   .arg(WizardTexts::text("hostkey.unknown.title").toHtmlEscaped(),
                        error.message().toHtmlEscaped(),
                        tr("Check the fingerprint with whoever runs the server, then connect again.")
                            .toHtmlEscaped());
    StatusIcon::tint(
        m_warning, error.kind() == RemoteError::Kind::HostKeyChanged ? CheckStatus::Fail : CheckStatus::Warn,
        0.15);
    m_warning->setText(text);
    m_warning->show();
}

// A URL that cannot be one is said before anything connects, beside the field to fix.
bool StartPage::urlIsUsable()
{
    const Result<QString, FailingUrl::Problem> url = FailingUrl::from(m_url->text());
    if (url)
        return true;
    showStatus(url.error().message, 3);
    m_url->setFocus();
    m_url->selectAll();
    m_proceedAfterConnect = false;
    return false;
}

void StartPage::showStatus(const QString &text, int tone)
{
    m_status->setText(text);
    switch (tone) {
    case 0:
        m_badge->setRunning();
        break;
    case 1:
        m_badge->setStatus(CheckStatus::Pass);
        break;
    case 2:
        m_badge->setStatus(CheckStatus::Warn);
        break;
    default:
        m_badge->setStatus(CheckStatus::Fail);
        break;
    }
}

} // namespace gd
