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
class ScenarioPicker;
class StatusBadge;
class WizardSession;

// Where to diagnose: this computer or a server over SSH (host or ~/.ssh/config
// alias, user, port, key; recent servers remembered without secrets), the failing
// URL, and "Connect" to check the target right there. Or practice on a lab: the
// scenario picker (see ui/practice) instead of the target's form.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    // picker: the practice lab's scenario picker; without one, no "Practice on a lab".
    explicit StartPage(WizardSession *session, ScenarioPicker *picker = nullptr, QWidget *parent = nullptr);
    ConnectFlow *connectFlow() const { return m_flow; }
    ScenarioPicker *picker() const { return m_picker; }
    // "Practice on a lab" is chosen: Next starts the chosen scenario.
    bool isPractice() const;

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
    // This computer, a server or a lab was chosen.
    void modeChanged();

private:
    QWidget *buildTargetBox();
    QWidget *buildDiagnoseForm();
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
    bool urlIsUsable();
    void fillFromRecent(int index);

    WizardSession *m_session;
    ConnectFlow *m_flow;
    SshTarget m_sshDefaults;
    bool m_proceedAfterConnect = false;
    bool m_connected = false;

    QRadioButton *m_local;
    QRadioButton *m_ssh;
    QRadioButton *m_lab = nullptr;
    ScenarioPicker *m_picker;
    QWidget *m_diagnoseForm; // what only a diagnosis of a real target needs
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
