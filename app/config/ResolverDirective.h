#pragma once

#include "app/config/NginxConfig.h"
#include "app/config/UpstreamTarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// An nginx `resolver` directive read apart: the DNS servers it names (numeric
// addresses with their port, 53 unless given) and its parameters (valid=30s,
// ipv6=off, ...). A server written as a host name is resolved by nginx at start-up
// and is left out of `servers`.
struct ResolverDirective
{
    struct Server
    {
        QString address; // "127.0.0.1", "::1"
        quint16 port = 53;
        int arg = -1;    // its index in the directive's arguments
        QString written; // as written: "127.0.0.1:53", "[::1]"
        // "127.0.0.1:53", "[::1]:53"
        QString endpoint() const;
    };

    const NginxDirective *directive = nullptr;
    QList<Server> servers;
    QStringList parameters;

    static ResolverDirective from(const NginxDirective &directive);
    // The resolver in scope for `target` (UpstreamTargets found it), if any.
    static std::optional<ResolverDirective> forTarget(const NginxConfig &config,
                                                      const UpstreamTarget &target);
    // How `address`:`port` is written in a resolver directive: "10.0.0.2" for port 53,
    // "[::1]:5353" otherwise.
    static QString written(const QString &address, quint16 port = 53);
};

} // namespace gd
