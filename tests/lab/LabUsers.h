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
// All have password() as password, /bin/bash as shell and a home directory; ssh
// logins with LabSshd's client key work because its AuthorizedKeysFile is absolute.
// The sudoers rules live in /etc/sudoers.d/gd-lab, checked with `visudo -cf` first.
class LabUsers
{
public:
    static QString noPasswordSudoUser() { return QStringLiteral("gd-lab-nopw"); }
    static QString passwordSudoUser() { return QStringLiteral("gd-lab-pw"); }
    static QString requireTtyUser() { return QStringLiteral("gd-lab-tty"); }
    static QString noSudoUser() { return QStringLiteral("gd-lab-nosudo"); }
    static QStringList all();
    static QString password() { return QStringLiteral("gd-lab-Secret-7"); }
    static QString sudoersPath() { return QStringLiteral("/etc/sudoers.d/gd-lab"); }

    // Empty when the lab can manage users; otherwise why not (for QSKIP).
    static QString unavailableReason();
    // Creates what is missing. Safe to call from parallel test processes.
    static LabStatus ensure();

private:
    static QByteArray sudoersText();
    static LabStatus ensureUser(const QString &name);
    static LabStatus ensureSudoers();
};

} // namespace gd::lab
