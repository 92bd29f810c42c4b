#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// One process holding a listening socket, from ss's users:(("name",pid=N,fd=M)).
struct SocketProcess
{
    QString name;
    qint64 pid = 0;
    int fd = -1;
};

// A socket in LISTEN state: TCP (address + port) or unix stream (path).
struct Listener
{
    enum class Kind
    {
        Tcp,
        Unix
    };
    enum class Source
    {
        Ss,
        ProcNet
    };

    Kind kind = Kind::Tcp;
    Source source = Source::Ss;
    // TCP: the bound address without brackets or scope: "127.0.0.1", "::1", "0.0.0.0",
    // "::", "*" (ss's dual-stack wildcard), "::ffff:127.0.0.1".
    QString address;
    QString scope; // "lo" for ss's "127.0.0.53%lo" (bound to a device)
    quint16 port = 0;
    bool ipv6 = false; // an AF_INET6 socket ("*" counts as IPv6)
    // IPv6 wildcard that also takes IPv4: ss prints such a socket as "*", a v6-only one
    // as "[::]"; /proc/net/tcp6 cannot tell them apart (nullopt: decide by bindv6only).
    std::optional<bool> v6Only;
    QString path; // unix: "/run/php/php8.2-fpm.sock", "@abstract", empty if unnamed
    qint64 inode = 0;
    int uid = -1;                   // /proc/net/tcp only
    QList<SocketProcess> processes; // empty without root or from /proc/net
    QString rawLine;                // the exact line it came from (evidence)

    // "127.0.0.1:8080", "[::1]:8080", "*:8080", "unix:/path".
    QString endpoint() const;
    QString processNames() const; // "nginx (pid 12, 13)"; empty when unknown
};

// Who accepts connections for one concrete address of a target.
struct EndpointMatch
{
    QString address;           // "127.0.0.1", "::1"
    QList<Listener> listeners; // every socket that would accept a connect() there
    bool listening() const { return !listeners.isEmpty(); }
};

// The answer to "does anything listen for host:port?", per address family when the
// host has several addresses (localhost is ::1 and 127.0.0.1: nginx tries both).
struct TcpTargetMatch
{
    QString host;
    quint16 port = 0;
    QList<EndpointMatch> endpoints;

    bool anyListening() const;
    bool allListening() const;
    const EndpointMatch *endpoint(const QString &address) const;
};

// Parses ss / /proc/net listings of listening sockets and answers the checks'
// questions about them. Pure: bytes in, values out.
class ListeningSockets
{
    Q_DECLARE_TR_FUNCTIONS(ListeningSockets)
public:
    ListeningSockets() = default;
    explicit ListeningSockets(QList<Listener> listeners) : m_listeners(std::move(listeners)) {}

    // argv of the commands whose output the parsers read. -n: numeric ports (a
    // service name would hide the number we compare), -H: no header, -p: processes.
    static QStringList ssTcpCommand();  // ss -tlnpH
    static QStringList ssUnixCommand(); // ss -xlpH
    // Fallbacks where ss is missing (busybox images): no process information.
    static QStringList procNetTcpCommand();  // cat /proc/net/tcp
    static QStringList procNetTcp6Command(); // cat /proc/net/tcp6
    static QStringList procNetUnixCommand(); // cat /proc/net/unix

    static ProbeResult<QList<Listener>> parseSsTcp(const ProbeOutput &output);
    static ProbeResult<QList<Listener>> parseSsUnix(const ProbeOutput &output);
    static ProbeResult<QList<Listener>> parseProcNetTcp(const ProbeOutput &output, bool ipv6);
    static ProbeResult<QList<Listener>> parseProcNetUnix(const ProbeOutput &output);

    const QList<Listener> &listeners() const { return m_listeners; }
    void add(const QList<Listener> &more) { m_listeners.append(more); }

    // Does anything accept connections for host:port? `host` is an IP literal,
    // "localhost" (checked as ::1 and 127.0.0.1 separately) or a name whose addresses
    // the caller resolved (DnsLookup) and passes in `resolved`. `bindV6OnlyDefault` is
    // net.ipv6.bindv6only, used only where the listing cannot tell (/proc/net/tcp6).
    TcpTargetMatch matchTcp(const QString &host, quint16 port, const QStringList &resolved = {},
                            bool bindV6OnlyDefault = false) const;
    // Would this listener accept a connection to `address`?
    static bool accepts(const Listener &listener, const QString &address, bool bindV6OnlyDefault = false);

    // Listeners on `port` that do NOT take connections for `host` (the app bound to
    // 127.0.0.1 while nginx connects to 10.0.0.5).
    QList<Listener> samePortOtherAddress(const QString &host, quint16 port, const QStringList &resolved = {},
                                         bool bindV6OnlyDefault = false) const;
    // TCP listeners within `distance` of `port` (not on it), nearest first: wrong-port hints.
    QList<Listener> nearbyPorts(quint16 port, int distance = 10) const;

    QList<Listener> unixListeners(const QString &path) const;
    // Unix listeners that look like the intended one: same directory or the same name
    // apart from digits (php8.1-fpm.sock vs php8.2-fpm.sock).
    QList<Listener> similarUnixPaths(const QString &path) const;

private:
    QList<Listener> m_listeners;
};

} // namespace gd
