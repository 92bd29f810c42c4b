// `--ssh ALIAS` as people use it: the alias, its user, port and key come from the user's
// own ~/.ssh/config, and a ProxyJump there is honoured (libssh hands it to OpenSSH's
// `ssh -W`, which logs in to the jump host with the same user's keys and known_hosts).
// The jump host and the target are the same lab sshd here, so the proof that the jump
// was taken is in its log: two logins for one diagnosis instead of one.
//
// The command runs as a lab account (its home is the test's to write, unlike root's) and
// its ~/.ssh is removed afterwards.
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace gd::lab;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runAs(const QString &user, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(QDir::tempPath());
    p.start(QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral(GD_BINARY)} +
                arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSshConfigCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aliasWithProxyJump();
    void cleanupTestCase();

private:
    bool writeSshDir(const QString &hostBlock);
    int loginsOf(const QString &user) const;

    LabSshd m_sshd;
    QString m_user = LabUsers::noSudoUser();
    QString m_sshDir;
};

void TestSshConfigCli::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("runs the command as a lab account: root only");
    if (const QString why = LabUsers::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(LabUsers::ensure().ok());
    const Run reachable = [&] {
        QProcess p;
        p.start(QStringLiteral("runuser"),
                {QStringLiteral("-u"), m_user, QStringLiteral("--"), QStringLiteral("test"),
                 QStringLiteral("-x"), QStringLiteral(GD_BINARY)});
        p.waitForFinished(20000);
        return Run{p.exitCode(), {}, {}};
    }();
    if (reachable.exitCode != 0)
        QSKIP("the build directory is not open to other accounts (a checkout under a private home)");
    const LabStatus started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    const passwd *account = ::getpwnam(m_user.toLocal8Bit().constData());
    QVERIFY(account && account->pw_dir);
    m_sshDir = QString::fromLocal8Bit(account->pw_dir) + QStringLiteral("/.ssh");
}

// ~/.ssh of the lab account: the lab's client key as its default key, the lab sshd's
// host key as known, and the config's host block.
bool TestSshConfigCli::writeSshDir(const QString &hostBlock)
{
    QDir().mkpath(m_sshDir);
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(m_sshDir + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    };
    QFile key(m_sshd.clientKeyPath());
    if (!key.open(QIODevice::ReadOnly))
        return false;
    const QByteArray known =
        QStringLiteral("[127.0.0.1]:%1 %2\n").arg(m_sshd.port()).arg(m_sshd.hostPublicKey()).toUtf8();
    if (!write(QStringLiteral("id_ed25519"), key.readAll()) || !write(QStringLiteral("known_hosts"), known) ||
        !write(QStringLiteral("config"), hostBlock.toUtf8()))
        return false;
    QProcess chown;
    chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), m_user + QLatin1Char(':'), m_sshDir});
    chown.waitForFinished(10000);
    QFile::setPermissions(m_sshDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &name :
         {QStringLiteral("id_ed25519"), QStringLiteral("known_hosts"), QStringLiteral("config")})
        QFile::setPermissions(m_sshDir + QLatin1Char('/') + name,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return chown.exitCode() == 0;
}

int TestSshConfigCli::loginsOf(const QString &user) const
{
    return int(m_sshd.logText().count(QStringLiteral("Accepted publickey for %1 ").arg(user)));
}

void TestSshConfigCli::aliasWithProxyJump()
{
    const QString direct = QStringLiteral("Host gd-jump-target\n"
                                          "  HostName 127.0.0.1\n"
                                          "  Port %1\n"
                                          "  User %2\n")
                               .arg(m_sshd.port())
                               .arg(m_user);
    // Without the jump: one login per diagnosis (the runners share it).
    QVERIFY(writeSshDir(direct));
    int before = loginsOf(m_user);
    const Run plain = runAs(
        m_user, {QStringLiteral("diagnose"), QStringLiteral("--ssh"), QStringLiteral("gd-jump-target")});
    QVERIFY2(plain.exitCode == 0 || plain.exitCode == 1, qPrintable(plain.err + plain.out));
    QVERIFY2(plain.out.contains(QStringLiteral("%1@gd-jump-target").arg(m_user)), qPrintable(plain.out));
    QCOMPARE(loginsOf(m_user) - before, 1);

    // Through the jump host: a login there (ssh -W) and one to the target through it.
    QVERIFY(
        writeSshDir(direct + QStringLiteral("  ProxyJump %1@127.0.0.1:%2\n").arg(m_user).arg(m_sshd.port())));
    before = loginsOf(m_user);
    const Run jumped = runAs(
        m_user, {QStringLiteral("diagnose"), QStringLiteral("--ssh"), QStringLiteral("gd-jump-target")});
    QVERIFY2(jumped.exitCode == 0 || jumped.exitCode == 1, qPrintable(jumped.err + jumped.out));
    QVERIFY2(jumped.out.contains(QStringLiteral("%1@gd-jump-target").arg(m_user)), qPrintable(jumped.out));
    QCOMPARE(loginsOf(m_user) - before, 2);
}

void TestSshConfigCli::cleanupTestCase()
{
    if (!m_sshDir.isEmpty())
        QDir(m_sshDir).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSshConfigCli)
#include "tst_sshconfigcli.moc"
