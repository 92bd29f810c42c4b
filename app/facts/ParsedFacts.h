#pragma once

#include "app/config/PhpFpmPoolConfig.h"
#include "app/facts/Facts.h"
#include "app/logs/AccessLogLatency.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/logs/KernelOomLine.h"
#include "app/logs/PhpFpmLogLine.h"
#include "app/probes/DnsLookup.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HttpProbe.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/ProcessTable.h"
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
        Error
    };
    QString endpoint;
    Outcome outcome = Outcome::Error;
    int httpCode = 0;
    double seconds = 0;
    int headerBytes = 0; // the size of the response header that came back (0: none)
    QString evidence;    // the line that tells
    CommandResult command;
    bool reachable() const { return outcome == Outcome::Answered || outcome == Outcome::Connected; }
};

// A php-fpm or kernel line worth citing, with where it was read.
struct CitedLine
{
    QString source;
    QString file;
    QByteArray line;
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
    QMap<QString, EndpointProbe> probes; // endpoint -> direct probe
    std::optional<HttpProbeResult> throughNginx;
    QString throughNginxProblem;
    QMap<QString, DnsAnswer> dns;
    QMap<QString, SystemdUnit> units;
    bool systemdMissing = false;
    // systemd manages services on this machine (false when unknown).
    bool systemdRunning = false;
    QMap<qint64, QString> unitOfPid;
    PhpFpmPoolConfig pools;
    QList<std::pair<CitedLine, PhpFpmLogLine>> phpFpmEvents;
    QList<std::pair<CitedLine, KernelOomLine>> oomKills;
    std::optional<SelinuxState::Mode> selinux;
    std::optional<bool> httpdCanNetworkConnect;
    ProbeResult<UfwStatus> ufw{ProbeError()};
    ProbeResult<QList<NftChain>> nft{ProbeError()};
    ProbeResult<IptablesRules> iptables{ProbeError()};
    QString workerUser;
    QStringList workerGroups;

    static ParsedFacts from(const Facts &facts);

    // The addresses nginx connects to for `host`: what the server resolved, else
    // ::1 and 127.0.0.1 for localhost; empty for IP literals.
    QStringList addressesOf(const QString &host) const;

    // The config target (its endpoint() as label) that a log peer such as
    // "[::1]:8080" or "unix:/run/x.sock" belongs to; the peer itself when none.
    static QString labelForPeer(const Facts &facts, const QString &peer);
};

} // namespace gd
