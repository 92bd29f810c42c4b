#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QByteArray>
#include <QString>

namespace gd {

// PHP-FPM's status page (pm.status_path), the figures that say whether a pool has a
// free child right now: what nginx would meet if it sent a request this second.
struct PhpFpmStatus
{
    QString pool;
    QString processManager; // static, dynamic, ondemand
    qint64 startSince = 0;  // seconds since the pool (re)started: the counters below count from then
    qint64 acceptedConnections = 0;
    int listenQueue = 0;    // connections waiting for a child now
    int maxListenQueue = 0; // the most that ever waited since start
    int listenQueueLen = 0; // the socket's backlog; 0 where php-fpm cannot read the queue
    int idleProcesses = 0;
    int activeProcesses = 0; // the status request itself is one of them
    int totalProcesses = 0;
    int maxActiveProcesses = 0;
    qint64 maxChildrenReached = 0; // times the pool hit pm.max_children (dynamic, ondemand)
    qint64 slowRequests = 0;       // requests past request_slowlog_timeout
    // On a unix socket php-fpm on Linux reports no queue (all three figures 0): the
    // kernel's count (ss's Recv-Q) is the one to use there.
    bool queueKnown() const { return listenQueueLen > 0; }

    // The page as text (the default) or JSON (`?json`); both carry the same names.
    static ProbeResult<PhpFpmStatus> parse(const QByteArray &page);
};

} // namespace gd
