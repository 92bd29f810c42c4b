#pragma once

#include "app/config/NginxConfig.h"
#include "app/config/UpstreamTargets.h"
#include "app/facts/AppServerFacts.h"
#include "app/facts/UpstreamHostFacts.h"
#include "app/logs/LogTail.h"
#include "app/probes/ProcessTable.h"
#include "remote/ByteText.h"
#include "remote/CommandResult.h"
#include "remote/FileInfo.h"
#include "remote/RemoteError.h"

#include <QMap>
#include <QString>

#include <optional>

namespace gd {

// Everything the engine learnt from the machine, as raw command results plus the
// parsed config. Collected once (concurrently) by FactCollector; each step's
// analyzer reads from here, so analysis is a pure function of these facts.
struct Facts
{
    // Discovery
    CommandResult locate; // prints the binary on stdout, `nginx -V` on stderr
    QString nginxBinary;
    QString nginxVersion;                     // "1.22.1"
    QString configureArguments;               // nginx -V "configure arguments:"
    QString confPath;                         // the main config file in use
    QString prefix;                           // -p of the running master, or --prefix
    CommandResult processes;                  // ps (ProcessTable::command())
    std::optional<ProcessTable> processTable; // parsed once, when ps answers
    CommandResult dumpCommand;                // nginx -T (stdout: the dump; stderr: nginx -t messages)
    bool dumpNeededRoot = false;
    // nginx -T failed only because it may not open its pid/log files as this user:
    // the config was then read file by file (CommandResult below), not validated.
    bool dumpNeedsRoot = false;
    CommandResult configFiles;
    std::optional<NginxConfig> config;
    RemoteError configError; // why there is no config (unreadable, no nginx, ...)
    UpstreamTargets targets;
    QString failingUrl;
    qint64 sinceSeconds = 24 * 3600; // log lines older than this are not classified
    // Log-only errors older than this, while the URL answers well now, are history.
    qint64 liveWindowSeconds = 15 * 60;
    CommandResult clock; // the machine's local time, in nginx's log format
    // Every config file and where it really is (sites-enabled/x -> sites-available/x):
    // "path<TAB>real path" per line; realPaths is that, parsed.
    CommandResult resolvePaths;
    // "systemd" when systemd is the service manager (/run/systemd/system exists), "none".
    CommandResult serviceManager;
    QMap<QString, QString> realPaths;

    // Step 1 and 3: sockets, processes, services, probes
    CommandResult ssTcp;                       // ss -tlnpH
    CommandResult ssUnix;                      // ss -xlpH
    QMap<QString, CommandResult> procNet;      // /proc/net/{tcp,tcp6,unix} when there is no ss
    QMap<QString, CommandResult> socketStats;  // unix socket path -> stat of it and its parents
    CommandResult workerIdentity;              // id <worker user>
    QMap<QString, CommandResult> directProbes; // endpoint -> curl straight to the upstream
    CommandResult probeThroughNginx;           // curl of the failing URL
    // endpoint -> the failing URL's request sent straight to the upstream that serves
    // it, timed without nginx's timeout in the way (http/https upstreams only).
    QMap<QString, CommandResult> urlProbes;
    QMap<QString, CommandResult> dns; // host -> getent ahosts
    // Names nginx resolves at request time (a pass directive with variables): the
    // nginx host's own nameservers, and each candidate server asked directly.
    CommandResult resolvConf;                  // cat /etc/resolv.conf
    QMap<QString, CommandResult> dnsQueries;   // "127.0.0.1:53 app.internal" -> dig @127.0.0.1 -p 53 ...
    QMap<QString, CommandResult> cgroups;      // pid -> /proc/pid/cgroup
    QMap<QString, CommandResult> units;        // unit -> systemctl show
    QMap<QString, CommandResult> unitJournals; // unit -> journalctl -u

