#include "app/checks/AppAddressCandidates.h"

#include "app/config/ListenSpec.h"
#include "app/facts/ProbeCommands.h"
#include "app/probes/IpAddress.h"
#include "remote/ByteText.h"

#include <algorithm>

namespace gd {

namespace {

// What nginx speaks through a pass directive: the protocol the app must answer in.
AppProcess::Protocol protocolOf(const UpstreamTarget &t)
{
    if (t.directive == QLatin1String("fastcgi_pass"))
        return AppProcess::Protocol::FastCgi;
    if (t.directive == QLatin1String("uwsgi_pass"))
        return AppProcess::Protocol::Uwsgi;
    if (t.directive == QLatin1String("proxy_pass") &&
        (t.scheme == QLatin1String("http") || t.scheme == QLatin1String("https")))
        return AppProcess::Protocol::Http;
    return AppProcess::Protocol::Unknown; // scgi, grpc, a variable scheme
}

} // namespace

AppAddressCandidates::AppAddressCandidates(const Facts &facts, const ParsedFacts &parsed)
    : m_facts(facts), m_parsed(parsed)
{
}

QList<AppCandidate> AppAddressCandidates::unreferenced() const
{
    QList<AppCandidate> out;
    const ProcessTable *ps = m_parsed.processes ? &*m_parsed.processes : nullptr;
    for (const Listener &l : m_parsed.listeners.listeners()) {
        if (l.kind == Listener::Kind::Unix && (l.path.isEmpty() || l.path.startsWith(QLatin1Char('@'))))
            continue; // unnamed and abstract sockets: no pass directive can name them
        const AppProcess app = AppProcess::ofListener(l, ps);
        if (!app.isAppServer() || referenced(l) || isNginxListenAddress(l))
            continue;
        // One socket per place: ss lists a dual-stack app once per family.
        const QString address = addressOf(l);
        if (std::any_of(out.begin(), out.end(), [&](const AppCandidate &c) { return c.address == address; }))
            continue;
        out << AppCandidate{l, app, address};
    }
    return out;
}

QList<AppCandidate> AppAddressCandidates::fitting(const QString &endpoint, const QString &label) const
{
    const QList<AppProcess::Protocol> protocols = protocolsFor(endpoint, label);
    // Every directive that leads there must agree on one protocol the app could speak.
    if (protocols.isEmpty() || protocols.contains(AppProcess::Protocol::Unknown))
        return {};
    const AppProcess::Protocol wanted = protocols.first();
    if (std::any_of(protocols.begin(), protocols.end(), [&](AppProcess::Protocol p) { return p != wanted; }))
        return {};
    QList<AppCandidate> out;
    for (const AppCandidate &c : unreferenced()) {
        if (c.app.protocol == wanted)
            out << c;
    }
    return out;
}

bool AppAddressCandidates::referenced(const Listener &l) const
{
    // A host:port points at this listener when the listener takes connections for one of
    // the host's addresses; a name not resolved here counts by its port alone.
    auto pointsAt = [&](const QString &host, quint16 port, const QString &unixPath) {
        if (!unixPath.isEmpty())
            return l.kind == Listener::Kind::Unix && l.path == unixPath;
        if (l.kind != Listener::Kind::Tcp || l.port != port)
            return false;
        const QStringList addresses = IpAddress::parse(host) ? QStringList{host} : m_parsed.addressesOf(host);
        if (addresses.isEmpty())
            return true;
        return std::any_of(addresses.begin(), addresses.end(),
                           [&](const QString &a) { return ListeningSockets::accepts(l, a); });
    };
    for (const UpstreamTarget &t : m_facts.targets.targets()) {
        switch (t.kind) {
        case UpstreamTarget::Kind::HostPort:
            if (pointsAt(t.host, t.port, QString()))
                return true;
            break;
        case UpstreamTarget::Kind::UnixSocket:
            if (pointsAt(QString(), 0, t.unixPath))
                return true;
            break;
        case UpstreamTarget::Kind::UpstreamBlock:
            if (const UpstreamBlock *block = m_facts.targets.blockFor(t)) {
                for (const UpstreamServer &s : block->servers) {
                    if (pointsAt(s.host, s.port, s.unixPath))
                        return true;
                }
            }
            break;
        case UpstreamTarget::Kind::Variable:
            break;
        }
    }
    return false;
}

QList<AppProcess::Protocol> AppAddressCandidates::protocolsFor(const QString &endpoint,
                                                               const QString &label) const
{
    auto names = [&](const QString &candidate) {
        return !candidate.isEmpty() && (candidate == endpoint || candidate == label);
    };
    QList<AppProcess::Protocol> out;
    for (const UpstreamTarget &t : m_facts.targets.targets()) {
        bool leads = false;
        switch (t.kind) {
        case UpstreamTarget::Kind::HostPort: {
            leads = names(t.endpoint());
            QStringList addresses = t.knownAddresses();
            if (addresses.isEmpty())
                addresses = m_parsed.addressesOf(t.host);
            for (const QString &a : addresses)
                leads = leads || names(ProbeCommands::endpoint(a, t.port));
            break;
        }
        case UpstreamTarget::Kind::UnixSocket:
            leads = names(t.endpoint());
            break;
        case UpstreamTarget::Kind::UpstreamBlock:
            if (const UpstreamBlock *block = m_facts.targets.blockFor(t)) {
                for (const UpstreamServer &s : block->servers)
                    leads = leads || names(s.endpoint()) ||
                            (!s.isUnixSocket() && names(ProbeCommands::endpoint(s.host, s.port)));
            }
            break;
        case UpstreamTarget::Kind::Variable:
            break;
        }
        if (leads)
            out << protocolOf(t);
    }
    return out;
}

QString AppAddressCandidates::psLine(const Facts &facts, qint64 pid)
{
    if (pid <= 0)
        return {};
    const QByteArray wanted = QByteArray::number(pid);
    for (const QByteArray &line : facts.processes.stdOut.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith(wanted + ' '))
            return utf8Text(trimmed);
    }
    return {};
}

bool AppAddressCandidates::isNginxListenAddress(const Listener &l) const
{
    if (!m_facts.config)
        return false;
    for (const NginxDirective *d : m_facts.config->find(QStringLiteral("listen"))) {
        const ListenSpec spec = ListenSpec::fromDirective(*d);
        if (spec.unixSocket ? l.kind == Listener::Kind::Unix && l.path == spec.unixPath
                            : l.kind == Listener::Kind::Tcp && l.port == spec.port)
            return true;
    }
    return false;
}

QString AppAddressCandidates::addressOf(const Listener &l)
{
    if (l.kind == Listener::Kind::Unix)
        return QStringLiteral("unix:") + l.path;
    // A wildcard takes loopback connections: 127.0.0.1, or ::1 when it is IPv6 only.
    QString address = l.address;
    if (address == QLatin1String("*") || address == QLatin1String("0.0.0.0"))
        address = QStringLiteral("127.0.0.1");
    else if (address == QLatin1String("::"))
        address = l.v6Only.value_or(true) ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    else if (const auto ip = IpAddress::parse(address))
        address = ip->unmapped().toString();
    return ProbeCommands::endpoint(address, l.port);
}

} // namespace gd
