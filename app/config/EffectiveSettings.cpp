#include "app/config/EffectiveSettings.h"

namespace gd {

namespace {

// Defaults from nginx's documentation for 1.22. Buffer sizes are "one memory page":
// 4k on x86_64 (8k on some other platforms).
struct Default
{
    const char *name;
    const char *value;
};
constexpr Default kDefaults[] = {
    {"proxy_connect_timeout", "60s"},
    {"proxy_send_timeout", "60s"},
    {"proxy_read_timeout", "60s"},
    {"proxy_buffer_size", "4k"},
    {"proxy_buffers", "8 4k"},
    {"proxy_busy_buffers_size", "8k"},
    {"proxy_buffering", "on"},
    {"fastcgi_connect_timeout", "60s"},
    {"fastcgi_send_timeout", "60s"},
    {"fastcgi_read_timeout", "60s"},
    {"fastcgi_buffer_size", "4k"},
    {"fastcgi_buffers", "8 4k"},
    {"fastcgi_busy_buffers_size", "8k"},
    {"fastcgi_buffering", "on"},
    {"uwsgi_connect_timeout", "60s"},
    {"uwsgi_send_timeout", "60s"},
    {"uwsgi_read_timeout", "60s"},
    {"uwsgi_buffer_size", "4k"},
    {"uwsgi_buffers", "8 4k"},
    {"uwsgi_busy_buffers_size", "8k"},
    {"uwsgi_buffering", "on"},
    {"scgi_connect_timeout", "60s"},
    {"scgi_send_timeout", "60s"},
    {"scgi_read_timeout", "60s"},
    {"scgi_buffer_size", "4k"},
    {"scgi_buffers", "8 4k"},
    {"scgi_busy_buffers_size", "8k"},
    {"scgi_buffering", "on"},
    {"grpc_connect_timeout", "60s"},
    {"grpc_send_timeout", "60s"},
    {"grpc_read_timeout", "60s"},
    {"grpc_buffer_size", "4k"},
    {"keepalive_timeout", "75s"},
    {"client_max_body_size", "1m"},
    {"send_timeout", "60s"},
};

// Blocks whose settings a location inherits; `if` inside a location is a location
// of its own in nginx, limit_except too.
bool isMergeLevel(const QString &name)
{
    return name == QLatin1String("location") || name == QLatin1String("if") ||
           name == QLatin1String("limit_except") || name == QLatin1String("server") ||
           name == QLatin1String("http");
}

} // namespace

EffectiveSettings EffectiveSettings::of(const NginxConfig &config, const NginxDirective *block)
{
    EffectiveSettings s;
    s.m_config = &config;
    if (!block)
        block = config.http();
    for (const NginxDirective *b = block; b; b = config.parent(*b)) {
        if (isMergeLevel(b->name) && b->block)
            s.m_chain.append(b);
        if (b->name == QLatin1String("http"))
            break;
    }
    return s;
}

EffectiveSetting EffectiveSettings::value(const QString &name) const
{
    EffectiveSetting setting;
    setting.name = name;
    if (m_config) {
        for (const NginxDirective *b : m_chain) {
            if (const NginxDirective *d = m_config->lastChild(b, name)) {
                setting.args = d->args;
                setting.isDefault = false;
                setting.file = d->file;
                setting.line = d->line;
                setting.directiveIndex = d->index;
                return setting;
            }
        }
    }
    const QString def = defaultValue(name);
    if (!def.isEmpty())
        setting.args = def.split(QLatin1Char(' '));
    return setting;
}

QList<const NginxDirective *> EffectiveSettings::arrayValue(const QString &name) const
{
    if (!m_config)
        return {};
    for (const NginxDirective *b : m_chain) {
        const QList<const NginxDirective *> here = m_config->children(b, name);
        if (!here.isEmpty())
            return here;
    }
    return {};
}

QList<EffectiveSetting> EffectiveSettings::all() const
{
    QList<EffectiveSetting> result;
    for (const QString &name : knownNames())
        result.append(value(name));
    return result;
}

std::optional<NginxDuration> EffectiveSettings::duration(const QString &name) const
{
    const EffectiveSetting s = value(name);
    if (s.args.isEmpty())
        return std::nullopt;
    const Result<NginxDuration, ConfigError> d = NginxDuration::fromConfig(s.args.first());
    return d.ok() ? std::optional<NginxDuration>(*d) : std::nullopt;
}

std::optional<NginxSize> EffectiveSettings::size(const QString &name) const
{
    const EffectiveSetting s = value(name);
    if (s.args.isEmpty())
        return std::nullopt;
    const Result<NginxSize, ConfigError> v = NginxSize::parse(s.args.first());
    return v.ok() ? std::optional<NginxSize>(*v) : std::nullopt;
}

std::optional<NginxBuffers> EffectiveSettings::buffers(const QString &name) const
{
    const EffectiveSetting s = value(name);
    if (s.args.size() != 2)
        return std::nullopt;
    const Result<NginxBuffers, ConfigError> b = NginxBuffers::parse(s.args.at(0), s.args.at(1));
    return b.ok() ? std::optional<NginxBuffers>(*b) : std::nullopt;
}

QString EffectiveSettings::modulePrefix(const QString &passDirectiveOrScheme)
{
    const QString n = passDirectiveOrScheme.toLower();
    if (n.startsWith(QLatin1String("fastcgi")))
        return QStringLiteral("fastcgi_");
    if (n.startsWith(QLatin1String("uwsgi")) || n == QLatin1String("suwsgi"))
        return QStringLiteral("uwsgi_");
    if (n.startsWith(QLatin1String("scgi")))
        return QStringLiteral("scgi_");
    if (n.startsWith(QLatin1String("grpc")))
        return QStringLiteral("grpc_");
    return QStringLiteral("proxy_");
}

QStringList EffectiveSettings::knownNames()
{
    QStringList names;
    for (const Default &d : kDefaults)
        names.append(QLatin1String(d.name));
    return names;
}

QString EffectiveSettings::defaultValue(const QString &name)
{
    for (const Default &d : kDefaults) {
        if (name == QLatin1String(d.name))
            return QLatin1String(d.value);
    }
    return QString();
}

} // namespace gd
