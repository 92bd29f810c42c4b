#include "app/config/LocationMatcher.h"

#include <algorithm>

namespace gd {

namespace {

bool isV6(const QString &address)
{
    return address.contains(QLatin1Char(':'));
}

bool isIpv4(const QString &address)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        if (p.isEmpty() || p.toUInt(&ok) > 255 || !ok)
            return false;
    }
    return true;
}

// A listen on a host name binds to what the name resolved to at start-up; for
// localhost that is the loopback addresses.
bool listenAddressIs(const ListenSpec &listen, const QString &destination)
{
    if (listen.address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return destination == QLatin1String("127.0.0.1") || destination == QLatin1String("::1");
    return listen.address == destination;
}

// A server block and one of its listens.
struct Candidate
{
    const NginxDirective *server;
    ListenSpec listen;
};

// The address group the connection lands in: a listen on the exact address
// wins over the wildcard one of the same family.
QList<Candidate> addressGroup(const QList<Candidate> &onPort, const QString &destination)
{
    QList<Candidate> group;
    if (!destination.isEmpty()) {
        const bool v6 = isV6(destination);
        for (const Candidate &c : onPort) {
            if (!c.listen.wildcard && c.listen.ipv6 == v6 && listenAddressIs(c.listen, destination))
                group.append(c);
            else if (!c.listen.wildcard && listenAddressIs(c.listen, destination)) // "localhost"
                group.append(c);
        }
        if (group.isEmpty()) {
            for (const Candidate &c : onPort) {
                if (c.listen.wildcard && c.listen.ipv6 == v6)
                    group.append(c);
            }
        }
    } else {
        for (const Candidate &c : onPort) {
            if (c.listen.wildcard)
                group.append(c);
        }
        if (group.isEmpty())
            group = onPort;
    }
    return group;
}

// The server whose server_name matched, and that name as written.
struct NameMatch
{
    const NginxDirective *server = nullptr;
    QString name;
    bool exact = false;
};

// server_name without regexes: an exact name, else the longest leading wildcard
// ("*.x", ".x"), else the longest trailing one ("x.*").
NameMatch plainNameMatch(const NginxConfig &config, const QList<const NginxDirective *> &servers,
                         const QString &host)
{
    NameMatch leading, trailing;
    int leadingLen = -1, trailingLen = -1;
    for (const NginxDirective *s : servers) {
        for (const NginxDirective *sn : config.children(s, QStringLiteral("server_name"))) {
            for (const QString &nameIn : sn->args) {
                const QString name = nameIn.toLower();
                if (name.startsWith(QLatin1Char('~')))
                    continue;
                if (name == host)
                    return {s, nameIn, true};
                if (name.startsWith(QLatin1String("*."))) {
                    if (host.endsWith(name.mid(1)) && host.size() > name.size() - 1 &&
                        name.size() > leadingLen) {
                        leading = {s, nameIn, false};
                        leadingLen = int(name.size());
                    }
                } else if (name.startsWith(QLatin1Char('.'))) {
                    if ((host.endsWith(name) || host == name.mid(1)) && name.size() > leadingLen) {
                        leading = {s, nameIn, false};
                        leadingLen = int(name.size());
                    }
                } else if (name.endsWith(QLatin1String(".*"))) {
                    const QString head = name.left(name.size() - 1);
                    if (host.startsWith(head) && host.size() > head.size() && name.size() > trailingLen) {
                        trailing = {s, nameIn, false};
                        trailingLen = int(name.size());
                    }
                }
            }
        }
    }
    return leading.server ? leading : trailing;
}

// The first server_name regex ("~...") that matches, in config order.
NameMatch regexNameMatch(const NginxConfig &config, const QList<const NginxDirective *> &servers,
                         const QString &host)
{
    for (const NginxDirective *s : servers) {
        for (const NginxDirective *sn : config.children(s, QStringLiteral("server_name"))) {
            for (const QString &name : sn->args) {
                if (!name.startsWith(QLatin1Char('~')))
                    continue;
                // Server name regexes are case-insensitive in practice: the host is lowercased first.
                const QRegularExpression re(name.mid(1));
                if (re.isValid() && re.match(host).hasMatch())
                    return {s, name};
            }
        }
    }
    return {};
}

} // namespace

