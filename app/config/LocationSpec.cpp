#include "app/config/LocationSpec.h"

namespace gd {

LocationSpec LocationSpec::fromDirective(const NginxDirective &location)
{
    LocationSpec spec;
    if (location.args.size() >= 2) {
        const QString &mod = location.args.at(0);
        spec.path = location.args.at(1);
        if (mod == QLatin1String("="))
            spec.kind = Kind::Exact;
        else if (mod == QLatin1String("^~"))
            spec.kind = Kind::PrefixNoRegex;
        else if (mod == QLatin1String("~"))
            spec.kind = Kind::Regex;
        else if (mod == QLatin1String("~*"))
            spec.kind = Kind::RegexCaseless;
        return spec;
    }
    // One argument: only '=' and '~' may be glued to the path ("^~/x" is a prefix).
    const QString name = location.arg(0);
    if (name.startsWith(QLatin1Char('='))) {
        spec.kind = Kind::Exact;
        spec.path = name.mid(1);
    } else if (name.startsWith(QLatin1String("~*"))) {
        spec.kind = Kind::RegexCaseless;
        spec.path = name.mid(2);
    } else if (name.startsWith(QLatin1Char('~'))) {
        spec.kind = Kind::Regex;
        spec.path = name.mid(1);
    } else if (name.startsWith(QLatin1Char('@'))) {
        spec.kind = Kind::Named;
        spec.path = name;
    } else {
        spec.path = name;
    }
    return spec;
}

QString LocationSpec::modifier() const
{
    switch (kind) {
    case Kind::Prefix:
        return QString();
    case Kind::Exact:
        return QStringLiteral("=");
    case Kind::PrefixNoRegex:
        return QStringLiteral("^~");
    case Kind::Regex:
        return QStringLiteral("~");
    case Kind::RegexCaseless:
        return QStringLiteral("~*");
    case Kind::Named:
        return QString();
    }
    return QString();
}

QString LocationSpec::toString() const
{
    const QString mod = modifier();
    return mod.isEmpty() ? path : mod + QLatin1Char(' ') + path;
}

} // namespace gd
