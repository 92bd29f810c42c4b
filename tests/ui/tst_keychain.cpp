// The opt-in system keychain for SSH passwords, against a REAL Secret Service:
// main() starts a private D-Bus session bus and gnome-keyring-daemon (secrets
// component, unlocked with a throw-away password) before QApplication, so
// QtKeychain talks to them and never to the user's own keyring. Built a second
// time as tst_keychainnobus (GD_TEST_NO_BUS): the session bus address then
// points at nothing, and the wizard must say so in one line and ask as before.
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"
#include "tests/ui/WizardDriver.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/pages/StartPage.h"
#include "ui/session/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/types.h>
#include <unistd.h>

using namespace gd;
using gd::test::WizardDriver;

namespace {

// The private bus and keyring of this test process; stopped at exit.
struct PrivateSecretService
{
    pid_t busPid = 0;
    std::string dir;
    std::string error;

    bool start()
    {
        char tmpl[] = "/tmp/gd-keychain-XXXXXX";
        if (!mkdtemp(tmpl)) {
            error = "mkdtemp failed";
            return false;
        }
        dir = tmpl;
        FILE *bus = popen("dbus-daemon --session --fork --print-address=1 --print-pid=1 2>&1", "r");
        if (!bus) {
            error = "could not run dbus-daemon";
            return false;
        }
        char address[512] = {0};
        char pid[64] = {0};
        const bool gotAddress = fgets(address, sizeof address, bus) != nullptr;
        const bool gotPid = fgets(pid, sizeof pid, bus) != nullptr;
        pclose(bus);
        std::string addr = address;
        while (!addr.empty() && (addr.back() == '\n' || addr.back() == '\r'))
            addr.pop_back();
        if (!gotAddress || !gotPid || addr.rfind("unix:", 0) != 0) {
            error = "dbus-daemon did not start: " + addr;
            return false;
        }
        busPid = pid_t(std::atol(pid));
        setenv("DBUS_SESSION_BUS_ADDRESS", addr.c_str(), 1);
        // The keyring's files and control socket go to our temporary directory,
        // not to $HOME; the password on stdin creates and unlocks "login".
        const std::string command = "cd '" + dir + "' && HOME='" + dir + "' XDG_DATA_HOME='" + dir +
                                    "/data' XDG_RUNTIME_DIR='" + dir +
                                    "' gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1";
        FILE *keyring = popen(command.c_str(), "w");
        if (!keyring) {
            error = "could not run gnome-keyring-daemon";
            return false;
        }
        fputs("gd-test-keyring", keyring);
        const int rc = pclose(keyring);
        if (rc != 0) {
            error = "gnome-keyring-daemon failed to start (status " + std::to_string(rc) + ")";
            return false;
        }
        return true;
    }

    ~PrivateSecretService()
    {
        // gnome-keyring-daemon leaves when its bus goes away.
        if (busPid > 0)
            kill(busPid, SIGTERM);
        if (!dir.empty())
            std::system(("rm -rf '" + dir + "'").c_str());
    }
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
#ifndef GD_TEST_NO_BUS
    void storeReadDeleteRoundTrip();
    void passwordIsRememberedWhenOptedInAndUsedNextTime();
    void rejectedKeptPasswordIsDeletedAndAskedFor();
#else
    void unavailableKeychainSaysSoAndAsksAsBefore();
#endif

private:
    struct Lab
    {
        lab::LabSshd sshd;
        QTemporaryDir dir;
        QString knownHosts;
    };
    // Starts the lab's sshd with a known_hosts holding its key.
    static bool startLab(Lab &lab);
    static void connectWindow(MainWindow &window, Lab &lab);
    // Waits for a store callback.
    static SecretStore::ReadResult readBack(const QString &key);
    static QString keyFor(Lab &lab)
    {
        return SecretStore::key(SecretStore::Kind::Password, lab::LabUsers::passwordSudoUser(),
                                lab.sshd.host(), lab.sshd.port());
    }
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WizardApp::setUp(*qApp);
    if (!SecretStore::isCompiledIn())
        QSKIP("built without QtKeychain: the keychain option is compiled out");
}

bool TestKeychain::startLab(Lab &lab)
{
    if (!lab.sshd.start().ok() || !lab.dir.isValid())
        return false;
    lab.knownHosts = lab.dir.filePath(QStringLiteral("known_hosts"));
    return lab.sshd.writeKnownHosts(lab.knownHosts).ok();
}

void TestKeychain::connectWindow(MainWindow &window, Lab &lab)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardDriver driver(window);
    // No key: only the password gets us in.
    driver.chooseSsh(WizardDriver::labDefaults(lab.knownHosts), lab.sshd.host(), lab.sshd.port(),
                     lab::LabUsers::passwordSudoUser(), QString());
    driver.pressConnect();
}

SecretStore::ReadResult TestKeychain::readBack(const QString &key)
{
    SecretStore store;
    SecretStore::ReadResult got;
    bool done = false;
    store.read(key, [&](const SecretStore::ReadResult &result) {
        got = result;
        done = true;
    });
    // Asynchronous: nothing has been answered inside the call.
    if (done)
        qWarning("SecretStore::read answered synchronously");
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 20000)
        QTest::qWait(20);
    if (!done)
        got.error = QStringLiteral("no answer from SecretStore::read within 20 s");
    return got;
}

