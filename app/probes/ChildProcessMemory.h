#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gd {

// The resident memory of one parent's children: `ps -ww -o pid=,rss=,args= --ppid PID`.
// PHP-FPM's pool children show up as "php-fpm: pool www".
struct ChildProcessMemory
{
    struct Child
    {
        qint64 pid = 0;
        qint64 rssBytes = 0;
        QString args;
    };
    QList<Child> children;

    static QStringList command(qint64 parentPid);
    // No children is not an error (ps exits 1 then and prints nothing).
    static ProbeResult<ChildProcessMemory> parse(const ProbeOutput &output);

    // The children of one PHP-FPM pool ("php-fpm: pool www", "php-fpm8.2: pool www"),
    // and RSS summed.
    QList<Child> phpFpmPool(const QString &pool) const;
    static qint64 totalRss(const QList<Child> &children);
};

} // namespace gd
