#include "app/config/UpstreamTargets.h"

#include <QRegularExpression>
#include <QSet>

namespace gd {

namespace {

struct HostPort
{
    QString host;
    quint16 port = 0;
    bool hasPort = false;
};

// "host", "host:port", "[v6]", "[v6]:port" (nginx's ngx_parse_inet_url / inet6_url).
HostPort splitHostPort(const QString &text)
{
    HostPort hp;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        hp.host = text.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && close + 1 < text.size() && text.at(close + 1) == QLatin1Char(':')) {
            portText = text.mid(close + 2);
            hp.hasPort = true;
        }
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        hp.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            hp.hasPort = true;
        }
    }
    if (hp.hasPort)
        hp.port = quint16(portText.toUInt());
    return hp;
}

// app/ is Qt Core only (no QHostAddress): a literal is four dotted decimals or
// an IPv6 text (only hex digits, ':' and '.', with at least one ':').
bool isIpLiteral(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (host.contains(QLatin1Char(':'))) {
        for (QChar c : host) {
            const ushort u = c.unicode();
            if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || u == ':' ||
                  u == '.'))
                return false;
        }
        return true;
    }
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value > 255 || part.startsWith(QLatin1Char('+')))
            return false;
    }
    return true;
}

// Variables whose value starts with '/': after a host they are the URI, not part of
// the host ("http://app:8080$request_uri" has a fixed host).
bool variableStartsUri(QStringView rest)
{
    for (const char *name : {"request_uri", "uri", "document_uri"}) {
        const QLatin1String n(name);
        if (rest.startsWith(QLatin1Char('$') + QString(n)) ||
            rest.startsWith(QStringLiteral("${") + n + QLatin1Char('}'))) {
            const qsizetype end = rest.startsWith(QLatin1String("${")) ? n.size() + 3 : n.size() + 1;
            if (end >= rest.size())
                return true;
            const QChar next = rest.at(end);
            if (!(next.isLetterOrNumber() || next == QLatin1Char('_')))
                return true;
        }
    }
    return false;
}

UpstreamServer parseUpstreamServer(const NginxDirective &d)
{
    UpstreamServer s;
    s.file = d.file;
    s.line = d.line;
    s.address = d.arg(0);
    if (s.address.startsWith(QLatin1String("unix:"))) {
        s.unixPath = s.address.mid(5);
        s.port = 0;
    } else {
        const HostPort hp = splitHostPort(s.address);
        s.host = hp.host;
        if (hp.hasPort)
            s.port = hp.port;
    }
    for (int i = 1; i < d.args.size(); ++i) {
        const QString &p = d.args.at(i);
        s.parameters.append(p);
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? p : p.left(eq);
        const QString value = eq < 0 ? QString() : p.mid(eq + 1);
        if (key == QLatin1String("weight"))
            s.weight = value.toInt();
        else if (key == QLatin1String("max_fails"))
            s.maxFails = value.toInt();
        else if (key == QLatin1String("fail_timeout"))
            s.failTimeout = value;
        else if (key == QLatin1String("max_conns"))
            s.maxConns = value.toInt();
        else if (p == QLatin1String("backup"))
            s.backup = true;
        else if (p == QLatin1String("down"))
            s.down = true;
        else if (p == QLatin1String("resolve"))
            s.resolve = true;
    }
    return s;
}

UpstreamBlock parseBlock(const NginxConfig &config, const NginxDirective &d)
{
    UpstreamBlock block;
    block.name = d.arg(0);
    block.file = d.file;
    block.line = d.line;
    block.directiveIndex = d.index;
    for (const NginxDirective *c : config.children(&d)) {
        if (c->name == QLatin1String("server")) {
            block.servers.append(parseUpstreamServer(*c));
        } else if (c->name == QLatin1String("keepalive")) {
            block.keepalive = c->arg(0).toInt();
            block.keepaliveFile = c->file;
            block.keepaliveLine = c->line;
        } else if (c->name == QLatin1String("zone")) {
            block.zoneName = c->arg(0);
            block.zoneSize = c->arg(1);
        } else if (c->name == QLatin1String("least_conn") || c->name == QLatin1String("ip_hash") ||
                   c->name == QLatin1String("hash") || c->name == QLatin1String("random")) {
            block.balancing = c->name;
        }
    }
    return block;
}

