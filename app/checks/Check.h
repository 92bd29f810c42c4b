#pragma once

#include "app/facts/ParsedFacts.h"
#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QList>

namespace gd {

// What a check reads: the raw facts and the same facts parsed once for every check.
struct CheckInput
{
    const Facts &facts;
    const ParsedFacts &parsed;
};

// What checks say: results for the step page, findings for the ranking.
struct CheckOutput
{
    QList<CheckResult> results;
    QList<Finding> findings;

    void add(const CheckResult &result) { results.append(result); }
    void add(const Finding &finding) { findings.append(finding); }
};

// The facts a check reads, so that a reader sees at a glance which commands feed
// it (`gateway-doctor diagnose --list-checks` prints them).
enum class FactNeed : quint32
{
    Config = 1u << 0,        // nginx -T (or the files read one by one)
    NginxTest = 1u << 1,     // nginx -t's messages
    Processes = 1u << 2,     // ps
    Sockets = 1u << 3,       // ss -tlnp / ss -xlp (or /proc/net)
    SocketPaths = 1u << 4,   // stat of unix sockets and their directories, id of the worker user
    DirectProbes = 1u << 5,  // curl straight to each upstream
    ThroughNginx = 1u << 6,  // curl of the failing URL through nginx
    Dns = 1u << 7,           // getent ahosts
    Units = 1u << 8,         // systemctl show, /proc/PID/cgroup
    UnitJournals = 1u << 9,  // journalctl -u UNIT
    ErrorLogs = 1u << 10,    // the tail of each error_log
    AccessLog = 1u << 11,    // the tail of the access log
    NginxJournal = 1u << 12, // journalctl -u nginx
    KernelLog = 1u << 13,    // journalctl -k / dmesg
    Firewall = 1u << 14,     // ufw, nft, iptables
    Selinux = 1u << 15,      // getenforce, getsebool
    PhpFpm = 1u << 16,       // pool configs and php-fpm's log
    RemoteHosts = 1u << 17,  // ip addr, ip route get, a connect to port 22; the upstream's own host
};
constexpr quint32 operator|(FactNeed a, FactNeed b)
{
    return quint32(a) | quint32(b);
}
constexpr quint32 operator|(quint32 a, FactNeed b)
{
    return a | quint32(b);
}
// "nginx -T, ss" for people.
QString factNeedNames(quint32 needs);

using CheckFunction = void (*)(const CheckInput &in, CheckOutput &out);

// A check's declaration: one row of its step's table (see CheckRegistry).
struct CheckDef
{
    const char *id;    // stable, in reports and JSON: "upstream.listening"
    int step;          // 1..6
    const char *title; // untranslated; what the check asks
    quint32 needs;     // FactNeed bits
    CheckFunction run;
};

} // namespace gd
