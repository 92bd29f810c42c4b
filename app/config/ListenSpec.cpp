#include "app/config/ListenSpec.h"

namespace gd {

ListenSpec ListenSpec::fromDirective(const NginxDirective &listen)
{
    ListenSpec spec;
    spec.file = listen.file;
    spec.line = listen.line;
    const QString value = listen.arg(0);
    if (value.startsWith(QLatin1String("unix:"))) {
        spec.unixSocket = true;
        spec.wildcard = false;
        spec.unixPath = value.mid(5);
        spec.port = 0;
    } else if (value.startsWith(QLatin1Char('['))) {
        spec.ipv6 = true;
        const qsizetype close = value.indexOf(QLatin1Char(']'));
        spec.address = value.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && close + 1 < value.size() && value.at(close + 1) == QLatin1Char(':'))
            spec.port = quint16(value.mid(close + 2).toUInt());
        spec.wildcard = spec.address == QLatin1String("::");
    } else {
        bool allDigits = !value.isEmpty();
        for (QChar c : value)
            allDigits = allDigits && c.unicode() >= '0' && c.unicode() <= '9';
        if (allDigits) {
            spec.port = quint16(value.toUInt());
        } else {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            spec.address = colon < 0 ? value : value.left(colon);
            if (colon >= 0)
                spec.port = quint16(value.mid(colon + 1).toUInt());
            if (spec.address == QLatin1String("*"))
                spec.address.clear();
            spec.wildcard = spec.address.isEmpty() || spec.address == QLatin1String("0.0.0.0");
        }
    }
    if (spec.wildcard)
        spec.address.clear();
    for (int i = 1; i < listen.args.size(); ++i) {
        const QString &p = listen.args.at(i);
        if (p == QLatin1String("default_server") || p == QLatin1String("default"))
            spec.defaultServer = true;
        else if (p == QLatin1String("ssl"))
            spec.ssl = true;
        else if (p == QLatin1String("http2"))
            spec.http2 = true;
    }
    return spec;
}

ListenSpec ListenSpec::implicitDefault()
{
    return ListenSpec();
}

QString ListenSpec::toString() const
{
    if (unixSocket)
        return QStringLiteral("unix:") + unixPath;
    if (ipv6)
        return QStringLiteral("[%1]:%2").arg(wildcard ? QStringLiteral("::") : address).arg(port);
    return QStringLiteral("%1:%2").arg(wildcard ? QStringLiteral("*") : address).arg(port);
}

} // namespace gd
