// Step 3: can nginx reach the upstream (names, socket permissions, firewall, SELinux)?
#include "app/checks/CheckRegistry.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/checks/RemoteUpstreamJudge.h"
#include "app/checks/ResolverJudge.h"
#include "app/checks/SocketAccess.h"
#include "app/checks/UpstreamEndpoints.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace gd {

namespace {

class ReachabilityChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::ReachabilityChecks)
public:
    static void upstreamConnection(const CheckInput &in, CheckOutput &out);
    static void dns(const CheckInput &in, CheckOutput &out);
    static void resolver(const CheckInput &in, CheckOutput &out);
    static void socketPermission(const CheckInput &in, CheckOutput &out);
    static void firewall(const CheckInput &in, CheckOutput &out);
    static void addFirewallActions(const FirewallVerdict &v, const UpstreamEndpoint &e, FindingBuilder &f);
    static void remoteHost(const CheckInput &in, CheckOutput &out);
    static void selinux(const CheckInput &in, CheckOutput &out);

private:
    static QString upstreamPhaseWords(UpstreamPhase phase);
    static CheckResult socketCheck(const CheckInput &in, const QString &socket, const CommandResult &stat,
                                   CheckOutput &out);
};

// nginx's own way to each upstream on this host: a connection from here to the
// address nginx uses (the direct probe's connect), and what the error log says
// nginx's connections got to. Whether the application then answers, and in time,
// is steps 1 and 5; the failing URL's status through nginx is the symptom, which
// the report's headline carries (TargetInfo::urlStatus), not this step's verdict.
void ReachabilityChecks::upstreamConnection(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (e.unixPath.isEmpty() && in.parsed.isRemote(e.host))
            continue; // connect.remote_host
        const auto found = in.parsed.probes.constFind(e.endpoint);
        if (found == in.parsed.probes.constEnd())
            continue;
        const EndpointProbe &p = found.value();
        CheckResult check;
        check.id = QStringLiteral("connect.upstream");
        check.title = tr("A connection to %1 gets through").arg(e.endpoint);
        check.commands << CommandRecord::of(p.command, 2000);
        const bool connected = p.reachable() || p.outcome == EndpointProbe::Outcome::Closed ||
                               p.outcome == EndpointProbe::Outcome::Reset || p.connectSeconds > 0;
        const QString command = p.command.commandLine.section(QStringLiteral(" -w "), 0, 0);
        switch (p.outcome) {
        case EndpointProbe::Outcome::Refused:
        case EndpointProbe::Outcome::Missing:
            check.status = CheckStatus::Skipped;
            check.explanation =
                tr("Nothing listens on %1 (step 1), so there is nothing to connect to yet: %2. The checks "
                   "below look at what could stand in the way once it listens.")
                    .arg(e.endpoint, p.evidence.isEmpty() ? tr("refused") : p.evidence);
            break;
        case EndpointProbe::Outcome::PermissionDenied:
            check.status = CheckStatus::Fail;
            check.explanation =
                tr("The connection to %1 is refused for lack of permission: %2").arg(e.endpoint, p.evidence);
            check.next = e.unixPath.isEmpty()
                             ? tr("Let nginx connect out: on SELinux systems, setsebool -P "
                                  "httpd_can_network_connect 1.")
                             : tr("Give nginx's worker user write permission on %1 and search (x) on every "
                                  "directory above it (ls -ld on each shows them).")
                                   .arg(e.unixPath);
            break;
        case EndpointProbe::Outcome::NoRoute:
        case EndpointProbe::Outcome::DnsFailure:
            check.status = CheckStatus::Fail;
            check.explanation = tr("The connection to %1 does not get there: %2").arg(e.endpoint, p.evidence);
            check.next =
                tr("Check the name and the route: getent ahosts %1, ip route get, then retry with %2.")
                    .arg(e.host, command);
            break;
        case EndpointProbe::Outcome::Timeout:
            if (connected)
                break;
            check.status = CheckStatus::Fail;
            check.explanation =
                tr("Nothing answers the connection to %1 within %2 s: a firewall that drops it, or a host "
                   "that is down.")
                    .arg(e.endpoint)
                    .arg(p.seconds, 0, 'f', 1);
            check.next = tr("Look for a rule that drops port %1 (nft list ruleset, iptables -S), then retry "
                            "with %2.")
                             .arg(e.port)
                             .arg(command);
            break;
        case EndpointProbe::Outcome::Error:
            if (connected)
                break;
            check.status = CheckStatus::Error;
            check.explanation = tr("The connection could not be tested: %1").arg(p.evidence);
            check.next = tr("Run %1 yourself and read its output.").arg(command);
            break;
        default:
            break;
        }
        if (connected) {
            check.status = CheckStatus::Pass;
            check.explanation =
                p.connectSeconds > 0
                    ? tr("A connection from this host to %1 comes up in %2 ms: no name, permission, firewall "
                         "or SELinux rule stands in the way.")
                          .arg(e.endpoint)
                          .arg(p.connectSeconds * 1000, 0, 'f', 1)
                    : tr("A connection from this host to %1 comes up: no name, permission, firewall or "
                         "SELinux "
                         "rule stands in the way.")
                          .arg(e.endpoint);
        }
        // nginx's own connections, as its error log tells: a failure after the
        // connect (a timeout reading the answer) means nginx got through.
        for (const ParsedLog &log : in.parsed.errorLogs) {
            for (const ErrorLogGroup &g : log.groups) {
                if (g.samples.isEmpty() || ParsedFacts::labelForPeer(in.facts, g.upstream) != e.label)
                    continue;
                const bool after =
                    g.phase == UpstreamPhase::SendRequest || g.phase == UpstreamPhase::ReadHeader ||
                    g.phase == UpstreamPhase::ReadBody || g.phase == UpstreamPhase::TlsHandshake;
                if (!after || check.status != CheckStatus::Pass)
                    continue;
                check.explanation +=
                    QLatin1Char('\n') +
                    tr("nginx's own connections get through too: its error log shows them failing only "
                       "later, %1 (%n time(s)). That is not a question of reachability: steps 1 and 5 look "
                       "at the answer.",
                       nullptr, int(g.count))
                        .arg(upstreamPhaseWords(g.phase));
                // The phase is what this step reads in the line: "timed out (110: Connection
                // timed out)" alone reads like a network fault, which it is not here.
                Evidence line = EvidenceOf::logSample(log.path, g.samples.first());
                line.highlight(
                    g.phase == UpstreamPhase::ReadHeader    ? QStringLiteral("while reading response header")
                    : g.phase == UpstreamPhase::SendRequest ? QStringLiteral("while sending request")
                    : g.phase == UpstreamPhase::ReadBody    ? QStringLiteral("while reading upstream")
                                                            : QStringLiteral("while SSL handshaking"));
                if (g.phase == UpstreamPhase::ReadHeader && line.excerpt.contains(QLatin1String("timed out")))
                    check.explanation +=
                        QLatin1Char(' ') +
                        tr("(\"Connection timed out\" in that line is nginx's word for an answer "
                           "that did not come in time, on a connection that was up.)");
                check.evidence << line;
                break;
            }
        }
        out.add(check);
    }
}

