#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor rollback`: list our backups on the target, or restore one through
// the edit cycle.
class RollbackCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
