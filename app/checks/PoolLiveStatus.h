#pragma once

#include "app/config/PhpFpmPool.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/Evidence.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// What a pool's status page (pm.status_path) says right now, for findings: the live
// figures as evidence of saturation, which counts even before php-fpm's log has a
// "server reached pm.max_children" line; and, for a pool without a status page, the
// lines that give it one.
class PoolLiveStatus
{
    Q_DECLARE_TR_FUNCTIONS(PoolLiveStatus)
public:
    // "active 5 of pm.max_children 5, idle 0, listen queue 12 (most 20, backlog 511),
    // max children reached 3 times since start, slow requests 0"
    static QString figures(const PhpFpmStatus &status, int maxChildren);
    // Every child busy now (the status request itself made the last one busy), or
    // connections waiting, or the status request waited past its limit.
    static bool saturatedNow(const PhpFpmStatusProbe::Answer &answer, int maxChildren);
    // Saturated now, or php-fpm counted "max children reached" since it started.
    static bool saturated(const PhpFpmStatusProbe::Answer &answer, int maxChildren);
    // One sentence for a finding's summary: "Its status page now: active 5 of ...".
    static QString sentence(const PhpFpmStatusProbe::Answer &answer, int maxChildren);
    static Evidence evidence(const ParsedFacts::PoolStatus &status, const PhpFpmPool &pool);
    // How to give the pool a status page: the pool line, and the nginx location that
    // shows it to this machine only. `pass` is how nginx reaches the pool
    // ("unix:/run/php/php8.2-fpm.sock", "127.0.0.1:9000").
    static QString howToEnable(const PhpFpmPool &pool);
    static QString statusPathLine() { return QStringLiteral("pm.status_path = /fpm-status"); }
};

} // namespace gd