bool outsideHttp(const NginxConfig &config, const NginxDirective &d)
{
    return config.enclosing(d, QStringLiteral("stream")) || config.enclosing(d, QStringLiteral("mail"));
}

// The address part after the scheme, for the directive's own syntax.
void parseAddress(UpstreamTarget &t, const QString &rest)
{
    if (rest.startsWith(QLatin1String("unix:"))) {
        t.kind = UpstreamTarget::Kind::UnixSocket;
        // proxy_pass http://unix:/path:/uri — the path ends at the next ':'.
        const qsizetype colon = rest.indexOf(QLatin1Char(':'), 5);
        t.unixPath = colon < 0 ? rest.mid(5) : rest.mid(5, colon - 5);
        if (colon >= 0)
            t.uri = rest.mid(colon + 1);
        t.hostIsVariable = t.unixPath.contains(QLatin1Char('$'));
        return;
    }
    // The host:port part ends at the URI's '/' or at a variable that starts the URI.
    qsizetype end = rest.size();
    qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        end = slash;
    for (qsizetype i = 0; i < end; ++i) {
        if (rest.at(i) != QLatin1Char('$'))
            continue;
        // After a complete "host:port" any variable is URI; else only those that
        // start with '/'.
        const HostPort before = splitHostPort(rest.left(i));
        if ((before.hasPort && before.port > 0 && !before.host.isEmpty()) ||
            (i > 0 && variableStartsUri(QStringView(rest).mid(i)))) {
            end = i;
        } else {
            t.hostIsVariable = true;
            // "127.0.0.1:$server_port": only the port comes with the request; the
            // host is an address, which nginx connects to without any lookup.
            if (before.hasPort && rest.at(i - 1) == QLatin1Char(':') && isIpLiteral(before.host))
                t.host = before.host;
        }
        break;
    }
    t.uri = rest.mid(end);
    if (t.hostIsVariable) {
        t.kind = UpstreamTarget::Kind::Variable;
        return;
    }
    const HostPort hp = splitHostPort(rest.left(end));
    t.host = hp.host;
    if (hp.hasPort) {
        t.port = hp.port;
    } else if (t.scheme == QLatin1String("http")) {
        t.port = 80;
        t.portDefaulted = true;
    } else if (t.scheme == QLatin1String("https")) {
        t.port = 443;
        t.portDefaulted = true;
    }
}

// Strips the scheme from `rest` and returns it; empty when the scheme is a variable
// ("$scheme://...") or the whole value is one ("$upstream").
QString takeScheme(const QString &directive, QString &rest)
{
    auto take = [&rest](const char *scheme) {
        const QString prefix = QLatin1String(scheme) + QLatin1String("://");
        if (rest.startsWith(prefix, Qt::CaseInsensitive)) {
            rest = rest.mid(prefix.size());
            return true;
        }
        return false;
    };
    if (directive == QLatin1String("proxy_pass")) {
        if (take("http"))
            return QStringLiteral("http");
        if (take("https"))
            return QStringLiteral("https");
        return QString();
    }
    if (directive == QLatin1String("grpc_pass"))
        return take("grpcs") ? QStringLiteral("grpcs") : (take("grpc"), QStringLiteral("grpc"));
    if (directive == QLatin1String("uwsgi_pass"))
        return take("suwsgi") ? QStringLiteral("suwsgi") : (take("uwsgi"), QStringLiteral("uwsgi"));
    return directive == QLatin1String("fastcgi_pass") ? QStringLiteral("fastcgi") : QStringLiteral("scgi");
}

