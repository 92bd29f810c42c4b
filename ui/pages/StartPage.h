#pragma once

#include "app/model/DiagnosisOptions.h"
#include "remote/RemoteError.h"
#include "remote/SshTarget.h"

#include <QWidget>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace gd {

class ConnectFlow;
class StatusBadge;
class WizardSession;

// Where to diagnose: this computer or a server over SSH (host or ~/.ssh/config
// alias, user, port, key; recent servers remembered without secrets), the failing
// URL, and "Connect" to check the target right there.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(WizardSession *session, QWidget *parent = nullptr);
    ConnectFlow *connectFlow() const { return m_flow; }

    // Connects if needed, then asks to go on (proceedRequested). The wizard's Next.
    void proceed();
    void connectNow();
    // Stops a connection attempt (the Connect button turns into Cancel meanwhile; Escape).
    void cancelConnect();
    bool isConnecting() const;
    bool isConnected() const;
    DiagnosisOptions options() const;
    // Settings that are not on the form (known_hosts files, ssh config use): the
    // base every SSH target starts from. Tests and the screenshot tool use it.
    // Also the base of "Check the upstream's host too" (WizardSession::sshDefaults).
    void setSshDefaults(const SshTarget &defaults);

signals:
    void proceedRequested();

private:
    QWidget *buildTargetBox();
    QWidget *buildSshForm(QWidget *parent);
    QLayout *buildKeyRow();
    QWidget *buildUrlBox();
    QWidget *buildAdvancedForm();
    QLayout *buildConnectRow();
    QWidget *buildHostKeyWarning();
    void connectForm();
    void updateMode();
    SshTarget sshTarget() const;
    void onConnected();
    void onFailed(const RemoteError &error, bool hostKeyRefused);
    void checkNginx();
    void showStatus(const QString &text, int tone); // tone: 0 running, 1 ok, 2 warn, 3 error
    void fillFromRecent(int index);

    WizardSession *m_session;
    ConnectFlow *m_flow;
    SshTarget m_sshDefaults;
    bool m_proceedAfterConnect = false;
    bool m_connected = false;

    QRadioButton *m_local;
    QRadioButton *m_ssh;
    QWidget *m_sshForm;
    QComboBox *m_host;
    QLineEdit *m_user;
    QSpinBox *m_port;
    QLineEdit *m_identity;
    QLineEdit *m_url;
    QLineEdit *m_nginx;
    QLineEdit *m_config;
    QSpinBox *m_sinceHours;
    QPushButton *m_connect;
    StatusBadge *m_badge;
    QLabel *m_status;
    QLabel *m_warning;
};

} // namespace gd
