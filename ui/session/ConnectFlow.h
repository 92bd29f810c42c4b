#pragma once

#include "RemoteError.h"
#include "SshTarget.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gd {

class WizardSession;

// One connection attempt with everything the user may be asked on the way: an
// unknown host key (trust once / always / cancel), a changed one (hard stop), a
// key passphrase, a password. Every dialog is opened with open(), never exec(),
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

private:
    void attempt();
    void onConnected();
    void onFailed(const RemoteError &error);
    void askHostKey();
    void askSecret(bool passphrase, const RemoteError &error);
    void finishFailed(const RemoteError &error, bool hostKeyRefused);

    WizardSession *m_session;
    QPointer<QWidget> m_dialogParent;
    HostKeyPolicy m_policy;
    QByteArray m_passphrase;
    QByteArray m_password;
    int m_secretTries = 0;
    bool m_active = false;
};

} // namespace gd
