#include "ui/session/ConnectFlow.h"

#include "remote/SshMachine.h"
#include "ui/dialogs/HostKeyChangedDialog.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/dialogs/SecretDialog.h"
#include "ui/session/SecretStore.h"
#include "ui/session/WizardSession.h"

namespace gd {

ConnectFlow::ConnectFlow(WizardSession *session, QWidget *dialogParent)
    : QObject(session), m_session(session), m_dialogParent(dialogParent), m_store(new SecretStore(this))
{
    connect(session, &WizardSession::connected, this, &ConnectFlow::onConnected);
    connect(session, &WizardSession::connectFailed, this, &ConnectFlow::onFailed);
}

void ConnectFlow::start()
{
    m_policy = m_session->acceptedHostKey();
    m_secretTries = 0;
    ++m_generation;
    m_keychainLooked[0] = m_keychainLooked[1] = false;
    m_fromKeychain = false;
    m_remember = false;
    m_keychainBroken = !SecretStore::isCompiledIn();
    m_keychainMessage.clear();
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
    // The typed secret worked: keep it in the keychain if the user asked to.
    if (m_remember && !m_fromKeychain) {
        const bool passphrase = !m_passphrase.isEmpty();
        const QByteArray &secret = passphrase ? m_passphrase.bytes() : m_password.bytes();
        if (!secret.isEmpty()) {
            m_store->write(keychainKey(passphrase), secret, [this](const QString &error) {
                if (!error.isEmpty())
                    emit keychainProblem(tr("%1 The secret was not saved there.").arg(error));
            });
        }
    }
    wipeSecrets();
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

QString ConnectFlow::keychainKey(bool passphrase) const
{
    SshMachine *ssh = m_session->sshMachine();
    const SshTarget target = ssh ? ssh->target() : SshTarget();
    // ssh's own default when no user was given.
    const QString user = target.user.isEmpty() ? qEnvironmentVariable("USER") : target.user;
    return SecretStore::key(passphrase ? SecretStore::Kind::Passphrase : SecretStore::Kind::Password, user,
                            target.host, target.port);
}

void ConnectFlow::wipeSecrets()
{
    m_passphrase.wipe();
    m_password.wipe();
}

void ConnectFlow::askSecret(bool passphrase, const RemoteError &error)
{
    if (m_fromKeychain) {
        // The kept secret was not accepted: forget it there, then ask as usual.
        m_fromKeychain = false;
        wipeSecrets();
        m_keychainMessage =
            tr("The %1 kept in the system keychain was not accepted; it has been removed from the "
               "keychain.")
                .arg(passphrase ? tr("passphrase") : tr("password"));
        m_store->remove(keychainKey(passphrase), [this](const QString &removeError) {
            if (!removeError.isEmpty())
                emit keychainProblem(removeError);
        });
        openSecretDialog(passphrase, error);
        return;
    }
    // First time this secret is needed: the keychain may hold it (the user
    // opted in before). Looked up asynchronously; the dialog opens only when it
    // has nothing or cannot be reached.
    bool &looked = m_keychainLooked[passphrase ? 1 : 0];
    if (!looked && !m_keychainBroken) {
        looked = true;
        QPointer<ConnectFlow> self(this);
        const int generation = m_generation;
        m_store->read(keychainKey(passphrase),
                      [self, generation, passphrase, error](const SecretStore::ReadResult &result) {
                          if (!self || !self->m_active || self->m_generation != generation)
                              return;
                          if (result.found) {
                              self->m_fromKeychain = true;
                              (passphrase ? self->m_passphrase : self->m_password) = result.secret;
                              self->attempt();
                              return;
                          }
                          if (!result.error.isEmpty()) {
                              self->m_keychainBroken = true;
                              self->m_keychainMessage = tr("%1 Asking instead.").arg(result.error);
                          }
                          self->openSecretDialog(passphrase, error);
                      });
        return;
    }
    openSecretDialog(passphrase, error);
}

void ConnectFlow::openSecretDialog(bool passphrase, const RemoteError &error)
{
    if (++m_secretTries > 3) {
        finishFailed(error, false);
        return;
    }
    SshMachine *ssh = m_session->sshMachine();
    const SshTarget target = ssh ? ssh->target() : SshTarget();
    auto *dialog = new SecretDialog(
        passphrase ? SecretDialog::Kind::Passphrase : SecretDialog::Kind::Password,
        passphrase ? (target.identityFile.isEmpty() ? tr("of your SSH key") : target.identityFile)
                   : m_session->targetName(),
        target.user, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secretTries > 1)
        dialog->setRetryMessage(error.message());
    dialog->offerRemember(!m_keychainBroken);
    dialog->setKeychainMessage(m_keychainMessage);
    m_keychainMessage.clear();
    connect(dialog, &QDialog::finished, this, [this, dialog, passphrase, error](int result) {
        if (result != QDialog::Accepted) {
            finishFailed(RemoteError(RemoteError::Kind::Cancelled, error.message()), false);
            return;
        }
        m_fromKeychain = false;
        m_remember = dialog->rememberChecked();
        (passphrase ? m_passphrase : m_password) = SecretBytes(dialog->takeSecret());
        attempt();
    });
    dialog->open();
}

void ConnectFlow::finishFailed(const RemoteError &error, bool hostKeyRefused)
{
    m_active = false;
    wipeSecrets();
    emit failed(error, hostKeyRefused);
}

} // namespace gd
