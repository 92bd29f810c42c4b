#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor restart-upstream`: restart the app server's unit, then reload nginx.
class RestartUpstreamCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