QString ReachabilityChecks::upstreamPhaseWords(UpstreamPhase phase)
{
    switch (phase) {
    case UpstreamPhase::SendRequest:
        return tr("while sending the request");
    case UpstreamPhase::ReadHeader:
        return tr("while waiting for the answer's header");
    case UpstreamPhase::ReadBody:
        return tr("while reading the answer");
    case UpstreamPhase::TlsHandshake:
        return tr("in the TLS handshake");
    default:
        return QString();
    }
}

// Every upstream host name nginx resolves at start-up resolves on the nginx host.
// A name written only in pass directives with variables is not: nginx looks it
// up at request time with its own `resolver`, never the system's (connect.resolver).
void ReachabilityChecks::dns(const CheckInput &in, CheckOutput &out)
{
    QSet<QString> atStartup, atRequest;
    for (const UpstreamTarget &t : in.facts.targets.targets()) {
        if (t.kind == UpstreamTarget::Kind::HostPort)
            (t.needsResolver ? atRequest : atStartup).insert(t.host);
        else if (const UpstreamBlock *block = in.facts.targets.blockFor(t))
            for (const UpstreamServer &s : block->servers)
                atStartup.insert(s.host);
    }
    for (auto it = in.parsed.dns.begin(); it != in.parsed.dns.end(); ++it) {
        if (atRequest.contains(it.key()) && !atStartup.contains(it.key()))
            continue;
        const CommandResult &lookup = in.facts.dns.value(it.key());
        CheckResult check;
        check.id = QStringLiteral("connect.dns");
        check.title = tr("%1 resolves").arg(it.key());
        check.commands << CommandRecord::of(lookup);
        if (it->found) {
            check.status = CheckStatus::Pass;
            check.explanation =
                tr("%1 resolves to %2.").arg(it.key(), it->addresses.join(QStringLiteral(", ")));
        } else {
            check.status = CheckStatus::Fail;
            check.explanation = tr("%1 does not resolve on the nginx host.").arg(it.key());
            out.add(
                FindingBuilder(Cause::DnsFailure)
                    .upstream(it.key())
                    .severity(Severity::Error)
                    .confidence(0.8)
                    .summary(
                        tr("The upstream name %1 does not resolve on the server, so nginx cannot connect "
                           "to it (and refuses to start or reload with it).")
                            .arg(it.key()))
                    .evidence(EvidenceOf::command(
                        lookup, QStringLiteral("getent"),
                        tr("getent ahosts %1: not found (exit code %2)").arg(it.key()).arg(lookup.exitCode),
                        it.key()))
                    .remedy(
                        tr("Fix the name (typo?), add it to DNS or /etc/hosts, or use an IP address (step "
                           "4)."))
                    .build());
        }
        out.add(check);
    }
}

