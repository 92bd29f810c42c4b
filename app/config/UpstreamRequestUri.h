#pragma once

#include "app/config/LocationMatch.h"
#include "app/config/NginxConfig.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace gd {

// The URI nginx asks the upstream for when a client asks for `url`, so the failing
// request can be timed straight at the upstream, without nginx's timeout in the way.
// proxy_pass without a URI part passes the client's URI as it came; with one, the
// part that matched a prefix location is replaced by it (the proxy module's rule).
class UpstreamRequestUri
{
public:
    // Empty when nginx builds the URI in a way this does not follow: variables in the
    // URI part, a rewrite in the location, a regex location, or a non-HTTP upstream.
    static std::optional<QString> of(const NginxConfig &config, const LocationMatch &match, const QUrl &url);
    // The Host header nginx sends: $proxy_host by default (empty here: curl sends the
    // upstream's host:port itself), the client's host for `proxy_set_header Host $host`.
    static QString hostHeader(const NginxConfig &config, const LocationMatch &match, const QUrl &url);
};

} // namespace gd
