#include "ui/session/UpstreamHostFlow.h"

#include "remote/SshMachine.h"
#include "remote/SshTarget.h"
#include "ui/session/ConnectFlow.h"
#include "ui/session/WizardSession.h"

#include <QInputDialog>

namespace gd {

UpstreamHostFlow::UpstreamHostFlow(WizardSession *session, QWidget *dialogParent)
    : QObject(session), m_session(session), m_dialogParent(dialogParent)
{
}

void UpstreamHostFlow::start(const QString &address)
{
    if (isActive())
        return;
    m_address = address;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("upstreamHostDialog"));
    dialog->setWindowTitle(tr("Check the upstream's host too"));
    dialog->setLabelText(
        tr("%1 is on another host. Log in there over SSH to see what listens on its port, which service owns "
           "it and what its firewall lets in.\n\nSSH target ([user@]host[:port] or a ~/.ssh/config alias):")
            .arg(address));
    dialog->setTextValue(address);
    dialog->setOkButtonText(tr("&Connect"));
    connect(dialog, &QInputDialog::textValueSelected, this, &UpstreamHostFlow::connectTo);
    dialog->open();
}

void UpstreamHostFlow::connectTo(const QString &spec)
{
    const Result<SshTarget> parsed = SshTarget::parse(spec.trimmed());
    if (!parsed) {
        emit failed(parsed.error().message());
        return;
    }
    // The start page's defaults (known_hosts, keys, ssh config), this host's name.
    SshTarget target = m_session->sshDefaults();
    target.host = parsed->host;
    target.port = parsed->port;
    target.user = parsed->user.isEmpty() ? target.user : parsed->user;
    // The key that opened the nginx host is the likeliest one for its upstream's.
    if (const SshMachine *nginxHost = m_session->sshMachine(); nginxHost && target.identityFile.isEmpty())
        target.identityFile = nginxHost->target().identityFile;
    // A session of its own for that host: ConnectFlow asks what it must (host key,
    // passphrase, password) exactly as on the start page.
    m_host = new WizardSession(m_session);
    m_host->useSsh(target);
    m_flow = new ConnectFlow(m_host, m_dialogParent);
    connect(m_flow, &ConnectFlow::succeeded, this, [this] {
        WizardSession *host = m_host;
        m_host = nullptr;
        m_flow->deleteLater();
        const QString name = host->targetName();
        m_session->addUpstreamHost(m_address, host);
        m_session->startDiagnosis();
        emit followed(m_address, name);
    });
    connect(m_flow, &ConnectFlow::failed, this, [this](const RemoteError &error, bool) {
        if (m_host)
            m_host->deleteLater();
        m_host = nullptr;
        emit failed(error.message());
    });
    m_flow->start();
}

} // namespace gd
