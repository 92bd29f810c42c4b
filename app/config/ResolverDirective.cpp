#include "app/config/ResolverDirective.h"

#include <QRegularExpression>

namespace gd {

QString ResolverDirective::Server::endpoint() const
{
    return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                              : QStringLiteral("%1:%2").arg(address).arg(port);
}

ResolverDirective ResolverDirective::from(const NginxDirective &directive)
{
    // ngx_resolver_create(): every argument with '=' is a parameter, the others are
    // addresses ("[::1]:5353", "127.0.0.1:53", "127.0.0.1" or a name).
    static const QRegularExpression v4(QStringLiteral("^(\\d{1,3}(?:\\.\\d{1,3}){3})(?::(\\d{1,5}))?$"));
    static const QRegularExpression v6(QStringLiteral("^\\[([0-9A-Fa-f:.]+)\\](?::(\\d{1,5}))?$"));
    ResolverDirective r;
    r.directive = &directive;
    for (int i = 0; i < directive.args.size(); ++i) {
        const QString &a = directive.args.at(i);
        if (a.contains(QLatin1Char('='))) {
            r.parameters << a;
            continue;
        }
        QRegularExpressionMatch m = v4.match(a);
        if (!m.hasMatch())
            m = v6.match(a);
        if (!m.hasMatch())
            continue;
        Server s;
        s.address = m.captured(1);
        const int port = m.captured(2).isEmpty() ? 53 : m.captured(2).toInt();
        if (port <= 0 || port > 65535)
            continue;
        s.port = quint16(port);
        s.arg = i;
        s.written = a;
        r.servers << s;
    }
    return r;
}

std::optional<ResolverDirective> ResolverDirective::forTarget(const NginxConfig &config,
                                                              const UpstreamTarget &target)
{
    if (!target.resolverInScope)
        return std::nullopt;
    for (const NginxDirective *d : config.find(QStringLiteral("resolver"))) {
        if (d->file == target.resolverFile && d->line == target.resolverLine)
            return from(*d);
    }
    return std::nullopt;
}

QString ResolverDirective::written(const QString &address, quint16 port)
{
    const QString host = address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address;
    return port == 53 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace gd
