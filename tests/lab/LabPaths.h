#pragma once

#include <QString>

namespace gd::lab {

// Where the lab finds its programs: its own helper (gd-lab-supervisor) in
// GD_LAB_BIN_DIR (set by ctest, defaulting to the build tree this library was built in),
// the upstream server the practice lab ships (gateway-doctor-lab-upstream, built next to
// gateway-doctor), and the system's nginx, sshd and ssh tools.
class LabPaths
{
public:
    static QString labBinary(const QString &name);
    static QString upstream();
    static QString nginx() { return QStringLiteral("/usr/sbin/nginx"); }
    // sshd re-executes itself per connection and insists on an absolute path.
    static QString sshd() { return QStringLiteral("/usr/sbin/sshd"); }
    static QString sshKeygen() { return QStringLiteral("/usr/bin/ssh-keygen"); }
    static QString ssh() { return QStringLiteral("/usr/bin/ssh"); }
};

} // namespace gd::lab
