#pragma once

#include "remote/RemoteError.h"

#include <QByteArray>
#include <QObject>

namespace gd {

// One running program on a machine, as a transport sees it: bytes in, bytes out,
// an exit code. CommandJob builds timeouts, sudo and result collection on top, so
// each transport (QProcess, an SSH channel) only implements these few calls.
// Lives in the thread of the Machine that created it; emits nothing after finished().
class ProcessChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void writeStdin(const QByteArray &data) = 0;
    virtual void closeStdin() = 0;
    // Ask the program to stop (SIGTERM); with force, kill it (SIGKILL).
    virtual void terminate(bool force) = 0;

signals:
    void stdoutData(const QByteArray &data);
    void stderrData(const QByteArray &data);
    // exitCode is valid when error is None; a program killed by a signal reports Crashed.
    void finished(int exitCode, const gd::RemoteError &error);
};

} // namespace gd