// Where the target sits: the resolver in scope, whether inside an if {}, its
// location and its server (up to http {}).
void addContext(const NginxConfig &config, const NginxDirective &d, UpstreamTarget &t)
{
    for (const NginxDirective *p = config.parent(d); p; p = config.parent(*p)) {
        if (!t.resolverInScope) {
            if (const NginxDirective *r = config.lastChild(p, QStringLiteral("resolver"))) {
                t.resolverInScope = true;
                t.resolverFile = r->file;
                t.resolverLine = r->line;
            }
        }
        if (p->name == QLatin1String("if") && t.locationIndex < 0)
            t.insideIf = true;
        if (p->name == QLatin1String("location") && t.locationIndex < 0) {
            t.locationIndex = p->index;
            t.location = LocationSpec::fromDirective(*p);
        }
        if (p->name == QLatin1String("server") && t.serverIndex < 0) {
            t.serverIndex = p->index;
            t.serverFile = p->file;
            t.serverLine = p->line;
            for (const NginxDirective *n : config.children(p, QStringLiteral("server_name")))
                t.serverNames.append(n->args);
            for (const NginxDirective *l : config.children(p, QStringLiteral("listen")))
                t.listens.append(l->args.join(QLatin1Char(' ')));
        }
        if (p->name == QLatin1String("http"))
            break;
    }
}

QString implicitUpstreamKey(const UpstreamTarget &t)
{
    return QStringLiteral("%1:%2").arg(t.host.toLower()).arg(t.port);
}

// Which targets with variables may need a resolver at run time: those whose host
// is a variable (unless only the port is: "127.0.0.1:$server_port"), and those
// whose host is a name that is neither an IP nor one of the implicit upstreams.
// Only the latter surely do (ngx_http_upstream_init_request): a variable's value
// may name an upstream {} block or be an address, which need no lookup.
void markNeedsResolver(QList<UpstreamTarget> &targets, const QSet<QString> &implicitUpstreams)
{
    for (UpstreamTarget &t : targets) {
        if (!t.hasVariables || t.kind == UpstreamTarget::Kind::UnixSocket)
            continue; // a socket path is never looked up
        if (t.hostIsVariable) {
            t.needsResolver = !t.hostIsIpLiteral();
        } else if (t.kind == UpstreamTarget::Kind::HostPort) {
            const bool known = t.hostIsIpLiteral() || implicitUpstreams.contains(implicitUpstreamKey(t));
            t.needsResolver = !known;
        }
    }
}

} // namespace

QString UpstreamServer::endpoint() const
{
    if (isUnixSocket())
        return QStringLiteral("unix:") + unixPath;
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool UpstreamTarget::hostIsIpLiteral() const
{
    return isIpLiteral(host);
}

QStringList UpstreamTarget::knownAddresses() const
{
    if (isLocalhost())
        return {QStringLiteral("::1"), QStringLiteral("127.0.0.1")};
    if (hostIsIpLiteral())
        return {host};
    return {};
}

QString UpstreamTarget::endpoint() const
{
    switch (kind) {
    case Kind::UnixSocket:
        return QStringLiteral("unix:") + unixPath;
    case Kind::UpstreamBlock:
        return upstreamName;
    case Kind::Variable:
        return value;
    case Kind::HostPort:
        if (host.contains(QLatin1Char(':')))
            return QStringLiteral("[%1]:%2").arg(host).arg(port);
        return port ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    }
    return value;
}

bool UpstreamTargets::isPassDirective(const QString &name)
{
    return name == QLatin1String("proxy_pass") || name == QLatin1String("fastcgi_pass") ||
           name == QLatin1String("uwsgi_pass") || name == QLatin1String("scgi_pass") ||
           name == QLatin1String("grpc_pass");
}

QString UpstreamTargets::phpVersionFromPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("php-?(\\d+(?:\\.\\d+)?)[^/]*\\.sock$"));
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

