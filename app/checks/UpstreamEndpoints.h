#pragma once

#include "app/facts/Facts.h"

namespace gd {

// Every distinct place nginx connects to, with the target that names it.
struct UpstreamEndpoint
{
    QString endpoint; // "127.0.0.1:8080", "[::1]:8080", "unix:/run/app.sock", "localhost:8080"
    QString label;    // how findings name it (the config target's endpoint)
    const UpstreamTarget *target = nullptr;
    QString host;
    quint16 port = 0;
    QString unixPath;
};

QList<UpstreamEndpoint> upstreamEndpoints(const Facts &facts);

} // namespace gd