#ifndef GD_TEST_NO_BUS

void TestKeychain::storeReadDeleteRoundTrip()
{
    SecretStore store;
    const QString key =
        SecretStore::key(SecretStore::Kind::Sudo, QStringLiteral("alice"), QStringLiteral("web1"), 22);
    QCOMPARE(key, QStringLiteral("sudo:alice@web1:22"));
    QCOMPARE(SecretStore::service(), QStringLiteral("gateway-doctor"));

    bool written = false;
    QString writeError = QStringLiteral("unset");
    store.write(key, QByteArrayLiteral("s3cret pass"), [&](const QString &error) {
        writeError = error;
        written = true;
    });
    QVERIFY(!written); // never answered inside the call
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));

    SecretStore::ReadResult got = readBack(key);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QVERIFY(got.found);
    QCOMPARE(got.secret.bytes(), QByteArrayLiteral("s3cret pass"));

    bool removed = false;
    QString removeError = QStringLiteral("unset");
    store.remove(key, [&](const QString &error) {
        removeError = error;
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    QVERIFY2(removeError.isEmpty(), qPrintable(removeError));

    got = readBack(key);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QVERIFY(!got.found);
    QVERIFY(got.secret.bytes().isEmpty());
}

void TestKeychain::passwordIsRememberedWhenOptedInAndUsedNextTime()
{
    if (const QString why = lab::LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(lab::LabUsers::ensure().ok());
    Lab lab;
    QVERIFY(startLab(lab));
    QVERIFY(!readBack(keyFor(lab)).found);
    {
        MainWindow window;
        connectWindow(window, lab);
        QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("secretDialog"));
        QVERIFY2(dialog, "the password was not asked for");
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"));
        QVERIFY(remember);
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isChecked()); // opt-in: unchecked by default
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("keychainMessage"))->isVisible());
        remember->setChecked(true);
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
        QTest::keyClicks(secret, lab::LabUsers::password());
        QTest::keyClick(secret, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.startPage()->isConnected(), 20000);
        // Stored only once the login succeeded.
        SecretStore::ReadResult got;
        QTRY_VERIFY_WITH_TIMEOUT((got = readBack(keyFor(lab))).found, 20000);
        QCOMPARE(got.secret.bytes(), lab::LabUsers::password().toUtf8());
    }
    // A second window: the same target connects without asking.
    MainWindow second;
    connectWindow(second, lab);
    QTRY_VERIFY_WITH_TIMEOUT(second.startPage()->isConnected(), 20000);
    QVERIFY(!WizardDriver::waitForDialog(QStringLiteral("secretDialog"), 100));

    SecretStore store;
    bool removed = false;
    store.remove(keyFor(lab), [&](const QString &) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestKeychain::rejectedKeptPasswordIsDeletedAndAskedFor()
{
    if (const QString why = lab::LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(lab::LabUsers::ensure().ok());
    Lab lab;
    QVERIFY(startLab(lab));
    SecretStore store;
    bool written = false;
    store.write(keyFor(lab), QByteArrayLiteral("an old password"), [&](const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

    MainWindow window;
    connectWindow(window, lab);
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("secretDialog"));
    QVERIFY2(dialog, "the password was not asked for after the kept one failed");
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("keychainMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("removed")), qPrintable(message->text()));
    QVERIFY(!message->text().contains(QLatin1String("an old password")));
    QTRY_VERIFY_WITH_TIMEOUT(!readBack(keyFor(lab)).found, 20000);
    // Not opted in this time: nothing is stored.
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
    QTest::keyClicks(secret, lab::LabUsers::password());
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.startPage()->isConnected(), 20000);
    QTest::qWait(300);
    QVERIFY(!readBack(keyFor(lab)).found);
}

#else

void TestKeychain::unavailableKeychainSaysSoAndAsksAsBefore()
{
    const SecretStore::ReadResult got = readBack(QStringLiteral("password:nobody@nowhere:22"));
    QVERIFY(!got.found);
    QVERIFY2(!got.error.isEmpty(), "a keychain without a bus must report an error");
    QVERIFY2(got.error.contains(QLatin1String("not available")), qPrintable(got.error));

    if (const QString why = lab::LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(lab::LabUsers::ensure().ok());
    Lab lab;
    QVERIFY(startLab(lab));
    MainWindow window;
    connectWindow(window, lab);
    QDialog *dialog = WizardDriver::waitForDialog(QStringLiteral("secretDialog"));
    QVERIFY2(dialog, "the password was not asked for");
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"));
    QVERIFY(remember && !remember->isVisible());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("keychainMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("keychain is not available")),
             qPrintable(message->text()));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
    QTest::keyClicks(secret, lab::LabUsers::password());
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.startPage()->isConnected(), 20000);
}

#endif

int main(int argc, char **argv)
{
#ifndef GD_TEST_NO_BUS
    PrivateSecretService service;
    if (!service.start()) {
        fprintf(stderr, "FAIL: no Secret Service for this test: %s\n", service.error.c_str());
        return 1;
    }
#else
    // A bus that is not there: the keychain cannot be reached.
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/gd-no-bus", 1);
#endif
    QApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
