#include "ConnectFlow.h"

#include "HostKeyChangedDialog.h"
#include "HostKeyDialog.h"
#include "SecretDialog.h"
#include "SshMachine.h"
#include "WizardSession.h"

namespace gd {

ConnectFlow::ConnectFlow(WizardSession *session, QWidget *dialogParent)
    : QObject(session), m_session(session), m_dialogParent(dialogParent)
{
    connect(session, &WizardSession::connected, this, &ConnectFlow::onConnected);
    connect(session, &WizardSession::connectFailed, this, &ConnectFlow::onFailed);
}

void ConnectFlow::start()
{
    m_policy = m_session->acceptedHostKey();
    m_secretTries = 0;
    m_active = true;
    attempt();
}

void ConnectFlow::cancel()
{
    if (!m_active)
        return;
    m_session->cancelConnect();
    finishFailed(RemoteError(RemoteError::Kind::Cancelled, tr("Connecting was cancelled.")), false);
}

void ConnectFlow::attempt()
{
    SshCredentials credentials;
    credentials.hostKeyPolicy = m_policy;
    // The worker wipes its copies once used; ours are kept only until this
    // attempt succeeds or fails for good.
    credentials.passphrase = m_passphrase;
    credentials.password = m_password;
    m_session->connectTarget(credentials);
}

void ConnectFlow::onConnected()
{
    if (!m_active)
        return;
    m_active = false;
    m_passphrase.fill('\0');
    m_passphrase.clear();
    m_password.fill('\0');
    m_password.clear();
    emit succeeded();
}

void ConnectFlow::onFailed(const RemoteError &error)
{
    if (!m_active)
        return;
    switch (error.kind()) {
    case RemoteError::Kind::HostKeyUnknown:
        askHostKey();
        return;
    case RemoteError::Kind::HostKeyChanged: {
        SshMachine *ssh = m_session->sshMachine();
        const SshHostKey key = ssh ? ssh->hostKey() : SshHostKey();
        auto *dialog = new HostKeyChangedDialog(key, m_session->targetName(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        finishFailed(error, true);
        return;
    }
    case RemoteError::Kind::NeedsPassphrase:
        askSecret(true, error);
        return;
    case RemoteError::Kind::NeedsPassword:
        askSecret(false, error);
        return;
    case RemoteError::Kind::AuthFailed:
        // A typed secret that was wrong: ask again (a few times), else give up.
        if (!m_password.isEmpty() || !m_passphrase.isEmpty()) {
            askSecret(!m_passphrase.isEmpty(), error);
            return;
        }
        break;
    default:
        break;
    }
    finishFailed(error, false);
}

void ConnectFlow::askHostKey()
{
    SshMachine *ssh = m_session->sshMachine();
    if (!ssh) {
        finishFailed(RemoteError(RemoteError::Kind::HostKeyUnknown, tr("Unknown host key.")), true);
        return;
    }
    const SshHostKey key = ssh->hostKey();
    auto *dialog = new HostKeyDialog(key, m_session->targetName(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, key](int choice) {
        if (choice == HostKeyDialog::Cancel) {
            finishFailed(RemoteError(RemoteError::Kind::HostKeyUnknown,
                                     tr("Not connected: you did not confirm the host key of %1 (%2).")
                                         .arg(m_session->targetName(), key.fingerprint)),
                         true);
            return;
        }
        m_policy.unknown = HostKeyPolicy::Unknown::AcceptFingerprint;
        m_policy.fingerprint = key.fingerprint;
        m_policy.save = choice == HostKeyDialog::TrustAlways;
        // "Trust once" must hold for a reconnect in this session, too.
        m_session->rememberAcceptedHostKey(m_policy);
        attempt();
    });
    dialog->open();
}

void ConnectFlow::askSecret(bool passphrase, const RemoteError &error)
{
    if (++m_secretTries > 3) {
        finishFailed(error, false);
        return;
    }
    SshMachine *ssh = m_session->sshMachine();
    const SshTarget target = ssh ? ssh->target() : SshTarget();
    auto *dialog = new SecretDialog(passphrase ? SecretDialog::Kind::Passphrase : SecretDialog::Kind::Password,
                                    passphrase ? (target.identityFile.isEmpty() ? tr("of your SSH key") : target.identityFile)
                                               : m_session->targetName(),
                                    target.user, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secretTries > 1)
        dialog->setRetryMessage(error.message());
    connect(dialog, &QDialog::finished, this, [this, dialog, passphrase, error](int result) {
        if (result != QDialog::Accepted) {
            finishFailed(RemoteError(RemoteError::Kind::Cancelled, error.message()), false);
            return;
        }
        (passphrase ? m_passphrase : m_password) = dialog->takeSecret();
        attempt();
    });
    dialog->open();
}

void ConnectFlow::finishFailed(const RemoteError &error, bool hostKeyRefused)
{
    m_active = false;
    m_passphrase.fill('\0');
    m_passphrase.clear();
    m_password.fill('\0');
    m_password.clear();
    emit failed(error, hostKeyRefused);
}

} // namespace gd