    // Where the upstreams are: this machine's own addresses, and for each upstream
    // address on another host the route there and whether that host answers at all
    // (a connect to its SSH port): its socket table is not ours to read.
    CommandResult hostName;                         // hostname (how findings name this machine)
    CommandResult hostAddresses;                    // ip -o addr show
    QMap<QString, CommandResult> routes;            // address -> ip route get
    QMap<QString, CommandResult> hostProbes;        // address -> TCP connect to its port 22
    QMap<QString, UpstreamHostFacts> upstreamHosts; // address -> step 1 on its own host

    // Step 2: logs
    QList<LogTail> errorLogs;
    QStringList errorLogsElsewhere; // "syslog:...", "stderr" -> journald
    // A host with thousands of sites: the error logs and upstream endpoints over
    // FactCollector's limits, which were not read or probed (the URL's own come first).
    QStringList errorLogsNotRead;
    int endpointsNotProbed = 0;
    std::optional<LogTail> accessLog;
    QString accessLogFormat; // the log_format text of that access log
    CommandResult journalNginx;
    CommandResult kernelLog; // journalctl -k / dmesg

    // Step 3: firewall and SELinux
    CommandResult ufw, nft, iptables, getenforce, getsebool;

    // PHP-FPM
    CommandResult phpFpmPools; // every pool file, "==> path <==" headed
    // What memory allows a saturated pool: each master's children with their RSS
    // (master pid -> ps --ppid), and /proc/meminfo.
    QMap<QString, CommandResult> phpFpmChildren;
    CommandResult memInfo;
    // When the running nginx loaded its config and when each file was saved (ConfigLoadTimes).
    CommandResult configTimes;
    QMap<QString, CommandResult> phpFpmExe; // master pid -> readlink /proc/PID/exe (its binary)
    QList<LogTail> phpFpmLogs;
    // Each pool with pm.status_path: its `listen` -> the status page, asked as nginx's
    // worker would reach the pool (PhpFpmStatusProbe, through ProbeCommands::asUser).
    QMap<QString, CommandResult> phpFpmStatus;

    // The application servers (not php-fpm: see above) that own listening sockets:
    // master pid -> what was read about it (AppServerFacts).
    QMap<QString, AppServerFacts> appServers;

    // Every command run, in order, for the transcript and the wizard.
    QList<CommandResult> transcript;

    // "path\treal" lines (ProbeCommands::realPaths) into a map; unresolved paths are left out.
    static QMap<QString, QString> parseRealPaths(const QByteArray &output)
    {
        QMap<QString, QString> map;
        for (const QByteArray &line : output.split('\n')) {
            const int tab = int(line.indexOf('\t'));
            if (tab > 0 && tab + 1 < line.size())
                map.insert(utf8Text(line.left(tab)), utf8Text(line.mid(tab + 1)));
        }
        return map;
    }

    // The key of dnsQueries: "127.0.0.1:53 app.internal", "[::1]:53 app.internal".
    static QString dnsQueryKey(const QString &address, quint16 port, const QString &name)
    {
        const QString host =
            address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
        return QStringLiteral("%1:%2 %3").arg(host).arg(port).arg(name);
    }

    // nginx's rule for relative paths: they are relative to its prefix.
    static QString absolutePath(const QString &prefix, const QString &path)
    {
        if (path.startsWith(QLatin1Char('/')) || prefix.isEmpty())
            return path;
        return prefix.endsWith(QLatin1Char('/')) ? prefix + path : prefix + QLatin1Char('/') + path;
    }

    // The running nginx master of the config we diagnose: the one started with
    // -c confPath, else one without -c (it runs the compiled-in default).
    std::optional<NginxInstance> runningNginx() const
    {
        if (!processTable)
            return std::nullopt;
        std::optional<NginxInstance> fallback;
        for (const NginxInstance &instance : processTable->nginx()) {
            if (absolutePath(instance.prefix, instance.confPath) == confPath)
                return instance;
            if (instance.confPath.isEmpty() && !fallback)
                fallback = instance;
        }
        return fallback;
    }
};

} // namespace gd
