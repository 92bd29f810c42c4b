#pragma once

#include "app/config/PhpFpmPool.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"

#include <QList>
#include <QString>

namespace gd {

// Which running PHP-FPM master serves a pool, and how its binary is called: what a
// pool's remedy and the fixes that change a pool need to test and reload it.
class PhpFpmMasters
{
public:
    static const PhpFpmInstance *masterOf(const PhpFpmPool &pool, const QList<PhpFpmInstance> &masters,
                                          const ParsedFacts &facts);
    static QString guessBinary(const QString &configPath);
    // The master's binary as /proc/PID/exe names it, else the guess from its config path.
    static QString binary(const Facts &facts, const PhpFpmInstance &master);
};

} // namespace gd
