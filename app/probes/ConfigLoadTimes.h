#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace gd {

// When the running nginx last loaded its configuration, and when each config file was last
// saved: a file saved after the load is a change nginx does not run yet (saved, never
// reloaded). nginx starts a new generation of workers on every start and reload, so the
// oldest worker that is not draining started when the running configuration was loaded.
struct ConfigLoadTimes
{
    struct File
    {
        QString path;
        qint64 modified = 0; // seconds since 1970
    };
    qint64 now = 0;      // the machine's clock, seconds since 1970
    qint64 loadedAt = 0; // the current workers' start
    QList<File> files;

    QList<File> savedAfterLoad() const;
    static QDateTime toDateTime(qint64 seconds) { return QDateTime::fromSecsSinceEpoch(seconds); }

    // `date +%s`, the workers' ages (ps etimes) and each file's mtime (stat -L), in one call.
    static QStringList command(const QList<qint64> &workerPids, const QStringList &files);
    static ProbeResult<ConfigLoadTimes> parse(const ProbeOutput &output);
};

} // namespace gd
