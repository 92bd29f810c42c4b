#include "tests/lab/LabUsers.h"

#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <pwd.h>
#include <shadow.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gd::lab {

namespace {

LabStatus run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return LabStatus::failure(QStringLiteral("cannot run %1: %2").arg(program, process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(30000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll());
        process.kill();
        process.waitForFinished(1000);
        return LabStatus::failure(QStringLiteral("%1 %2 failed (exit %3): %4")
                                      .arg(program, arguments.join(QLatin1Char(' ')))
                                      .arg(process.exitCode())
                                      .arg(output));
    }
    return LabStatus::success();
}

// A password is set when the shadow entry holds a hash, not "!", "*" or nothing.
bool hasUsablePassword(const QString &name)
{
    const spwd *entry = ::getspnam(name.toLocal8Bit().constData());
    if (!entry || !entry->sp_pwdp)
        return false;
    const char first = entry->sp_pwdp[0];
    return first != '\0' && first != '!' && first != '*';
}

// flock() on a file in /run: users and sudoers are global, and ctest -j may run
// several lab tests at once.
class GlobalLock
{
public:
    GlobalLock() : m_fd(::open("/run/gd-lab-users.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~GlobalLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    GlobalLock(const GlobalLock &) = delete;
    GlobalLock &operator=(const GlobalLock &) = delete;

private:
    int m_fd;
};

} // namespace

QStringList LabUsers::all()
{
    return {noPasswordSudoUser(), passwordSudoUser(), requireTtyUser(), noSudoUser()};
}

QString LabUsers::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral(
            "the lab's test users need root (useradd, /etc/sudoers.d); run the tests as root, "
            "e.g. in the CI container");
    for (const char *tool :
         {"/usr/sbin/useradd", "/usr/sbin/chpasswd", "/usr/sbin/visudo", "/usr/bin/sudo"}) {
        if (::access(tool, X_OK) != 0)
            return QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
    }
    return {};
}

QByteArray LabUsers::sudoersText()
{
    return "# Written by gd::lab::LabUsers for Gateway Doctor's tests. Safe to delete.\n"
           "gd-lab-nopw ALL=(ALL:ALL) NOPASSWD: ALL\n"
           "gd-lab-pw ALL=(ALL:ALL) ALL\n"
           "Defaults:gd-lab-tty requiretty\n"
           "gd-lab-tty ALL=(ALL:ALL) NOPASSWD: ALL\n";
}

LabStatus LabUsers::ensure()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return LabStatus::failure(reason);
    GlobalLock lock;
    for (const QString &name : all()) {
        if (LabStatus ensured = ensureUser(name); !ensured)
            return ensured;
    }
    return ensureSudoers();
}

LabStatus LabUsers::ensureUser(const QString &name)
{
    if (!::getpwnam(name.toLocal8Bit().constData())) {
        if (LabStatus added =
                run(QStringLiteral("/usr/sbin/useradd"),
                    {QStringLiteral("--create-home"), QStringLiteral("--user-group"),
                     QStringLiteral("--shell"), QStringLiteral("/bin/bash"), QStringLiteral("--comment"),
                     QStringLiteral("Gateway Doctor test user"), name});
            !added)
            return added;
    }
    // Also repairs an account that exists but is locked (sshd refuses even key
    // logins for locked accounts when UsePAM is off).
    if (!hasUsablePassword(name)) {
        if (LabStatus set = run(QStringLiteral("/usr/sbin/chpasswd"), {},
                                (name + QLatin1Char(':') + password() + QLatin1Char('\n')).toUtf8());
            !set)
            return set;
    }
    return LabStatus::success();
}

LabStatus LabUsers::ensureSudoers()
{
    const QByteArray wanted = sudoersText();
    {
        QFile current(sudoersPath());
        if (current.open(QIODevice::ReadOnly) && current.readAll() == wanted)
            return LabStatus::success();
    }
    // Validate a candidate before it goes live: a broken file in sudoers.d breaks
    // sudo for everyone. The name has no dot, so sudo's #includedir reads it, and the
    // temp name has one, so it never does.
    const QString candidate = sudoersPath() + QStringLiteral(".new");
    QFile file(candidate);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return LabStatus::failure(QStringLiteral("cannot write %1: %2").arg(candidate, file.errorString()));
    file.write(wanted);
    file.close();
    ::chmod(QFile::encodeName(candidate).constData(), 0440);
    if (LabStatus valid = run(QStringLiteral("/usr/sbin/visudo"), {QStringLiteral("-cf"), candidate});
        !valid) {
        QFile::remove(candidate);
        return valid;
    }
    if (::rename(QFile::encodeName(candidate).constData(), QFile::encodeName(sudoersPath()).constData()) !=
        0) {
        QFile::remove(candidate);
        return LabStatus::failure(QStringLiteral("cannot install %1").arg(sudoersPath()));
    }
    return LabStatus::success();
}

} // namespace gd::lab