// A pass directive that names its upstream at request time needs a `resolver`
// that answers and knows the name (ResolverJudge).
void ReachabilityChecks::resolver(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamTarget &t : in.facts.targets.targets()) {
        if (!t.needsResolver)
            continue;
        const ResolverJudge::Verdict v = ResolverJudge::judge(in.facts, in.parsed, t);
        out.add(v.check);
        if (v.finding)
            out.add(*v.finding);
    }
}

// May nginx's worker user connect to each unix socket (write on the socket,
// search on every directory above it)?
void ReachabilityChecks::socketPermission(const CheckInput &in, CheckOutput &out)
{
    if (in.parsed.workerUser.isEmpty())
        return;
    for (auto it = in.facts.socketStats.begin(); it != in.facts.socketStats.end(); ++it)
        out.add(socketCheck(in, it.key(), it.value(), out));
}

CheckResult ReachabilityChecks::socketCheck(const CheckInput &in, const QString &socket,
                                            const CommandResult &stat, CheckOutput &out)
{
    const QString &user = in.parsed.workerUser;
    CheckResult check;
    check.id = QStringLiteral("connect.socket_permission");
    check.title = tr("%1 may use %2").arg(user, socket);
    check.commands << CommandRecord::of(stat) << CommandRecord::of(in.facts.workerIdentity);
    const SocketAccess::Verdict v = SocketAccess::judge(in.facts, in.parsed, stat);
    if (!v.socketExists) {
        check.status = CheckStatus::Skipped;
        check.explanation = tr("The socket does not exist.");
        return check;
    }
    if (v.blockers.isEmpty()) {
        check.status = CheckStatus::Pass;
        check.explanation = tr("The worker user %1 can reach and write to the socket.").arg(user);
        return check;
    }
    check.status = CheckStatus::Fail;
    QStringList problems;
    for (const SocketAccess::Blocker &b : v.blockers)
        problems << b.problem;
    check.explanation =
        tr("nginx's worker user %1 (groups %2) cannot connect to %3: %n thing(s) stand in the "
           "way.",
           nullptr, int(v.blockers.size()))
            .arg(user, in.parsed.workerGroups.join(QLatin1Char(',')), socket) +
        QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    FindingBuilder f(Cause::SocketPermission);
    f.upstream(QStringLiteral("unix:") + socket)
        .severity(Severity::Critical)
        .confidence(0.85)
        .summary(check.explanation);
    for (const SocketAccess::Blocker &b : v.blockers)
        f.evidence(EvidenceOf::command(stat, QStringLiteral("stat"), b.line, b.mode));
    f.evidence(EvidenceOf::command(in.facts.workerIdentity, QStringLiteral("id"),
                                   localText(in.facts.workerIdentity.stdOut).trimmed()));
    for (const FixAction &a : v.actions)
        f.action(a);
    const bool socketBlocked = v.blockers.first().isSocket;
    const int dirs = int(v.blockers.size()) - (socketBlocked ? 1 : 0);
    QStringList steps;
    if (dirs > 0)
        steps << tr("let %1 through %n directory(ies) (search permission, x)", nullptr, dirs).arg(user);
    if (socketBlocked)
        steps << v.remedy;
    out.add(f.remedy(steps.join(QStringLiteral("; "))).build());
    return check;
}

