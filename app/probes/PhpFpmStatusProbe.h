#pragma once

#include "app/probes/PhpFpmStatus.h"
#include "app/probes/ProbeOutput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gd {

// One pool whose status page to ask for: how nginx reaches it and where the page is.
struct PhpFpmStatusTarget
{
    QString pool;
    QString listen;     // the pool's `listen`
    QString statusPath; // its pm.status_path
    int maxChildren = 0;
};

// How the status page is asked for: one FastCGI request to the pool's own socket or
// port, as nginx's fastcgi_pass would send it (FastCgiProbe's client), and what came back.
class PhpFpmStatusProbe
{
    Q_DECLARE_TR_FUNCTIONS(PhpFpmStatusProbe)
public:
    struct Answer
    {
        bool answered = false; // the page came back and was read
        bool timedOut = false; // no answer in time: the request waited behind busy children
        PhpFpmStatus status;
        QString problem; // why there are no figures, in plain words
        // No free child right now: every child busy (the status request itself took
        // the last one), connections waiting, or the status request waited too long.
        bool saturatedNow(int maxChildren) const
        {
            if (timedOut)
                return true;
            return answered &&
                   ((maxChildren > 0 && status.activeProcesses >= maxChildren) || status.listenQueue > 0);
        }
    };
    // listen is the pool's `listen` ("/run/php/php8.2-fpm.sock", "127.0.0.1:9000", "9000").
    static QStringList command(const QString &listen, const QString &statusPath, int timeoutSec);
    static Answer read(const ProbeOutput &output);
};

} // namespace gd
