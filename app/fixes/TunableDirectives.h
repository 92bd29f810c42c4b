#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// One directive a fix may change, and how its value is typed.
struct TunableDirective
{
    QString name; // "proxy_read_timeout"
    enum class Kind
    {
        Duration, // one nginx time: "75s", "2m"
        Size,     // one nginx size: "16k"
        Buffers,  // count and size: "8 16k"
    } kind = Kind::Duration;
    QString modulePrefix; // "proxy_", "fastcgi_", "uwsgi_", "scgi_", "grpc_"
};

// The allowlist of directives the one-click fixes may write: the upstream timeouts and
// response buffers of nginx's proxy, fastcgi, uwsgi, scgi and grpc modules, exactly as
// nginx 1.22 has them (grpc has no grpc_buffers and no grpc_busy_buffers_size: it does
// not buffer responses). Anything else is refused, however harmless it looks.
class TunableDirectives
{
public:
    static std::optional<TunableDirective> find(const QString &name);
    // Every allowed name, grouped by module (proxy_, fastcgi_, uwsgi_, scgi_, grpc_).
    static QStringList names();
    // The module prefixes whose responses go through *_buffers (all but grpc_): the
    // ones where nginx checks buffer sizes against each other.
    static bool hasBufferRules(const QString &modulePrefix);
};

} // namespace gd
