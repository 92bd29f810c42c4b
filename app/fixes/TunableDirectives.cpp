#include "app/fixes/TunableDirectives.h"

namespace gd {

namespace {

using Kind = TunableDirective::Kind;

struct Entry
{
    const char *name;
    Kind kind;
    const char *prefix;
};

// Checked against nginx 1.22.1 (`nginx -t`): every name here is a directive it knows,
// and grpc_buffers, grpc_busy_buffers_size, grpc_temp_file_write_size and
// grpc_max_temp_file_size are "unknown directive" (the grpc module streams responses
// through grpc_buffer_size alone). tst_tunabledirectives runs the same check.
constexpr Entry kEntries[] = {
    {"proxy_connect_timeout", Kind::Duration, "proxy_"},
    {"proxy_send_timeout", Kind::Duration, "proxy_"},
    {"proxy_read_timeout", Kind::Duration, "proxy_"},
    {"proxy_buffers", Kind::Buffers, "proxy_"},
    {"proxy_buffer_size", Kind::Size, "proxy_"},
    {"proxy_busy_buffers_size", Kind::Size, "proxy_"},
    {"fastcgi_connect_timeout", Kind::Duration, "fastcgi_"},
    {"fastcgi_send_timeout", Kind::Duration, "fastcgi_"},
    {"fastcgi_read_timeout", Kind::Duration, "fastcgi_"},
    {"fastcgi_buffers", Kind::Buffers, "fastcgi_"},
    {"fastcgi_buffer_size", Kind::Size, "fastcgi_"},
    {"fastcgi_busy_buffers_size", Kind::Size, "fastcgi_"},
    {"uwsgi_connect_timeout", Kind::Duration, "uwsgi_"},
    {"uwsgi_send_timeout", Kind::Duration, "uwsgi_"},
    {"uwsgi_read_timeout", Kind::Duration, "uwsgi_"},
    {"uwsgi_buffers", Kind::Buffers, "uwsgi_"},
    {"uwsgi_buffer_size", Kind::Size, "uwsgi_"},
    {"uwsgi_busy_buffers_size", Kind::Size, "uwsgi_"},
    {"scgi_connect_timeout", Kind::Duration, "scgi_"},
    {"scgi_send_timeout", Kind::Duration, "scgi_"},
    {"scgi_read_timeout", Kind::Duration, "scgi_"},
    {"scgi_buffers", Kind::Buffers, "scgi_"},
    {"scgi_buffer_size", Kind::Size, "scgi_"},
    {"scgi_busy_buffers_size", Kind::Size, "scgi_"},
    {"grpc_connect_timeout", Kind::Duration, "grpc_"},
    {"grpc_send_timeout", Kind::Duration, "grpc_"},
    {"grpc_read_timeout", Kind::Duration, "grpc_"},
    {"grpc_buffer_size", Kind::Size, "grpc_"},
};

} // namespace

std::optional<TunableDirective> TunableDirectives::find(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name))
            return TunableDirective{QLatin1String(e.name), e.kind, QLatin1String(e.prefix)};
    }
    return std::nullopt;
}

QStringList TunableDirectives::names()
{
    QStringList result;
    for (const Entry &e : kEntries)
        result.append(QLatin1String(e.name));
    return result;
}

bool TunableDirectives::hasBufferRules(const QString &modulePrefix)
{
    return modulePrefix == QLatin1String("proxy_") || modulePrefix == QLatin1String("fastcgi_") ||
           modulePrefix == QLatin1String("uwsgi_") || modulePrefix == QLatin1String("scgi_");
}

} // namespace gd
