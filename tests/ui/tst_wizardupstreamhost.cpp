// "Check the upstream's host too": the wizard on a nginx host whose upstream is on
// another host (a network namespace, tests/lab/LabNetns) where the app listens only
// on 127.0.0.1. Step 1 offers to look on that host; the button asks for the SSH
// target, connects with the start page's rules and diagnoses again, which names the
// exact cause.
#include "tests/lab/LabNetns.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/ui/WizardDriver.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/pages/StartPage.h"
#include "ui/pages/StepPage.h"
#include "ui/session/WizardSession.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace gd;
using gd::test::WizardDriver;

class TestWizardUpstreamHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        WizardApp::setUp(*qApp);
    }
    void followsTheUpstreamToItsHost();
};

void TestWizardUpstreamHost::followsTheUpstreamToItsHost()
{
    QString skip = lab::LabNetns::unavailableReason();
    if (skip.isEmpty())
        skip = lab::LabUsers::unavailableReason();
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(lab::LabUsers::ensure().ok());
    // Its own names and subnet: tst_remoteupstream may run at the same time.
    lab::LabNetns net(QStringLiteral("gdlab-uiu"), 8);
    QVERIFY(net.start().ok());
    lab::LabSshd sshd;
    lab::LabSshd::Options sshdOptions;
    sshdOptions.listenAddress = net.appAddress();
    sshdOptions.port = 22;
    sshdOptions.wrapper = net.execAsAppHost();
    const lab::LabStatus sshdUp = sshd.start(sshdOptions);
    QVERIFY2(sshdUp.ok(), qPrintable(sshdUp.message()));
    lab::LabUpstream app;
    lab::LabUpstream::Options appOptions;
    appOptions.host = QStringLiteral("127.0.0.1"); // the mistake: loopback only
    appOptions.port = 8000;
    appOptions.wrapper = net.exec();
    QVERIFY(app.start(appOptions).ok());
    lab::LabNginx nginx;
    QVERIFY(nginx
                .start(lab::LabNginx::proxyServer(QStringLiteral("http://%1:8000").arg(net.appAddress()),
                                                  QStringLiteral("proxy_connect_timeout 2s;")))
                .ok());
    QProcess::execute(QStringLiteral("curl"),
                      {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), nginx.url()});

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    SshTarget defaults = WizardDriver::labDefaults(sshd.knownHostsPath());
    defaults.identityFile = sshd.clientKeyPath();
    window.startPage()->setSshDefaults(defaults);
    driver.chooseLocal(nginx.configPath(), nginx.url());
    QVERIFY(driver.diagnose());

    StepPage *step1 = window.stepPage(1);
    auto *bar = step1->findChild<QWidget *>(QStringLiteral("upstreamHostBar"));
    QVERIFY(bar);
    QTRY_VERIFY(!bar->isHidden());
    QVERIFY(bar->findChild<QLabel *>()->text().contains(net.appAddress()));
    QCOMPARE(window.session()->unfollowedRemoteUpstreams(), QStringList{net.appAddress()});

    QSignalSpy finished(window.session(), &WizardSession::diagnosisFinished);
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("upstreamHostButton")), Qt::LeftButton);
    auto *dialog =
        qobject_cast<QInputDialog *>(WizardDriver::waitForDialog(QStringLiteral("upstreamHostDialog")));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("%1@%2").arg(lab::LabUsers::noPasswordSudoUser(), net.appAddress()));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);

    const DiagnosisReport &report = window.session()->report();
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(causeCode(report.findings.first().cause), QStringLiteral("wrong_upstream_address"));
    QVERIFY2(report.findings.first().summary.contains(
                 QStringLiteral("listens on 127.0.0.1:8000 on gdlab-uiu-app")),
             qPrintable(report.findings.first().summary));
    QTRY_VERIFY(bar->isHidden()); // followed: nothing more to offer
    QVERIFY(window.session()->unfollowedRemoteUpstreams().isEmpty());
}

QTEST_MAIN(TestWizardUpstreamHost)
#include "tst_wizardupstreamhost.moc"
