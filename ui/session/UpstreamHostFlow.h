#pragma once

#include "remote/RemoteError.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gd {

class ConnectFlow;
class WizardSession;

// "Check the upstream's host too": asks for the SSH target of the host behind an
// upstream address ([user@]host[:port], a ~/.ssh/config alias works), connects to
// it with the start page's ConnectFlow (host keys, passphrases, passwords: the same
// dialogs and rules), hands the connection to the main session and diagnoses again,
// so that step 1 also runs on that host. Every dialog is opened with open(): the
// GUI thread never waits.
class UpstreamHostFlow : public QObject
{
    Q_OBJECT
public:
    UpstreamHostFlow(WizardSession *session, QWidget *dialogParent);

    // Asks for the host behind `address`, then connects; one flow at a time.
    void start(const QString &address);
    bool isActive() const { return m_host != nullptr; }

signals:
    // After the connection was handed over and the new diagnosis started.
    void followed(const QString &address, const QString &host);
    void failed(const QString &message);

private:
    void connectTo(const QString &spec);

    WizardSession *m_session;
    QPointer<QWidget> m_dialogParent;
    QString m_address;
    QPointer<WizardSession> m_host; // the upstream host's own session while connecting
    QPointer<ConnectFlow> m_flow;
};

} // namespace gd
