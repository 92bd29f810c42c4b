#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

// How the kernel would send packets to one address: `ip route get ADDR`.
struct Route
{
    enum class Kind
    {
        Direct,     // on a link of this machine (same subnet)
        Gateway,    // through a router ("via")
        Local,      // the address is this machine's own
        Unreachable // no route: "Network is unreachable", "No route to host"
    };
    QString destination;
    Kind kind = Kind::Unreachable;
    QString device;  // "eth0"
    QString gateway; // the "via" address
    QString source;  // the address connections from here come from ("src")
    QString line;    // the first line as printed (or the kernel's refusal)
};

class RouteLookup
{
    Q_DECLARE_TR_FUNCTIONS(RouteLookup)
public:
    // Empty when `address` is not a numeric address (we never pass options through).
    static QStringList command(const QString &address);
    static ProbeResult<Route> parse(const QString &address, const ProbeOutput &output);
};

} // namespace gd
