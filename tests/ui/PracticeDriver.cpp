#include "tests/ui/PracticeDriver.h"

#include "tests/ui/WizardDriver.h"
#include "ui/MainWindow.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/practice/CauseAnswerDialog.h"
#include "ui/practice/DebriefPage.h"
#include "ui/practice/PracticeBanner.h"
#include "ui/practice/PracticeController.h"
#include "ui/practice/ScenarioPicker.h"
#include "ui/session/WizardSession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace gd::test {

bool PracticeDriver::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(50);
    return done();
}

void PracticeDriver::configure(const QString &labDir, const QString &helperDir, const QString &resultsPath)
{
    PracticeOptions options;
    options.labDir = labDir;
    options.helperDir = helperDir;
    m_window.practice()->setOptions(options, resultsPath);
}

bool PracticeDriver::openPicker(int timeoutMs)
{
    auto *radio = m_window.startPage()->findChild<QRadioButton *>(QStringLiteral("labRadio"));
    if (!radio)
        return false;
    QTest::mouseClick(radio, Qt::LeftButton);
    radio->setChecked(true);
    ScenarioPicker *picker = m_window.startPage()->picker();
    return waitUntil([picker] { return picker->isLoaded(); }, timeoutMs);
}

bool PracticeDriver::start(const QString &scenarioId, const QString &mode, quint64 seed, int timeoutMs)
{
    ScenarioPicker *picker = m_window.startPage()->picker();
    if (!picker->selectScenario(scenarioId)) {
        qWarning("scenario %s cannot be chosen here", qPrintable(scenarioId));
        return false;
    }
    picker->setMode(mode);
    picker->setSeed(seed);
    bool failed = false;
    QObject::connect(m_window.practice(), &PracticeController::startFailed, &m_window,
                     [&failed](const QString &message) {
                         qWarning("the lab did not start: %s", qPrintable(message));
                         failed = true;
                     });
    QTest::mouseClick(m_window.findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    // The lab runs, the wizard diagnosed it, and every step page shows its checks.
    const auto ready = [this] {
        if (!m_window.practice()->isRunning() || !m_window.session()->hasReport())
            return false;
        for (int step = 1; step <= 6; ++step) {
            if (!m_window.stepPage(step)->isFilled())
                return false;
        }
        return true;
    };
    const bool ok = waitUntil([&] { return failed || ready(); }, timeoutMs) && !failed;
    QObject::disconnect(m_window.practice(), &PracticeController::startFailed, &m_window, nullptr);
    QTest::qWait(50);
    return ok;
}

bool PracticeDriver::pressAndWait(const char *button, const std::function<bool()> &done, int timeoutMs)
{
    auto *b = m_window.practiceBanner()->findChild<QPushButton *>(QString::fromLatin1(button));
    if (!b || !waitUntil([b] { return b->isEnabled(); }, timeoutMs))
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return waitUntil(done, timeoutMs);
}

bool PracticeDriver::hint(int timeoutMs)
{
    const QString before = m_window.practiceBanner()->hintText();
    return pressAndWait(
        "hintButton", [this, before] { return m_window.practiceBanner()->hintText() != before; }, timeoutMs);
}

bool PracticeDriver::nameCause(const QString &cause, const QString &evidenceContains,
                               const std::function<void(QDialog *)> &filled, int timeoutMs)
{
    auto *answerLabel = m_window.practiceBanner()->findChild<QLabel *>(QStringLiteral("practiceAnswer"));
    const QString before = answerLabel->text();
    auto *button = m_window.practiceBanner()->findChild<QPushButton *>(QStringLiteral("nameCauseButton"));
    if (!waitUntil([button] { return button->isEnabled(); }, timeoutMs))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog =
        qobject_cast<CauseAnswerDialog *>(WizardDriver::waitForDialog(QStringLiteral("causeAnswerDialog")));
    if (!dialog || !dialog->chooseCause(cause))
        return false;
    auto *evidence = dialog->findChild<QComboBox *>(QStringLiteral("evidenceCombo"));
    const int line = evidence->findText(evidenceContains, Qt::MatchContains);
    if (line >= 0)
        evidence->setCurrentIndex(line);
    else
        evidence->setEditText(evidenceContains);
    if (filled)
        filled(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("answerButton")), Qt::LeftButton);
    return waitUntil([answerLabel, before] { return answerLabel->text() != before; }, timeoutMs);
}

bool PracticeDriver::solve(int timeoutMs)
{
    bool solved = false;
    QObject::connect(m_window.practice(), &PracticeController::solved, &m_window,
                     [&solved] { solved = true; });
    m_window.practice()->solve();
    const bool ok = waitUntil([&solved] { return solved; }, timeoutMs);
    QObject::disconnect(m_window.practice(), &PracticeController::solved, &m_window, nullptr);
    return ok;
}

bool PracticeDriver::checkFix(int timeoutMs)
{
    const QString before = m_window.practiceBanner()->checkText();
    return pressAndWait(
        "checkFixButton",
        [this, before] {
            return m_window.practiceBanner()->checkText() != before && !m_window.practice()->isBusy();
        },
        timeoutMs);
}

bool PracticeDriver::finish(int timeoutMs)
{
    return pressAndWait(
        "finishButton",
        [this] { return m_window.debriefPage()->hasDebrief() && !m_window.practice()->isBusy(); }, timeoutMs);
}

} // namespace gd::test
