#pragma once

#include <QString>

#include <functional>

class QDialog;

namespace gd {
class MainWindow;
}

namespace gd::test {

// Drives a practice run through the wizard the way a trainee would: "Practice on a
// lab", a scenario, a mode, Start; then the banner's buttons. Each call waits (with the
// event loop running) for what the window shows, and says whether it came.
class PracticeDriver
{
public:
    explicit PracticeDriver(MainWindow &window) : m_window(window) {}

    // Before anything starts: the lab's directory, its programs, the results file.
    void configure(const QString &labDir, const QString &helperDir, const QString &resultsPath);
    // Chooses "Practice on a lab" and waits for the scenario list.
    bool openPicker(int timeoutMs = 60000);
    // Picks the scenario, mode and seed, presses Next (Start the lab) and waits until
    // the lab runs and the wizard's diagnosis of it has filled the step pages.
    bool start(const QString &scenarioId, const QString &mode, quint64 seed, int timeoutMs = 180000);
    bool hint(int timeoutMs = 60000);
    // Opens "Name the cause", picks `cause` and the first evidence line that contains
    // `evidenceContains` (else types it), answers, waits for the banner's verdict.
    // `filled` sees the dialog just before the answer (the screenshot tool).
    bool nameCause(const QString &cause, const QString &evidenceContains,
                   const std::function<void(QDialog *)> &filled = {}, int timeoutMs = 60000);
    bool solve(int timeoutMs = 120000);
    bool checkFix(int timeoutMs = 120000);
    bool finish(int timeoutMs = 120000);

    static bool waitUntil(const std::function<bool()> &done, int timeoutMs);

private:
    bool pressAndWait(const char *button, const std::function<bool()> &done, int timeoutMs);

    MainWindow &m_window;
};

} // namespace gd::test
