#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd::lab {

// Reads the process table from /proc: who is whose child, who is still alive.
// nginx workers, sshd per-connection children and reload confirmation are all
// questions about the process tree, and the tests use it to prove that nothing the
// lab started outlives it.
class LabProcTree
{
public:
    // -1 when pid does not exist.
    static qint64 parentOf(qint64 pid);
    static QList<qint64> childrenOf(qint64 pid);
    static QList<qint64> descendantsOf(qint64 pid);
    // Exists and is not a zombie.
    static bool isAlive(qint64 pid);
    // /proc/PID/cmdline with NULs turned into spaces (what `ps -o args` shows).
    static QByteArray commandLine(qint64 pid);
    // Live processes whose command line contains needle, e.g. a lab directory path.
    static QList<qint64> findByCommandLine(const QByteArray &needle);
    // Effective uid of pid (from /proc/PID/status); -1 when it does not exist.
    static qint64 userOf(qint64 pid);

private:
    static QList<qint64> allPids();
};

} // namespace gd::lab
