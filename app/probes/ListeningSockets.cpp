#include "app/probes/ListeningSockets.h"

#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace gd {

namespace {

const QString kSs = QStringLiteral("ss");

QList<SocketProcess> parseUsers(const QString &text)
{
    // users:(("nginx",pid=29,fd=5),("nginx",pid=28,fd=5)). Scanned by hand, not with
    // a regex: a process name can be long and contain anything but a quote.
    QList<SocketProcess> out;
    int at = 0;
    while ((at = text.indexOf(QLatin1String("(\""), at)) >= 0) {
        const int nameEnd = text.indexOf(QLatin1String("\",pid="), at + 2);
        if (nameEnd < 0)
            break;
        SocketProcess p;
        p.name = text.mid(at + 2, nameEnd - at - 2);
        int i = nameEnd + 6;
        const int pidStart = i;
        while (i < text.size() && text.at(i).isDigit())
            ++i;
        p.pid = text.mid(pidStart, i - pidStart).toLongLong();
        if (text.mid(i, 4) == QLatin1String(",fd=")) {
            i += 4;
            const int fdStart = i;
            while (i < text.size() && text.at(i).isDigit())
                ++i;
            p.fd = text.mid(fdStart, i - fdStart).toInt();
        }
        if (p.pid > 0)
            out.append(p);
        at = i;
    }
    return out;
}

// Splits "127.0.0.53%lo:53", "[::1]:8081", "[fe80::1]%eth0:22", "*:8443" into parts.
bool splitHostPort(const QString &text, QString &host, QString &scope, quint16 &port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    port = quint16(p);
    host = text.left(colon);
    scope.clear();
    const int percent = host.lastIndexOf(QLatin1Char('%'));
    if (percent >= 0 && percent > host.lastIndexOf(QLatin1Char(']'))) {
        scope = host.mid(percent + 1);
        host.truncate(percent);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return !host.isEmpty();
}

// Takes the ss process column off a line: it is the only part that may hold spaces
// inside quotes, so it must go before the rest is split into fields.
QString takeUsers(QString &line)
{
    const int at = line.indexOf(QLatin1String("users:("));
    if (at < 0)
        return {};
    const QString users = line.mid(at);
    line.truncate(at);
    return users;
}

bool isHeader(const QStringList &f)
{
    return !f.isEmpty() && (f.first() == QLatin1String("State") || f.first() == QLatin1String("Netid"));
}

std::optional<ProbeError> precheckSs(const ProbeOutput &output)
{
    if (auto e = ProbeText::precheck(output, kSs))
        return e;
    if (output.exitCode != 0) {
        return ProbeError(ProbeError::Kind::Unsupported,
                          ProbeError::tr("ss failed (exit code %1).").arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    }
    return std::nullopt;
}

QString normalizedAddress(const QString &address)
{
    if (address == QLatin1String("*"))
        return address;
    const auto ip = IpAddress::parse(address);
    return ip ? ip->toString() : address;
}

} // namespace

QString Listener::endpoint() const
{
    if (kind == Kind::Unix)
        return QStringLiteral("unix:") + path;
    if (address.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

QString Listener::processNames() const
{
    if (processes.isEmpty())
        return {};
    QStringList names;
    QMap<QString, QStringList> pids;
    for (const SocketProcess &p : processes) {
        if (!names.contains(p.name))
            names.append(p.name);
        pids[p.name].prepend(QString::number(p.pid)); // ss lists the newest first
    }
    QStringList parts;
    for (const QString &n : names)
        parts.append(QStringLiteral("%1 (pid %2)").arg(n, pids.value(n).join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

bool TcpTargetMatch::anyListening() const
{
    return std::any_of(endpoints.begin(), endpoints.end(),
                       [](const EndpointMatch &e) { return e.listening(); });
}

bool TcpTargetMatch::allListening() const
{
    return !endpoints.isEmpty() && std::all_of(endpoints.begin(), endpoints.end(),
                                               [](const EndpointMatch &e) { return e.listening(); });
}

const EndpointMatch *TcpTargetMatch::endpoint(const QString &address) const
{
    const QString wanted = normalizedAddress(address);
    for (const EndpointMatch &e : endpoints) {
        if (e.address == wanted)
            return &e;
    }
    return nullptr;
}

QStringList ListeningSockets::ssTcpCommand()
{
    return {QStringLiteral("ss"), QStringLiteral("-tlnpH")};
}

QStringList ListeningSockets::ssUnixCommand()
{
    return {QStringLiteral("ss"), QStringLiteral("-xlpH")};
}

QStringList ListeningSockets::procNetTcpCommand()
{
    return {QStringLiteral("cat"), QStringLiteral("/proc/net/tcp")};
}

QStringList ListeningSockets::procNetTcp6Command()
{
    return {QStringLiteral("cat"), QStringLiteral("/proc/net/tcp6")};
}

QStringList ListeningSockets::procNetUnixCommand()
{
    return {QStringLiteral("cat"), QStringLiteral("/proc/net/unix")};
}

ProbeResult<QList<Listener>> ListeningSockets::parseSsTcp(const ProbeOutput &output)
{
    if (auto e = precheckSs(output))
        return *e;
    QList<Listener> out;
    int unreadable = 0;
    QString firstBad;
    for (const QString &raw : ProbeText::lines(output.stdOut)) {
        QString line = raw;
        const QString users = takeUsers(line);
        QStringList f = ProbeText::fields(line);
        if (f.isEmpty() || isHeader(f))
            continue;
        if (f.first() == QLatin1String("tcp")) // with a Netid column (ss -l -n -p -H without -t)
            f.removeFirst();
        // State Recv-Q Send-Q Local:Port Peer:Port
        if (f.size() < 5) {
            ++unreadable;
            if (firstBad.isEmpty())
                firstBad = raw;
            continue;
        }
        if (f.at(0) != QLatin1String("LISTEN"))
            continue;
        Listener l;
        l.kind = Listener::Kind::Tcp;
        l.source = Listener::Source::Ss;
        if (!splitHostPort(f.at(3), l.address, l.scope, l.port)) {
            ++unreadable;
            if (firstBad.isEmpty())
                firstBad = raw;
            continue;
        }
        const bool bracketed = f.at(3).startsWith(QLatin1Char('['));
        if (l.address == QLatin1String("*")) {
            // Dual-stack AF_INET6 wildcard (IPV6_V6ONLY off): takes IPv4 too.
            l.ipv6 = true;
            l.v6Only = false;
        } else {
            l.ipv6 = bracketed || l.address.contains(QLatin1Char(':'));
            const auto ip = IpAddress::parse(l.address);
            if (!ip) {
                ++unreadable;
                if (firstBad.isEmpty())
                    firstBad = raw;
                continue;
            }
            l.address = ip->toString();
            // ss prints an IPv6 wildcard that also takes IPv4 as "*", so "[::]" is v6-only.
            if (l.ipv6 && ip->isAny())
                l.v6Only = true;
        }
        l.processes = parseUsers(users);
        l.rawLine = raw;
        out.append(l);
    }
    if (out.isEmpty() && unreadable > 0)
        return ProbeError::malformed(kSs, firstBad);
    return out;
}

ProbeResult<QList<Listener>> ListeningSockets::parseSsUnix(const ProbeOutput &output)
{
    if (auto e = precheckSs(output))
        return *e;
    QList<Listener> out;
    int unreadable = 0;
    QString firstBad;
    for (const QString &raw : ProbeText::lines(output.stdOut)) {
        QString line = raw;
        const QString users = takeUsers(line);
        QStringList f = ProbeText::fields(line);
        if (f.isEmpty() || isHeader(f))
            continue;
        // u_str LISTEN Recv-Q Send-Q Path Inode Peer PeerInode
        if (f.size() < 8 || !f.at(0).startsWith(QLatin1String("u_"))) {
            ++unreadable;
            if (firstBad.isEmpty())
                firstBad = raw;
            continue;
        }
        if (f.at(1) != QLatin1String("LISTEN") || f.at(0) != QLatin1String("u_str"))
            continue;
        Listener l;
        l.kind = Listener::Kind::Unix;
        l.source = Listener::Source::Ss;
        // A path may contain spaces: everything between Send-Q and the last three fields.
        l.path = f.mid(4, f.size() - 7).join(QLatin1Char(' '));
        if (l.path == QLatin1String("*"))
            l.path.clear();
        l.inode = f.at(f.size() - 3).toLongLong();
        l.processes = parseUsers(users);
        l.rawLine = raw;
        out.append(l);
    }
    if (out.isEmpty() && unreadable > 0)
        return ProbeError::malformed(kSs, firstBad);
    return out;
}

ProbeResult<QList<Listener>> ListeningSockets::parseProcNetTcp(const ProbeOutput &output, bool ipv6)
{
    const QString tool = ipv6 ? QStringLiteral("/proc/net/tcp6") : QStringLiteral("/proc/net/tcp");
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(tool);
    if (output.exitCode != 0) {
        if (ProbeText::needsRoot(output.stdErr))
            return ProbeError::permissionDenied(tool, ProbeText::firstLine(output.stdErr));
        return ProbeError(ProbeError::Kind::Unsupported, tr("%1 could not be read.").arg(tool),
                          ProbeText::firstLine(output.stdErr));
    }
    const QStringList lines = ProbeText::lines(output.stdOut);
    if (lines.isEmpty())
        return ProbeError::empty(tool);
    if (!lines.first().contains(QLatin1String("local_address")))
        return ProbeError::malformed(tool, lines.first());
    QList<Listener> out;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = ProbeText::fields(lines.at(i));
        // sl local rem st tx:rx tr:when retrnsmt uid timeout inode
        if (f.size() < 10)
            continue;
        if (f.at(3).compare(QLatin1String("0A"), Qt::CaseInsensitive) != 0) // TCP_LISTEN
            continue;
        const QStringList local = f.at(1).split(QLatin1Char(':'));
        if (local.size() != 2)
            continue;
        const auto ip = IpAddress::fromProcHex(local.at(0));
        bool ok = false;
        const uint port = local.at(1).toUInt(&ok, 16);
        if (!ip || !ok || port > 65535)
            continue;
        Listener l;
        l.kind = Listener::Kind::Tcp;
        l.source = Listener::Source::ProcNet;
        l.ipv6 = ipv6;
        l.address = ip->toString();
        l.port = quint16(port);
        l.uid = f.at(7).toInt();
        l.inode = f.at(9).toLongLong();
        l.rawLine = lines.at(i);
        out.append(l);
    }
    return out;
}

ProbeResult<QList<Listener>> ListeningSockets::parseProcNetUnix(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("/proc/net/unix");
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(tool);
    if (output.exitCode != 0)
        return ProbeError(ProbeError::Kind::Unsupported, tr("%1 could not be read.").arg(tool),
                          ProbeText::firstLine(output.stdErr));
    const QStringList lines = ProbeText::lines(output.stdOut);
    if (lines.isEmpty())
        return ProbeError::empty(tool);
    if (!lines.first().startsWith(QLatin1String("Num")))
        return ProbeError::malformed(tool, lines.first());
    QList<Listener> out;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = ProbeText::fields(lines.at(i));
        // Num RefCount Protocol Flags Type St Inode [Path]
        if (f.size() < 7)
            continue;
        bool ok = false;
        const uint flags = f.at(3).toUInt(&ok, 16);
        // __SO_ACCEPTCON (0x10000) marks a listening socket; type 0001 = SOCK_STREAM.
        if (!ok || !(flags & 0x10000) || f.at(4) != QLatin1String("0001"))
            continue;
        Listener l;
        l.kind = Listener::Kind::Unix;
        l.source = Listener::Source::ProcNet;
        l.inode = f.at(6).toLongLong();
        l.path = f.mid(7).join(QLatin1Char(' '));
        l.rawLine = lines.at(i);
        out.append(l);
    }
    return out;
}

bool ListeningSockets::accepts(const Listener &l, const QString &address, bool bindV6OnlyDefault)
{
    if (l.kind != Listener::Kind::Tcp)
        return false;
    const auto target = IpAddress::parse(address);
    if (!target)
        return false;
    const IpAddress t = target->unmapped();
    if (l.address == QLatin1String("*"))
        return true;
    const auto bound = IpAddress::parse(l.address);
    if (!bound)
        return false;
    if (bound->isAny()) {
        if (!l.ipv6)
            return t.isV4();
        if (!t.isV4())
            return true;
        // An IPv6 wildcard takes IPv4 connections unless it is v6-only.
        return !l.v6Only.value_or(bindV6OnlyDefault);
    }
    return *bound == t;
}

TcpTargetMatch ListeningSockets::matchTcp(const QString &host, quint16 port, const QStringList &resolved,
                                          bool bindV6OnlyDefault) const
{
    TcpTargetMatch match;
    match.host = host;
    match.port = port;
    QStringList addresses;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (const auto ip = IpAddress::parse(bare))
        addresses.append(ip->toString());
    else if (!resolved.isEmpty())
        addresses = resolved;
    else if (bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        addresses = QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")};
    for (const QString &a : addresses) {
        const QString normalized = normalizedAddress(a);
        bool seen = false;
        for (const EndpointMatch &e : match.endpoints)
            seen = seen || e.address == normalized;
        if (seen)
            continue;
        EndpointMatch e;
        e.address = normalized;
        for (const Listener &l : m_listeners) {
            if (l.port == port && accepts(l, normalized, bindV6OnlyDefault))
                e.listeners.append(l);
        }
        match.endpoints.append(e);
    }
    return match;
}

QList<Listener> ListeningSockets::samePortOtherAddress(const QString &host, quint16 port,
                                                       const QStringList &resolved,
                                                       bool bindV6OnlyDefault) const
{
    const TcpTargetMatch match = matchTcp(host, port, resolved, bindV6OnlyDefault);
    QList<Listener> out;
    for (const Listener &l : m_listeners) {
        if (l.kind != Listener::Kind::Tcp || l.port != port)
            continue;
        bool accepted = false;
        for (const EndpointMatch &e : match.endpoints)
            accepted = accepted || accepts(l, e.address, bindV6OnlyDefault);
        if (!accepted)
            out.append(l);
    }
    return out;
}

QList<Listener> ListeningSockets::nearbyPorts(quint16 port, int distance) const
{
    QList<Listener> out;
    for (const Listener &l : m_listeners) {
        const int d = qAbs(int(l.port) - int(port));
        if (l.kind == Listener::Kind::Tcp && d > 0 && d <= distance)
            out.append(l);
    }
    std::stable_sort(out.begin(), out.end(), [port](const Listener &a, const Listener &b) {
        return qAbs(int(a.port) - int(port)) < qAbs(int(b.port) - int(port));
    });
    return out;
}

QList<Listener> ListeningSockets::unixListeners(const QString &path) const
{
    QList<Listener> out;
    for (const Listener &l : m_listeners) {
        if (l.kind == Listener::Kind::Unix && !path.isEmpty() && l.path == path)
            out.append(l);
    }
    return out;
}

QList<Listener> ListeningSockets::similarUnixPaths(const QString &path) const
{
    static const QRegularExpression digits(QStringLiteral("[0-9.]+"));
    const QFileInfo wanted(path);
    QString wantedShape = wanted.fileName();
    wantedShape.replace(digits, QStringLiteral("#"));
    QList<Listener> out;
    for (const Listener &l : m_listeners) {
        if (l.kind != Listener::Kind::Unix || l.path.isEmpty() || l.path == path)
            continue;
        const QFileInfo have(l.path);
        QString shape = have.fileName();
        shape.replace(digits, QStringLiteral("#"));
        if (shape == wantedShape || have.path() == wanted.path())
            out.append(l);
    }
    return out;
}

} // namespace gd
