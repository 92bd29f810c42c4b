#pragma once

#include "remote/SshTarget.h"

#include <QString>

#include <memory>

class QDialog;

namespace gd {
class MainWindow;
}

namespace gd::test {

class WizardLab;

// Drives the wizard the way a person would: fills the start page, presses the
// buttons, waits (with the event loop running) for what the window shows.
class WizardDriver
{
public:
    explicit WizardDriver(MainWindow &window) : m_window(window) {}

    // A shown window diagnosed on this computer against the lab scenario; null (with
    // a warning) when the lab or the diagnosis failed.
    static std::unique_ptr<MainWindow> diagnosedWindow(WizardLab &lab, const QString &scenario);

    void chooseLocal(const QString &configPath, const QString &url);
    void chooseSsh(const SshTarget &defaults, const QString &host, int port, const QString &user,
                   const QString &identity, const QString &configPath = QString(),
                   const QString &url = QString());
    void pressConnect();
    // Presses Diagnose and waits until the diagnosis finished (true) or failed/timed out.
    bool diagnose(int timeoutMs = 120000);
    QString stepVerdict(int step) const;
    // An SSH target for the lab's sshd: its key only, no ssh config, this known_hosts.
    static SshTarget labDefaults(const QString &knownHostsFile);
    // The first visible top-level dialog with this object name, waiting up to timeoutMs.
    static QDialog *waitForDialog(const QString &objectName, int timeoutMs = 30000);

private:
    MainWindow &m_window;
};

} // namespace gd::test
