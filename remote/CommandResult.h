#pragma once

#include "remote/RemoteError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace gd {

struct CommandResult
{
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 durationMs = 0;
    RemoteError error;   // set when the command could not run to completion
    QString commandLine; // what we ran, quoted for display; never contains secrets

    // The program ran to its end (whatever its exit code).
    bool ran() const { return !error.isError(); }
    // The program ran and exited with 0.
    bool succeeded() const { return ran() && exitCode == 0; }
};

} // namespace gd
Q_DECLARE_METATYPE(gd::CommandResult)
