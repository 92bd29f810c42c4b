#pragma once

#include "tests/lab/LabStatus.h"

#include <QString>
#include <QStringList>

namespace gd::lab {

// Operating-system accounts for sudo and login tests, created on first use (root
// only) and left in place afterwards: creating users is slow-ish and global, and
// every later run finds them ready (ensure() is then a few file reads).
//
//   gd-lab-nopw    sudo NOPASSWD
//   gd-lab-pw      sudo asks for the password
//   gd-lab-tty     sudo with `Defaults:gd-lab-tty requiretty` (NOPASSWD, so the tty
//                  rule is the only obstacle)
//   gd-lab-nosudo  not in sudoers
// Accounts whose login is unusual, for the SSH runner's tests and benchmarks:
//   gd-lab-slowrc  ~/.bashrc sleeps 1 s before Debian's stock one (as pyenv, nvm or
//                  conda make a login script slow); sudo NOPASSWD, so it can diagnose
//   gd-lab-hangrc  ~/.bashrc waits for a line on stdin, which never comes
//   gd-lab-nostdin its login shell runs commands with stdin from /dev/null (as some
//                  restricted shells and forced commands do): nothing can talk to a
//                  long-lived shell there, one command per channel still works
//   gd-lab-nologin /usr/sbin/nologin: logs in, runs nothing
// All have password() as password and a home directory; ssh logins with LabSshd's
// client key work because its AuthorizedKeysFile is absolute. The sudoers rules live
// in /etc/sudoers.d/gd-lab, checked with `visudo -cf` first. The dotfiles and the
// shell above are the lab's own, rewritten whenever they differ; nothing else of the
// system is changed.
class LabUsers
{
public:
    static QString noPasswordSudoUser() { return QStringLiteral("gd-lab-nopw"); }
    static QString passwordSudoUser() { return QStringLiteral("gd-lab-pw"); }
    static QString requireTtyUser() { return QStringLiteral("gd-lab-tty"); }
    static QString noSudoUser() { return QStringLiteral("gd-lab-nosudo"); }
    static QString slowRcUser() { return QStringLiteral("gd-lab-slowrc"); }
    static QString hangingRcUser() { return QStringLiteral("gd-lab-hangrc"); }
    static QString noStdinShellUser() { return QStringLiteral("gd-lab-nostdin"); }
    static QString noLoginUser() { return QStringLiteral("gd-lab-nologin"); }
    static QStringList all();
    // What gd-lab-slowrc's ~/.bashrc costs each login shell.
    static int slowRcMs() { return 1000; }
    static QString password() { return QStringLiteral("gd-lab-Secret-7"); }
    static QString sudoersPath() { return QStringLiteral("/etc/sudoers.d/gd-lab"); }

    // Empty when the lab can manage users; otherwise why not (for QSKIP).
    static QString unavailableReason();
    // Creates what is missing. Safe to call from parallel test processes.
    static LabStatus ensure();

private:
    static QByteArray sudoersText();
    static QString shellOf(const QString &name);
    static LabStatus ensureUser(const QString &name);
    static LabStatus ensureDotfiles(const QString &name);
    static LabStatus ensureSudoers();
};

} // namespace gd::lab
