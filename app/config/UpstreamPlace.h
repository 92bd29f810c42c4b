#pragma once

#include "app/config/UpstreamTargets.h"

#include <QList>
#include <QString>

namespace gd {

// One place a target connects to: a host (name or IP) and port, or a unix socket.
struct UpstreamPlace
{
    QString host; // empty for a socket
    quint16 port = 0;
    QString unixPath; // without "unix:"; empty for host:port

    // Where `target` connects: its own host and port or socket, or each server of the
    // upstream block it names; none for a variable (known per request only).
    static QList<UpstreamPlace> of(const UpstreamTargets &targets, const UpstreamTarget &target);
};

} // namespace gd
