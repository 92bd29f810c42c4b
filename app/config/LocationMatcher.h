#pragma once

#include "app/config/ConfigError.h"

#include "app/config/ListenSpec.h"
#include "app/config/LocationMatch.h"
#include "app/config/LocationSpec.h"
#include "app/config/NginxConfig.h"
#include "app/config/UpstreamTargets.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace gd {

// nginx's request routing, re-done on the parsed config: the server block by
// listen address:port and server_name (ngx_http_find_virtual_server), then the
// location (ngx_http_core_find_location: "=" exact, longest prefix, "^~" stops,
// regexes in config order, nested locations).
//
// Keeps a reference to the config: it must outlive the matcher.
class LocationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(LocationMatcher)
public:
    explicit LocationMatcher(const NginxConfig &config);

    // destinationAddress: the IP the client connects to when known (defaults to the
    // URL's host when it is an IP literal, 127.0.0.1 for localhost).
    Result<LocationMatch, ConfigError> match(const QUrl &url,
                                             const QString &destinationAddress = QString()) const;

    // The two halves, for callers that already know one of them.
    const NginxDirective *findServer(const QString &host, quint16 port, const QString &destinationAddress,
                                     QString *reason = nullptr) const;
    LocationMatch findLocation(const NginxDirective &server, const QString &uri) const;

    QList<ListenSpec> listens(const NginxDirective &server) const;
    // nginx matches locations against the decoded path with "//" merged and dot
    // segments resolved.
    static QString normalizePath(const QUrl &url);

private:
    enum class Rc
    {
        Declined,
        Again,
        Ok
    };
    Rc findIn(const NginxDirective &block, const QString &uri, LocationMatch &match) const;
    bool regexMatches(const NginxDirective &location, const LocationSpec &spec, const QString &uri) const;

    const NginxConfig &m_config;
    UpstreamTargets m_targets;
    mutable QHash<int, QRegularExpression> m_regexCache; // by directive index
};

} // namespace gd
