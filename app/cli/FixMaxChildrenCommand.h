#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor fix max-children`: PHP-FPM's pm.max_children for one pool, with a
// suggestion from the memory measured now (available RAM / the pool's average child
// RSS), through the edit cycle (diff, backup, php-fpm -t, reload, rollback on failure).
class FixMaxChildrenCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
