#include "tests/lab/LabUsers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// The login shell of gd-lab-nostdin: runs what it is asked to with stdin from
// /dev/null, as some restricted shells and forced-command wrappers do.
const QString kNoStdinShell = QStringLiteral("/usr/local/lib/gd-lab/nostdin-shell");
const QByteArray kNoStdinShellText =
    "#!/bin/sh\n"
    "# Written by gd::lab::LabUsers for Gateway Doctor's tests. Safe to delete.\n"
    "exec /bin/sh \"$@\" </dev/null\n";

QByteArray stockBashrc()
{
    QFile skel(QStringLiteral("/etc/skel/.bashrc"));
    return skel.open(QIODevice::ReadOnly) ? skel.readAll() : QByteArray();
}

// Writes `content` unless the file holds exactly that already.
LabStatus writeIfDifferent(const QString &path, const QByteArray &content, mode_t mode, uid_t uid, gid_t gid)
{
    {
        QFile current(path);
        if (current.open(QIODevice::ReadOnly) && current.readAll() == content)
            return LabStatus::success();
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return LabStatus::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    const QByteArray name = QFile::encodeName(path);
    if (::chmod(name.constData(), mode) != 0 || ::chown(name.constData(), uid, gid) != 0)
        return LabStatus::failure(QStringLiteral("cannot set the owner and mode of %1").arg(path));
    return LabStatus::success();
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
    return {noPasswordSudoUser(), passwordSudoUser(), requireTtyUser(),   noSudoUser(),
            slowRcUser(),         hangingRcUser(),    noStdinShellUser(), noLoginUser()};
}

QString LabUsers::shellOf(const QString &name)
{
    if (name == noStdinShellUser())
        return kNoStdinShell;
    if (name == noLoginUser())
        return QStringLiteral("/usr/sbin/nologin");
    return QStringLiteral("/bin/bash");
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
           "gd-lab-tty ALL=(ALL:ALL) NOPASSWD: ALL\n"
           "gd-lab-slowrc ALL=(ALL:ALL) NOPASSWD: ALL\n";
}

LabStatus LabUsers::ensure()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return LabStatus::failure(reason);
    GlobalLock lock;
    // The shell must exist before an account names it.
    if (LabStatus written = writeIfDifferent(kNoStdinShell, kNoStdinShellText, 0755, 0, 0); !written)
        return written;
    for (const QString &name : all()) {
        if (LabStatus ensured = ensureUser(name); !ensured)
            return ensured;
        if (LabStatus ensured = ensureDotfiles(name); !ensured)
            return ensured;
    }
    return ensureSudoers();
}

LabStatus LabUsers::ensureUser(const QString &name)
{
    const QString shell = shellOf(name);
    if (const passwd *entry = ::getpwnam(name.toLocal8Bit().constData()); !entry) {
        if (LabStatus added = run(QStringLiteral("/usr/sbin/useradd"),
                                  {QStringLiteral("--create-home"), QStringLiteral("--user-group"),
                                   QStringLiteral("--shell"), shell, QStringLiteral("--comment"),
                                   QStringLiteral("Gateway Doctor test user"), name});
            !added)
            return added;
    } else if (QString::fromLocal8Bit(entry->pw_shell) != shell) {
        if (LabStatus changed =
                run(QStringLiteral("/usr/sbin/usermod"), {QStringLiteral("--shell"), shell, name});
            !changed)
            return changed;
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

LabStatus LabUsers::ensureDotfiles(const QString &name)
{
    QByteArray bashrc;
    if (name == slowRcUser())
        bashrc = "# Written by gd::lab::LabUsers: a login script as slow as pyenv, nvm or conda make one.\n"
                 "sleep " +
                 QByteArray::number(slowRcMs() / 1000.0) + "\n" + stockBashrc();
    else if (name == hangingRcUser())
        bashrc = "# Written by gd::lab::LabUsers: a login script that waits for input.\n"
                 "read -r gd_lab_answer\n";
    if (bashrc.isEmpty())
        return LabStatus::success();
    const passwd *entry = ::getpwnam(name.toLocal8Bit().constData());
    if (!entry)
        return LabStatus::failure(QStringLiteral("no account %1").arg(name));
    return writeIfDifferent(QFile::decodeName(entry->pw_dir) + QStringLiteral("/.bashrc"), bashrc, 0644,
                            entry->pw_uid, entry->pw_gid);
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
