#pragma once

#include "remote/SecretBytes.h"

#include "remote/RemoteError.h"
#include "remote/SshTarget.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gd {

class SecretDialog;
class SecretStore;
class WizardSession;

// One connection attempt with everything the user may be asked on the way: an
// unknown host key (trust once / always / cancel), a changed one (hard stop), a
// key passphrase, a password. Before asking for a passphrase or password it
// looks in the system keychain (only where the user opted in before, and
// asynchronously); a kept secret that is rejected is deleted there and asked
// for as usual. Every dialog is opened with open(), never exec(),
// so the event loop (and the SSH worker's signals) keep flowing. Used by the
// start page and by the "Reconnect" action after a dropped connection.
class ConnectFlow : public QObject
{
    Q_OBJECT
public:
    ConnectFlow(WizardSession *session, QWidget *dialogParent);
    void start();
    void cancel();
    bool isActive() const { return m_active; }

signals:
    void succeeded();
    // hostKeyRefused: the user declined an unknown key or the key changed; the
    // error's message says which, in plain words.
    void failed(const gd::RemoteError &error, bool hostKeyRefused);
    // A plain line about the system keychain after the dialogs are gone (e.g. a
    // secret could not be saved there). Never contains the secret.
    void keychainProblem(const QString &message);

private:
    void attempt();
    void onConnected();
    void onFailed(const RemoteError &error);
    void askHostKey();
    void askSecret(bool passphrase, const RemoteError &error);
    void openSecretDialog(bool passphrase, const RemoteError &error);
    QString keychainKey(bool passphrase) const;
    void wipeSecrets();
    void finishFailed(const RemoteError &error, bool hostKeyRefused);

    WizardSession *m_session;
    QPointer<QWidget> m_dialogParent;
    HostKeyPolicy m_policy;
    SecretBytes m_passphrase;
    SecretBytes m_password;
    int m_secretTries = 0;
    int m_generation = 0; // start() counts up: a late keychain answer for an older attempt is dropped
    bool m_active = false;
    SecretStore *m_store;
    // The keychain's state for this attempt: looked up already (per kind), the
    // current secret came from it, the user asked to keep the typed one, and
    // a line to show in the next dialog.
    bool m_keychainLooked[2] = {false, false};
    bool m_fromKeychain = false;
    bool m_remember = false;
    bool m_keychainBroken = false;
    QString m_keychainMessage;
};

} // namespace gd
