#include "app/facts/FastCgiReach.h"

#include "app/config/UpstreamPlace.h"
#include "app/probes/IpAddress.h"

namespace gd {

namespace {

bool isFastCgi(const UpstreamTarget &t)
{
    return t.directive == QLatin1String("fastcgi_pass") || t.scheme == QLatin1String("fastcgi");
}

QString unbracketed(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

// /var/run is a link to /run on every current distribution: configs name both.
QString runPath(const QString &path)
{
    return path.startsWith(QLatin1String("/var/run/")) ? path.mid(4) : path;
}

} // namespace

bool FastCgiReach::listenTakesSocket(const QString &listen, const QString &path)
{
    return !path.isEmpty() && runPath(listen) == runPath(path);
}

bool FastCgiReach::listenTakes(const QString &listen, const QString &host, quint16 port)
{
    if (listen.startsWith(QLatin1Char('/')) || port == 0)
        return false;
    // "9000" alone, or "address:port" (IPv6 in brackets).
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    const QString address = colon < 0 ? QString() : unbracketed(listen.left(colon));
    bool ok = false;
    const uint listenPort = (colon < 0 ? listen : listen.mid(colon + 1)).toUInt(&ok);
    if (!ok || listenPort != port)
        return false;
    if (address.isEmpty() || address == QLatin1String("*"))
        return true;
    const std::optional<IpAddress> bound = IpAddress::parse(address);
    if (!bound) // a name ("localhost:9000") php-fpm resolves: it may be where nginx connects
        return true;
    if (bound->isAny())
        return true;
    const QString target = unbracketed(host);
    if (target.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return *bound == *IpAddress::parse(QStringLiteral("127.0.0.1")) ||
               *bound == *IpAddress::parse(QStringLiteral("::1"));
    const std::optional<IpAddress> connected = IpAddress::parse(target);
    // A name: where it points is DNS's answer, not known here; it may be this pool.
    return !connected || *connected == *bound;
}

bool FastCgiReach::sendsFastCgi(const Facts &facts)
{
    if (!facts.config)
        return true;
    const QList<UpstreamTarget> &targets = facts.targets.targets();
    return std::any_of(targets.begin(), targets.end(), isFastCgi);
}

bool FastCgiReach::reaches(const Facts &facts, const PhpFpmPool &pool)
{
    if (!facts.config)
        return true;
    const QString listen = pool.listen();
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (!isFastCgi(t))
            continue;
        if (t.kind == UpstreamTarget::Kind::Variable)
            return true;
        for (const UpstreamPlace &place : UpstreamPlace::of(facts.targets, t)) {
            if (place.unixPath.isEmpty() ? listenTakes(listen, place.host, place.port)
                                         : listenTakesSocket(listen, place.unixPath))
                return true;
        }
    }
    return false;
}

} // namespace gd
