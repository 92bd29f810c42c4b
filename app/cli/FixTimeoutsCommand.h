#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor fix timeouts`: timeouts and buffers for one location, through the
// edit cycle (diff, backup, nginx -t, reload, probe, rollback on failure).
class FixTimeoutsCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