LocationMatcher::LocationMatcher(const NginxConfig &config)
    : m_config(config), m_targets(UpstreamTargets::collect(config))
{
}

QList<ListenSpec> LocationMatcher::listens(const NginxDirective &server) const
{
    QList<ListenSpec> result;
    for (const NginxDirective *l : m_config.children(&server, QStringLiteral("listen")))
        result.append(ListenSpec::fromDirective(*l));
    if (result.isEmpty())
        result.append(ListenSpec::implicitDefault());
    return result;
}

QString LocationMatcher::normalizePath(const QUrl &url)
{
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyDecoded);
    if (path.isEmpty())
        return QStringLiteral("/");
    // merge_slashes is on by default.
    QString merged;
    merged.reserve(path.size());
    for (QChar c : path) {
        if (c == QLatin1Char('/') && merged.endsWith(QLatin1Char('/')))
            continue;
        merged.append(c);
    }
    return merged;
}

Result<LocationMatch, ConfigError> LocationMatcher::match(const QUrl &url,
                                                          const QString &destinationAddress) const
{
    if (!url.isValid() || url.host().isEmpty())
        return ConfigError(
            ConfigErrorKind::InvalidValue,
            tr("\"%1\" is not a URL with a host, like http://example.org/path.").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    QString destination = destinationAddress;
    const QString host = url.host().toLower();
    if (destination.isEmpty()) {
        if (isIpv4(host) || isV6(host))
            destination = host;
        else if (host == QLatin1String("localhost"))
            destination = QStringLiteral("127.0.0.1");
    }
    QString reason;
    const NginxDirective *server = findServer(host, quint16(port), destination, &reason);
    if (!server) {
        LocationMatch none;
        none.serverReason = reason;
        none.uri = normalizePath(url);
        return none;
    }
    LocationMatch result = findLocation(*server, normalizePath(url));
    result.serverReason = reason;
    return result;
}

const NginxDirective *LocationMatcher::findServer(const QString &hostIn, quint16 port,
                                                  const QString &destination, QString *reason) const
{
    QString host = hostIn.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    QList<Candidate> onPort;
    for (const NginxDirective *s : m_config.servers()) {
        for (const ListenSpec &l : listens(*s)) {
            if (!l.unixSocket && l.port == port)
                onPort.append({s, l});
        }
    }
    const QList<Candidate> group = addressGroup(onPort, destination);
    if (group.isEmpty()) {
        if (reason)
            *reason = tr("No server block listens on port %1%2.")
                          .arg(port)
                          .arg(destination.isEmpty() ? QString() : tr(" at %1").arg(destination));
        return nullptr;
    }
    QList<const NginxDirective *> servers;
    for (const Candidate &c : group) {
        if (!servers.contains(c.server))
            servers.append(c.server);
    }

    // server_name: exact, longest "*.x"/".x", longest "x.*", first regex.
    if (const NameMatch plain = plainNameMatch(m_config, servers, host); plain.server) {
        if (reason)
            *reason = plain.exact ? tr("server_name \"%1\" matches the host exactly (%2).")
                                        .arg(plain.name, plain.server->location())
                                  : tr("The wildcard server_name \"%1\" matches the host (%2).")
                                        .arg(plain.name, plain.server->location());
        return plain.server;
    }
    if (const NameMatch regex = regexNameMatch(m_config, servers, host); regex.server) {
        if (reason)
            *reason = tr("The regular expression server_name \"%1\" matches the host (%2).")
                          .arg(regex.name, regex.server->location());
        return regex.server;
    }
    // No name matches: the address group's default_server, else its first server.
    for (const Candidate &c : group) {
        if (c.listen.defaultServer) {
            if (reason)
                *reason = tr("No server_name matches \"%1\": the default_server for %2 answers (%3).")
                              .arg(host, c.listen.toString(), c.server->location());
            return c.server;
        }
    }
    if (reason)
        *reason = tr("No server_name matches \"%1\": the first server listening on %2 answers (%3).")
                      .arg(host, group.first().listen.toString(), group.first().server->location());
    return group.first().server;
}

bool LocationMatcher::regexMatches(const NginxDirective &location, const LocationSpec &spec,
                                   const QString &uri) const
{
    auto it = m_regexCache.find(location.index);
    if (it == m_regexCache.end()) {
        QRegularExpression re(spec.path, spec.kind == LocationSpec::Kind::RegexCaseless
                                             ? QRegularExpression::CaseInsensitiveOption
                                             : QRegularExpression::NoPatternOption);
        it = m_regexCache.insert(location.index, re);
    }
    return it->isValid() && it->match(uri).hasMatch();
}

// ngx_http_core_find_location(), one level: Ok = final (exact, or a regex matched);
// Again/Declined = a prefix (or nothing) matched here, the caller tries its regexes.
LocationMatcher::Rc LocationMatcher::findIn(const NginxDirective &block, const QString &uri,
                                            LocationMatch &match) const
{
    const QList<const NginxDirective *> locations = m_config.locations(block);
    const NginxDirective *longest = nullptr;
    LocationSpec longestSpec;
    for (const NginxDirective *l : locations) {
        const LocationSpec spec = LocationSpec::fromDirective(*l);
        if (spec.kind == LocationSpec::Kind::Exact && spec.path == uri) {
            match.locationChain.append(l);
            match.locationReason =
                tr("The exact location \"= %1\" matches (%2).").arg(spec.path, l->location());
            return Rc::Ok;
        }
        if (spec.isPrefix() && uri.startsWith(spec.path) &&
            (!longest || spec.path.size() > longestSpec.path.size())) {
            longest = l;
            longestSpec = spec;
        }
    }
    const qsizetype chainSize = match.locationChain.size();
    Rc rc = Rc::Declined;
    bool noRegex = false;
    if (longest) {
        match.locationChain.append(longest);
        match.locationReason =
            longestSpec.kind == LocationSpec::Kind::PrefixNoRegex
                ? tr("The longest matching prefix is \"^~ %1\", which skips the regular expressions (%2).")
                      .arg(longestSpec.path, longest->location())
                : tr("The longest matching prefix is \"%1\" and no regular expression location matches (%2).")
                      .arg(longestSpec.path, longest->location());
        noRegex = longestSpec.kind == LocationSpec::Kind::PrefixNoRegex;
        if (findIn(*longest, uri, match) == Rc::Ok)
            return Rc::Ok;
        rc = Rc::Again;
    }
    if (noRegex)
        return rc;
    for (const NginxDirective *l : locations) {
        const LocationSpec spec = LocationSpec::fromDirective(*l);
        if (!spec.isRegex() || !regexMatches(*l, spec, uri))
            continue;
        while (match.locationChain.size() > chainSize) // QList::resize is Qt 6 only
            match.locationChain.removeLast();
        match.locationChain.append(l);
        match.locationReason =
            tr("The first matching regular expression is \"%1\" (%2).").arg(spec.toString(), l->location());
        findIn(*l, uri, match);
        return Rc::Ok;
    }
    return rc;
}

LocationMatch LocationMatcher::findLocation(const NginxDirective &server, const QString &uri) const
{
    LocationMatch match;
    match.server = &server;
    match.uri = uri;
    findIn(server, uri, match);
    if (match.locationChain.isEmpty()) {
        match.locationReason = tr("No location in this server matches \"%1\".").arg(uri);
        return match;
    }
    match.location = match.locationChain.last();
    if (const UpstreamTarget *t = m_targets.targetOfLocation(m_config, *match.location))
        match.target = *t;
    return match;
}

} // namespace gd
