#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor monitor`: probe the URL every second for a while, follow the logs,
// and say whether the fix holds.
class MonitorCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
