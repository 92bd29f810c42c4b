#pragma once

#include <QString>

namespace gd {

struct DiagnosisOptions
{
    QString nginxBinary;                    // override; empty = discover
    QString configFile;                     // override; empty = from the running master or nginx -V
    QString url;                            // the failing URL, optional
    qint64 sinceSeconds = 24 * 3600;        // how far back to read logs
    qint64 liveWindowSeconds = 15 * 60;     // log-only errors older than this are history when the URL works
    qint64 logTailBytes = 10 * 1024 * 1024; // never read more of a log than this
    int probeTimeoutSec = 5;                // TCP/HTTP probes
};

} // namespace gd