// The local firewall's rules for the upstream ports (read-only). The same rules
// apply to every port: one check says it.
void ReachabilityChecks::firewall(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (e.port == 0)
            continue;
        const bool loopback = e.host == QLatin1String("localhost") ||
                              e.host.startsWith(QLatin1String("127.")) || e.host == QLatin1String("::1");
        const QList<FirewallVerdict> verdicts{FirewallState::assess(in.parsed.ufw, e.port),
                                              FirewallState::assess(in.parsed.nft, e.port, loopback),
                                              FirewallState::assess(in.parsed.iptables, e.port, loopback)};
        CheckResult check;
        check.id = QStringLiteral("connect.firewall");
        check.title = tr("Local firewall and port %1").arg(e.port);
        check.status = CheckStatus::Skipped;
        check.explanation = tr("No readable firewall rules (ufw, nft, iptables) on this machine.");
        for (const FirewallVerdict &v : verdicts) {
            if (v.answer == FirewallVerdict::Answer::Yes) {
                check.status = CheckStatus::Fail;
                check.explanation =
                    tr("%1 has a rule that drops or rejects traffic to port %2.").arg(v.tool).arg(e.port);
                FindingBuilder f(Cause::FirewallBlocked);
                f.upstream(e.label).severity(Severity::Error).confidence(0.75).summary(check.explanation);
                for (const QString &line : v.evidence)
                    f.evidence(Evidence{v.tool, QString(), 0, line, -1, 0, QString()});
                addFirewallActions(v, e, f);
                out.add(f.build());
                break;
            }
            if (v.answer == FirewallVerdict::Answer::No && check.status == CheckStatus::Skipped) {
                check.status = CheckStatus::Pass;
                check.explanation = tr("%1 does not block port %2.").arg(v.tool).arg(e.port);
            }
        }
        out.add(check);
        return;
    }
}

// An accept rule for exactly nginx's traffic to the upstream, first in every chain that
// blocks it: rules apply in order, so it wins, and whatever else the hardening meant to
// stop stays stopped. Runtime only: the host's own firewall set-up must keep it too.
void ReachabilityChecks::addFirewallActions(const FirewallVerdict &v, const UpstreamEndpoint &e,
                                            FindingBuilder &f)
{
    QString address = e.host;
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QStringLiteral("127.0.0.1");
    const bool v6 = address.contains(QLatin1Char(':'));
    static const QRegularExpression ip(QStringLiteral("^([0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$"));
    const bool known = v.tool == QLatin1String("nft") || v.tool == QLatin1String("iptables");
    if (!ip.match(address).hasMatch() || !known || v.chains.isEmpty()) {
        f.remedy(tr("Let nginx's connections to port %1 through %2 (the rule above), then make the change "
                    "permanent where this host's firewall is configured.")
                     .arg(e.port)
                     .arg(v.tool));
        return;
    }
    const QString port = QString::number(e.port);
    for (const QString &chain : v.chains) {
        const QStringList where = chain.split(QLatin1Char(' ')); // nft: family table chain
        if (v.tool == QLatin1String("nft")) {
            if ((v6 && where.value(0) == QLatin1String("ip")) ||
                (!v6 && where.value(0) == QLatin1String("ip6")))
                continue; // a table of the other family never sees this traffic
            f.action(FixAction::command(
                QStringList{QStringLiteral("nft"), QStringLiteral("insert"), QStringLiteral("rule")} + where +
                    QStringList{v6 ? QStringLiteral("ip6") : QStringLiteral("ip"), QStringLiteral("daddr"),
                                address, QStringLiteral("tcp"), QStringLiteral("dport"), port,
                                QStringLiteral("accept")},
                true, FixAction::Host::Nginx,
                tr("let nginx's connections to %1 port %2 through, first in %3").arg(address, port, chain)));
        } else {
            f.action(FixAction::command(
                {v6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables"), QStringLiteral("-I"), chain,
                 QStringLiteral("-d"), address, QStringLiteral("-p"), QStringLiteral("tcp"),
                 QStringLiteral("--dport"), port, QStringLiteral("-j"), QStringLiteral("ACCEPT")},
                true, FixAction::Host::Nginx,
                tr("let nginx's connections to %1 port %2 through, first in %3").arg(address, port, chain)));
        }
    }
    f.remedy(
        tr("Let nginx's connections to %1 port %2 through with an accept rule before the one that blocks "
           "them (the commands below take effect at once), then make it permanent where this host's "
           "firewall is configured (for nftables, /etc/nftables.conf).")
            .arg(address, port));
}

