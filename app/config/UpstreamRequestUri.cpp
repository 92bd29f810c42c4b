#include "app/config/UpstreamRequestUri.h"
#include "remote/ByteText.h"

#include <algorithm>

namespace gd {

std::optional<QString> UpstreamRequestUri::of(const NginxConfig &config, const LocationMatch &match,
                                              const QUrl &url)
{
    if (!match.found() || !match.target || !url.isValid())
        return std::nullopt;
    const UpstreamTarget &target = *match.target;
    if (target.directive != QLatin1String("proxy_pass") || target.hasVariables)
        return std::nullopt;
    for (const NginxDirective *block : match.locationChain) {
        if (config.firstChild(block, QStringLiteral("rewrite")))
            return std::nullopt;
    }
    if (config.firstChild(match.server, QStringLiteral("rewrite")))
        return std::nullopt;
    const QString query = url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString();
    if (target.uri.isEmpty()) {
        const QString path = url.path(QUrl::FullyEncoded);
        return (path.isEmpty() ? QStringLiteral("/") : path) + query;
    }
    // A URI part: it replaces what the (prefix or exact) location matched.
    const LocationSpec &spec = target.location;
    if (!match.location || !(spec.isPrefix() || spec.kind == LocationSpec::Kind::Exact) ||
        !match.uri.startsWith(spec.path))
        return std::nullopt;
    const QString rest = match.uri.mid(spec.path.size());
    return target.uri + latin1Text(QUrl::toPercentEncoding(rest, "/")) + query;
}

QString UpstreamRequestUri::hostHeader(const NginxConfig &config, const LocationMatch &match, const QUrl &url)
{
    // proxy_set_header is inherited only by levels that set none of their own.
    QList<const NginxDirective *> levels = match.locationChain;
    std::reverse(levels.begin(), levels.end());
    levels << match.server;
    if (match.server && match.server->parent >= 0)
        levels << &config.directive(match.server->parent); // http {}
    for (const NginxDirective *level : std::as_const(levels)) {
        if (!level)
            continue;
        const QList<const NginxDirective *> headers =
            config.children(level, QStringLiteral("proxy_set_header"));
        if (headers.isEmpty())
            continue;
        for (const NginxDirective *h : headers) {
            if (h->arg(0).compare(QLatin1String("Host"), Qt::CaseInsensitive) != 0)
                continue;
            const QString value = h->arg(1);
            if (value == QLatin1String("$host") || value == QLatin1String("$server_name"))
                return url.host();
            if (value == QLatin1String("$http_host"))
                return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
            if (!value.contains(QLatin1Char('$')))
                return value;
            return QString();
        }
        return QString();
    }
    return QString();
}

} // namespace gd