UpstreamTargets UpstreamTargets::collect(const NginxConfig &config)
{
    UpstreamTargets result;
    for (const NginxDirective *d : config.find(QStringLiteral("upstream"))) {
        if (d->block && !outsideHttp(config, *d))
            result.m_blocks.append(parseBlock(config, *d));
    }
    // Upstreams nginx creates on the fly for static targets: a variable target whose
    // host:port matches one needs no resolver (ngx_http_upstream_init_request).
    QSet<QString> implicitUpstreams;
    for (int i = 0; i < config.size(); ++i) {
        const NginxDirective &d = config.directive(i);
        if (d.block || !isPassDirective(d.name) || d.args.isEmpty() || outsideHttp(config, d))
            continue;
        UpstreamTarget t = result.targetOf(d);
        if (!t.hasVariables && t.kind == UpstreamTarget::Kind::HostPort)
            implicitUpstreams.insert(implicitUpstreamKey(t));
        addContext(config, d, t);
        result.m_targets.append(t);
    }
    markNeedsResolver(result.m_targets, implicitUpstreams);
    return result;
}

// The target of one *_pass directive: scheme, address, and the upstream {} block it
// names (from m_blocks).
UpstreamTarget UpstreamTargets::targetOf(const NginxDirective &d) const
{
    UpstreamTarget t;
    t.directive = d.name;
    t.value = d.arg(0);
    t.file = d.file;
    t.line = d.line;
    t.directiveIndex = d.index;
    t.hasVariables = t.value.contains(QLatin1Char('$'));
    QString rest = t.value;
    t.scheme = takeScheme(d.name, rest);
    if (t.scheme.isEmpty()) { // "$scheme://..." or "$upstream": nothing known until run time
        t.hostIsVariable = true;
        t.kind = UpstreamTarget::Kind::Variable;
    } else {
        parseAddress(t, rest);
    }
    if (t.kind == UpstreamTarget::Kind::HostPort && !t.hostIsVariable) {
        const bool explicitPort = !t.portDefaulted && t.port != 0;
        const UpstreamBlock *named = explicitPort ? nullptr : block(t.host);
        if (named) {
            t.kind = UpstreamTarget::Kind::UpstreamBlock;
            t.upstreamName = named->name;
            t.port = 0;
            t.portDefaulted = false;
        }
    }
    if (t.kind == UpstreamTarget::Kind::UnixSocket)
        t.phpVersion = phpVersionFromPath(t.unixPath);
    return t;
}

const UpstreamBlock *UpstreamTargets::block(const QString &name) const
{
    for (const UpstreamBlock &b : m_blocks) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return &b;
    }
    return nullptr;
}

const UpstreamBlock *UpstreamTargets::blockFor(const UpstreamTarget &target) const
{
    return target.kind == UpstreamTarget::Kind::UpstreamBlock ? block(target.upstreamName) : nullptr;
}

const UpstreamTarget *UpstreamTargets::targetAt(int directiveIndex) const
{
    for (const UpstreamTarget &t : m_targets) {
        if (t.directiveIndex == directiveIndex)
            return &t;
    }
    return nullptr;
}

const UpstreamTarget *UpstreamTargets::targetOfLocation(const NginxConfig &config,
                                                        const NginxDirective &location) const
{
    const UpstreamTarget *inner = nullptr;
    for (const NginxDirective *c : config.children(&location)) {
        if (!c->block && isPassDirective(c->name)) {
            if (const UpstreamTarget *t = targetAt(c->index))
                return t;
        }
        if (c->block && !inner &&
            (c->name == QLatin1String("if") || c->name == QLatin1String("limit_except"))) {
            for (const NginxDirective *cc : config.children(c)) {
                if (!cc->block && isPassDirective(cc->name) && !inner)
                    inner = targetAt(cc->index);
            }
        }
    }
    return inner;
}

} // namespace gd
