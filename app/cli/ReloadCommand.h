#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor reload`: nginx -t, then reload (systemctl or nginx -s), confirmed
// by new workers. A config that fails the test is not sent.
class ReloadCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
