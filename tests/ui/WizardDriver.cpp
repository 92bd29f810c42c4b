#include "tests/ui/WizardDriver.h"

#include "tests/ui/WizardLab.h"

#include "ui/MainWindow.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/session/WizardSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace gd::test {

std::unique_ptr<MainWindow> WizardDriver::diagnosedWindow(WizardLab &lab, const QString &scenario)
{
    const lab::LabStatus ready = lab.start(scenario);
    if (!ready.ok()) {
        qWarning("lab: %s", qPrintable(ready.message()));
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    WizardDriver driver(*window);
    driver.chooseLocal(lab.configPath(), lab.url());
    if (!driver.diagnose())
        return nullptr;
    return window;
}

namespace {
template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("wizard has no %s", name);
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

void WizardDriver::chooseLocal(const QString &configPath, const QString &url)
{
    StartPage *page = m_window.startPage();
    QTest::mouseClick(child<QRadioButton>(page, "localRadio"), Qt::LeftButton);
    child<QRadioButton>(page, "localRadio")->setChecked(true);
    type(child<QLineEdit>(page, "configEdit"), configPath);
    type(child<QLineEdit>(page, "urlEdit"), url);
}

void WizardDriver::chooseSsh(const SshTarget &defaults, const QString &host, int port, const QString &user,
                             const QString &identity, const QString &configPath, const QString &url)
{
    StartPage *page = m_window.startPage();
    page->setSshDefaults(defaults);
    child<QRadioButton>(page, "sshRadio")->setChecked(true);
    child<QComboBox>(page, "hostEdit")->setEditText(host);
    child<QSpinBox>(page, "portSpin")->setValue(port);
    type(child<QLineEdit>(page, "userEdit"), user);
    type(child<QLineEdit>(page, "identityEdit"), identity);
    type(child<QLineEdit>(page, "configEdit"), configPath);
    type(child<QLineEdit>(page, "urlEdit"), url);
}

void WizardDriver::pressConnect()
{
    QTest::mouseClick(child<QPushButton>(m_window.startPage(), "connectButton"), Qt::LeftButton);
}

bool WizardDriver::diagnose(int timeoutMs)
{
    QSignalSpy finished(m_window.session(), &WizardSession::diagnosisFinished);
    QSignalSpy failed(m_window.session(), &WizardSession::diagnosisFailed);
    QTest::mouseClick(child<QPushButton>(&m_window, "nextButton"), Qt::LeftButton);
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
        QTest::qWait(50);
    if (!failed.isEmpty())
        qWarning("diagnosis failed: %s", qPrintable(failed.first().first().value<RemoteError>().toString()));
    if (finished.isEmpty())
        return false;
    // The pages fill one event-loop turn after the verdicts: wait for all of them.
    const auto filled = [this] {
        for (int step = 1; step <= 6; ++step) {
            if (!m_window.stepPage(step)->isFilled())
                return false;
        }
        return true;
    };
    while (!filled() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    QTest::qWait(50); // the summary and discovery follow in the same way
    return filled();
}

QString WizardDriver::stepVerdict(int step) const
{
    return m_window.stepPage(step)->verdict();
}

SshTarget WizardDriver::labDefaults(const QString &knownHostsFile)
{
    SshTarget defaults;
    defaults.identitiesOnly = true;
    defaults.useSshConfig = false;
    defaults.knownHostsFile = knownHostsFile;
    defaults.globalKnownHostsFile = QStringLiteral("/dev/null");
    return defaults;
}

QDialog *WizardDriver::waitForDialog(const QString &objectName, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(w);
                dialog && dialog->objectName() == objectName && dialog->isVisible())
                return dialog;
        }
        QTest::qWait(50);
    }
    return nullptr;
}

} // namespace gd::test
