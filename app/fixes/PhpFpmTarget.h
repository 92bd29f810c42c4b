#pragma once

#include "app/fixes/PhpFpmReloader.h"

#include <QString>

namespace gd {

// One PHP-FPM pool a fix can change, with the master that runs it: what the
// max_children action needs from a diagnosis.
struct PhpFpmTarget
{
    PhpFpmRuntime runtime;   // the master; binary is a best guess until PoolMemoryProbe reads /proc/PID/exe
    QString pool;            // "www"
    QString poolFile;        // where pm.max_children is set (else the pool's own file)
    QString listen;          // the pool's listen (socket path or address)
    int maxChildren = 0;     // pm.max_children now
    int listenBacklog = 511; // listen.backlog now (php-fpm's default when unset)
    int runningChildren = 0; // children in the process table at diagnosis time
};

} // namespace gd
