#pragma once

#include "app/config/EffectiveSetting.h"
#include "app/config/NginxConfig.h"
#include "app/config/NginxDuration.h"
#include "app/config/NginxSize.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace gd {

// Effective timeouts, buffers and limits for one block (location, if, server or
// http), following nginx's merge rules: the innermost block that sets a directive
// wins, else the next one out, up to http {}, else nginx's documented default.
// Directives pulled in by `include` count where the include is.
//
// Keeps a pointer to the config: it must outlive this object.
class EffectiveSettings
{
public:
    EffectiveSettings() = default;
    // block: the location/server/http directive; nullptr = http {} level.
    static EffectiveSettings of(const NginxConfig &config, const NginxDirective *block);

    // Any directive name works; names nginx gives no default we know get an empty
    // default.
    EffectiveSetting value(const QString &name) const;
    // Array-type directives (proxy_set_header, add_header, ...): nginx takes all of
    // them from the innermost level that has any and ignores outer ones.
    QList<const NginxDirective *> arrayValue(const QString &name) const;
    // knownNames() in order.
    QList<EffectiveSetting> all() const;

    // Typed access; nullopt when the value does not parse (nginx would not start).
    std::optional<NginxDuration> duration(const QString &name) const;
    std::optional<NginxSize> size(const QString &name) const;
    std::optional<NginxBuffers> buffers(const QString &name) const;

    // The directive prefix of the module behind a pass directive or scheme:
    // proxy_pass/http/https → "proxy_", fastcgi → "fastcgi_", uwsgi, scgi, grpc.
    static QString modulePrefix(const QString &passDirectiveOrScheme);
    static QStringList knownNames();
    // nginx's default for a known name ("60s", "8 4k" on x86_64), or empty.
    static QString defaultValue(const QString &name);

private:
    const NginxConfig *m_config = nullptr;
    QList<const NginxDirective *> m_chain; // innermost first, up to http
};

} // namespace gd
