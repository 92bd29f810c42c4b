#pragma once

#include "app/config/PhpFpmPoolConfig.h"
#include "app/facts/AppEvent.h"
#include "app/facts/AppLogLocation.h"
#include "app/facts/Facts.h"
#include "app/logs/AccessLogLatency.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/logs/KernelOomLine.h"
#include "app/logs/PhpFpmLogLine.h"
#include "app/probes/DnsLookup.h"
#include "app/probes/DnsQuery.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HostAddresses.h"
#include "app/probes/HttpProbe.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/PhpFpmStatusProbe.h"
#include "app/probes/ProcessTable.h"
#include "app/probes/ResolvConf.h"
#include "app/probes/RouteLookup.h"
#include "app/probes/SelinuxState.h"
#include "app/probes/SystemdUnitState.h"

#include <QMap>

#include <optional>

namespace gd {

struct ParsedLog
{
    QString path;
    QList<ErrorLogGroup> groups;
    qint64 lines = 0;
    qint64 bytesRead = 0;
    qint64 fileSize = 0;
    RemoteError error;
    bool neededRoot = false;
    CommandResult command;
};

// How a direct connection to one upstream endpoint went.
struct EndpointProbe
{
    enum class Outcome
    {
        Answered,
        Connected,
        Refused,
        Timeout,
        NoRoute,
        Missing,
        PermissionDenied,
        Closed,
        Reset,
        DnsFailure,
        WrongProtocol, // it answered, but not in the protocol nginx speaks to it
        Error
    };
    QString endpoint;
    Outcome outcome = Outcome::Error;
    int httpCode = 0;
    double seconds = 0;
    // When the connection was up, measured from the start (-1: never, or not measured);
    // when the first byte of the answer came (0: none came).
    double connectSeconds = -1;
    double firstByteSeconds = 0;
    int headerBytes = 0; // the size of the response header that came back (0: none)
    QString evidence;    // the line that tells
    CommandResult command;
    bool fastCgi = false; // asked in FastCGI, as fastcgi_pass does (httpCode: its Status)
    QString asUser;       // who the probe ran as (nginx's worker user when we are root)
    bool reachable() const
    {
        return outcome == Outcome::Answered || outcome == Outcome::Connected ||
               outcome == Outcome::WrongProtocol;
    }
};

// A php-fpm or kernel line worth citing, with where it was read.
struct CitedLine
{
    QString source;
    QString file;
    QByteArray line;
};

// An upstream's own host that we logged in to (UpstreamHostFacts), parsed.
struct ParsedUpstreamHost
{
    QString address;          // the upstream address nginx connects to
    QString machine;          // "deploy@app1:22"
    QString name;             // its hostname, else the machine's name
    RemoteError connectError; // we could not log in: nothing else is known
    std::optional<HostAddressList> addresses;
    ListeningSockets listeners;
    bool listenersKnown = false;
    QString listenersProblem;
    QMap<qint64, QString> unitOfPid;
    QMap<QString, SystemdUnit> units;
    ProbeResult<QList<NftChain>> nft{ProbeError()};
    ProbeResult<IptablesRules> iptables{ProbeError()};
};

// An application server that owns upstream sockets (Facts::appServers), parsed: what
// it is and was told, the sockets it owns, where its log is and what the log says.
struct ParsedAppServer
{
    qint64 pid = 0;
    AppServerSettings settings;
    ProcessLinks links;
    QString unit;              // its systemd service, when it runs in one
    QList<Listener> listeners; // the sockets it owns
    AppLogLocation log;
    QString logProblem; // the log is known but could not be read: why
    QList<AppEvent> events;
    QString label() const; // "gunicorn (pid 4121)"
};

// The facts, parsed once with the probe and log parsers, for every analyzer.
struct ParsedFacts
{
    std::optional<ProcessTable> processes;
    std::optional<NginxInstance> nginx; // the running master of the config we diagnose
    ListeningSockets listeners;
    bool listenersKnown = false;
    bool listenerProcessesKnown = false; // ss -p could see the owners (root)
    QString listenersProblem;
    QList<ParsedLog> errorLogs;
    std::optional<AccessLogLatency> latency;
    QMap<QString, EndpointProbe> probes;    // endpoint -> direct probe
    QMap<QString, EndpointProbe> urlProbes; // endpoint -> the failing URL sent straight to it (timed)
    std::optional<HttpProbeResult> throughNginx;
    QString throughNginxProblem;
    QMap<QString, DnsAnswer> dns;
    // The nginx host's nameservers (its /etc/resolv.conf) when it was read, else why not.
    std::optional<ResolvConfServers> resolvConf;
    QString resolvConfProblem;
    // Facts::dnsQueries parsed (same keys); a query whose output could not be read
    // (dig not installed) is in dnsQueryProblems instead.
    QMap<QString, DnsQueryAnswer> dnsQueries;
    QMap<QString, QString> dnsQueryProblems;
    QMap<QString, SystemdUnit> units;
    bool systemdMissing = false;
    // systemd manages services on this machine (false when unknown).
    bool systemdRunning = false;
    QMap<qint64, QString> unitOfPid;
    PhpFpmPoolConfig pools;
    QList<std::pair<CitedLine, PhpFpmLogLine>> phpFpmEvents;
    // Facts::phpFpmStatus read (same keys: the pool's listen), with the command asked.
    struct PoolStatus
    {
        PhpFpmStatusProbe::Answer answer;
        CommandResult command;
        QString asUser; // who asked (nginx's worker user when we are root)
    };
    QMap<QString, PoolStatus> phpFpmStatus;
    // The status page of this pool, when it has one and it was asked for.
    const PoolStatus *statusOf(const PhpFpmPool &pool) const
    {
        auto it = phpFpmStatus.constFind(pool.listen());
        return pool.statusPath().isEmpty() || it == phpFpmStatus.constEnd() ? nullptr : &it.value();
    }
    QList<std::pair<CitedLine, KernelOomLine>> oomKills;
    QList<ParsedAppServer> appServers;
    std::optional<SelinuxState::Mode> selinux;
    std::optional<bool> httpdCanNetworkConnect;
    ProbeResult<UfwStatus> ufw{ProbeError()};
    ProbeResult<QList<NftChain>> nft{ProbeError()};
    ProbeResult<IptablesRules> iptables{ProbeError()};
    QString workerUser;
    QStringList workerGroups;
    // Upstreams on other hosts: this machine's own addresses (nullopt: unknown, and
    // every upstream counts as local, as before), the route to each remote address,
    // a connect to its port 22, and what its own host said when we could log in.
    std::optional<HostAddressList> hostAddresses;
    QMap<QString, Route> routes;
    QMap<QString, EndpointProbe> hostProbes;
    QMap<QString, ParsedUpstreamHost> upstreamHosts;

    static ParsedFacts from(const Facts &facts);

    // The addresses of `host` (an IP literal, or a name as resolved here) when they
    // all belong to other machines; empty when the host is this machine (loopback,
    // one of its addresses), unresolved, or when this machine's addresses are unknown.
    QStringList remoteAddressesOf(const QString &host) const;
    bool isRemote(const QString &host) const { return !remoteAddressesOf(host).isEmpty(); }
    // The upstream host we logged in to for `host`, if any (by address or name).
    const ParsedUpstreamHost *upstreamHostFor(const QString &host) const;

    // The addresses nginx connects to for `host`: what the server resolved, else
    // ::1 and 127.0.0.1 for localhost; empty for IP literals.
    QStringList addressesOf(const QString &host) const;

    // The config target (its endpoint() as label) that a log peer such as
    // "[::1]:8080" or "unix:/run/x.sock" belongs to; the peer itself when none.
    static QString labelForPeer(const Facts &facts, const QString &peer);
};

} // namespace gd