// An upstream on another host, from here: the route, a connect to the port and to
// the host's SSH port; refused, dropped and unreachable mean different things.
void ReachabilityChecks::remoteHost(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (!e.unixPath.isEmpty() || !in.parsed.isRemote(e.host))
            continue;
        const QString address = in.parsed.remoteAddressesOf(e.host).value(0);
        CheckResult check;
        check.id = QStringLiteral("connect.remote_host");
        check.title = tr("This host reaches %1 on another host").arg(e.endpoint);
        check.commands << CommandRecord::of(in.facts.routes.value(address))
                       << CommandRecord::of(in.facts.directProbes.value(e.endpoint), 2000)
                       << CommandRecord::of(in.facts.hostProbes.value(address));
        const UpstreamAddressJudge::Verdict v =
            RemoteUpstreamJudge::judge(in.facts, in.parsed, e.endpoint, e.host, e.port, e.label);
        const QString seen = RemoteUpstreamJudge::connectionSummary(in.parsed, e.endpoint, e.host, e.port);
        if (v.finding) {
            check.status = CheckStatus::Fail;
            check.explanation = v.finding->summary;
            check.evidence = v.finding->evidence.mid(0, 3);
            out.add(*v.finding);
        } else if (v.listeningNow) {
            check.status = CheckStatus::Pass;
            check.explanation = tr("%1 accepts connections from this host (%2).").arg(e.endpoint, seen);
        } else {
            check.status = CheckStatus::Skipped;
            check.explanation =
                seen.isEmpty() ? tr("The connection to %1 could not be tested.").arg(e.endpoint) : seen;
        }
        out.add(check);
    }
}

// SELinux may forbid nginx's network connections (httpd_can_network_connect).
void ReachabilityChecks::selinux(const CheckInput &in, CheckOutput &out)
{
    CheckResult check;
    check.id = QStringLiteral("connect.selinux");
    check.title = tr("SELinux");
    check.commands << CommandRecord::of(in.facts.getenforce) << CommandRecord::of(in.facts.getsebool);
    const std::optional<SelinuxState::Mode> mode = in.parsed.selinux;
    if (!mode || *mode == SelinuxState::Mode::NotInstalled || *mode == SelinuxState::Mode::Disabled) {
        check.status = CheckStatus::Skipped;
        check.explanation = tr("SELinux is not active here.");
    } else if (*mode == SelinuxState::Mode::Enforcing && in.parsed.httpdCanNetworkConnect == false) {
        check.status = CheckStatus::Warn;
        check.explanation =
            tr("SELinux is enforcing and httpd_can_network_connect is off: nginx may not connect "
               "to TCP upstreams other than the standard HTTP ports.");
        check.next = tr("Allow it with setsebool -P httpd_can_network_connect 1 (as root), then re-run the "
                        "checks.");
    } else {
        check.status = CheckStatus::Pass;
        check.explanation = tr("SELinux allows nginx's network connections.");
    }
    out.add(check);
}

} // namespace

const QList<CheckDef> &CheckRegistry::reachabilityChecks()
{
    static const QList<CheckDef> table{
        {"connect.upstream", 3, QT_TRANSLATE_NOOP("gd::Check", "A connection to each upstream gets through"),
         FactNeed::Config | FactNeed::DirectProbes | FactNeed::ErrorLogs,
         &ReachabilityChecks::upstreamConnection},
        {"connect.dns", 3, QT_TRANSLATE_NOOP("gd::Check", "Upstream host names resolve"),
         quint32(FactNeed::Dns), &ReachabilityChecks::dns},
        {"connect.resolver", 3,
         QT_TRANSLATE_NOOP("gd::Check", "A resolver that answers, for upstreams named at request time"),
         FactNeed::Config | FactNeed::Dns | FactNeed::ErrorLogs, &ReachabilityChecks::resolver},
        {"connect.socket_permission", 3,
         QT_TRANSLATE_NOOP("gd::Check", "nginx's worker may use each unix socket"),
         quint32(FactNeed::SocketPaths), &ReachabilityChecks::socketPermission},
        {"connect.firewall", 3, QT_TRANSLATE_NOOP("gd::Check", "The local firewall lets nginx through"),
         FactNeed::Firewall | FactNeed::Config, &ReachabilityChecks::firewall},
        {"connect.remote_host", 3,
         QT_TRANSLATE_NOOP("gd::Check",
                           "An upstream on another host: route, port, and whether the host is up"),
         FactNeed::Config | FactNeed::DirectProbes | FactNeed::RemoteHosts, &ReachabilityChecks::remoteHost},
        {"connect.selinux", 3, QT_TRANSLATE_NOOP("gd::Check", "SELinux lets nginx connect"),
         quint32(FactNeed::Selinux), &ReachabilityChecks::selinux},
    };
    return table;
}

} // namespace gd
