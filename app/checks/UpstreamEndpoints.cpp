#include "app/checks/UpstreamEndpoints.h"

#include "app/facts/ProbeCommands.h"

#include <QSet>

namespace gd {

QList<UpstreamEndpoint> upstreamEndpoints(const Facts &facts)
{
    QList<UpstreamEndpoint> out;
    QSet<QString> seen;
    auto add = [&](const UpstreamTarget &t, const QString &host, quint16 port, const QString &unixPath) {
        UpstreamEndpoint e;
        e.endpoint =
            unixPath.isEmpty() ? ProbeCommands::endpoint(host, port) : QStringLiteral("unix:") + unixPath;
        if (seen.contains(e.endpoint))
            return;
        seen.insert(e.endpoint);
        e.label = t.kind == UpstreamTarget::Kind::UpstreamBlock ? e.endpoint : t.endpoint();
        e.target = &t;
        e.host = host;
        e.port = port;
        e.unixPath = unixPath;
        out << e;
    };
    for (const UpstreamTarget &t : facts.targets.targets()) {
        switch (t.kind) {
        case UpstreamTarget::Kind::HostPort:
            add(t, t.host, t.port, QString());
            break;
        case UpstreamTarget::Kind::UnixSocket:
            add(t, QString(), 0, t.unixPath);
            break;
        case UpstreamTarget::Kind::UpstreamBlock:
            if (const UpstreamBlock *block = facts.targets.blockFor(t)) {
                for (const UpstreamServer &s : block->servers)
                    add(t, s.host, s.port, s.unixPath);
            }
            break;
        case UpstreamTarget::Kind::Variable:
            break;
        }
    }
    return out;
}

} // namespace gd
