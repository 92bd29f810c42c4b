#include "app/checks/RemoteUpstreamJudge.h"

#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/facts/ProbeCommands.h"
#include "remote/ByteText.h"

#include <algorithm>

namespace gd {

struct RemoteUpstreamJudge::Context
{
    const Facts &facts;
    const ParsedFacts &parsed;
    QString endpoint;
    QString host;
    quint16 port = 0;
    QString label;
    QString address;                          // the upstream address (the first, for a name)
    const EndpointProbe *probe = nullptr;     // nginx's side: a connect to the port
    const EndpointProbe *hostProbe = nullptr; // nginx's side: a connect to its port 22
    const Route *route = nullptr;
    const ParsedUpstreamHost *upstreamHost = nullptr;
    const UpstreamHostFacts *upstreamFacts = nullptr;

    // "web1 (10.0.0.4)": this machine as the upstream sees it.
    QString nginxHost() const
    {
        const QString name = utf8Text(facts.hostName.stdOut).trimmed();
        const QString source = route ? route->source : QString();
        if (name.isEmpty())
            return source.isEmpty() ? RemoteUpstreamJudge::tr("the nginx host")
                                    : RemoteUpstreamJudge::tr("the nginx host (%1)").arg(source);
        return source.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, source);
    }
    QString upstreamName() const { return upstreamHost ? upstreamHost->name : address; }
    bool hostAnswers() const
    {
        if (!hostProbe)
            return false;
        using O = EndpointProbe::Outcome;
        return hostProbe->outcome == O::Connected || hostProbe->outcome == O::Answered ||
               hostProbe->outcome == O::Refused || hostProbe->outcome == O::Closed ||
               hostProbe->outcome == O::Reset;
    }
    QList<Evidence> nginxSideEvidence() const
    {
        QList<Evidence> out;
        if (probe)
            out << EvidenceOf::command(probe->command, QStringLiteral("connect"),
                                       probe->evidence.isEmpty() ? endpoint : probe->evidence);
        if (hostProbe)
            out << EvidenceOf::command(hostProbe->command, QStringLiteral("connect"),
                                       hostProbe->outcome == EndpointProbe::Outcome::Connected
                                           ? RemoteUpstreamJudge::tr("%1:22 accepts connections").arg(address)
                                           : hostProbe->evidence);
        if (route)
            out << EvidenceOf::command(facts.routes.value(address), QStringLiteral("ip route"), route->line);
        return out;
    }
    // Evidence from the upstream's host: its command, and that it ran there.
    Evidence onHost(Evidence e) const
    {
        e.command = RemoteUpstreamJudge::tr("%1 (on %2)").arg(e.command, upstreamName());
        return e;
    }
};

namespace {

QString owner(const Listener &l)
{
    const QString names = l.processNames();
    return names.isEmpty() ? RemoteUpstreamJudge::tr("a process") : names.section(QLatin1Char(' '), 0, 0);
}

Finding withSteps(Finding f)
{
    f.step = causeStep(f.cause);
    f.remedyStep = causeRemedyStep(f.cause);
    return f;
}

} // namespace

UpstreamAddressJudge::Verdict RemoteUpstreamJudge::judge(const Facts &facts, const ParsedFacts &parsed,
                                                         const QString &endpoint, const QString &host,
                                                         quint16 port, const QString &label)
{
    UpstreamAddressJudge::Verdict verdict;
    const QStringList addresses = parsed.remoteAddressesOf(host);
    if (addresses.isEmpty())
        return verdict;
    Context c{facts, parsed, endpoint, host, port, label, addresses.first()};
    // Pointers into the (const) maps: find, never operator[], which would copy.
    for (const QString &key : {endpoint, label, ProbeCommands::endpoint(c.address, port)}) {
        if (const auto p = parsed.probes.constFind(key); !c.probe && p != parsed.probes.constEnd())
            c.probe = &*p;
    }
    if (const auto s = parsed.hostProbes.constFind(c.address); s != parsed.hostProbes.constEnd())
        c.hostProbe = &*s;
    if (const auto r = parsed.routes.constFind(c.address); r != parsed.routes.constEnd())
        c.route = &*r;
    c.upstreamHost = parsed.upstreamHostFor(host);
    if (c.upstreamHost) {
        const auto u = facts.upstreamHosts.constFind(c.upstreamHost->address);
        if (u == facts.upstreamHosts.constEnd())
            c.upstreamHost = nullptr;
        else
            c.upstreamFacts = &*u;
    }

    std::optional<Finding> f = onTheUpstreamHost(c);
    if (!f)
        f = fromNginxSide(c);
    if (f) {
        f->upstream = label;
        verdict.finding = withSteps(*f);
    } else if (c.probe && c.probe->reachable()) {
        verdict.listeningNow = true;
    }
    return verdict;
}

// With a login on the upstream's host: what listens there on the port, on which
// address, and whether its firewall lets the port in.
std::optional<Finding> RemoteUpstreamJudge::onTheUpstreamHost(const Context &c)
{
    const ParsedUpstreamHost *u = c.upstreamHost;
    if (!u || u->connectError || !u->listenersKnown)
        return std::nullopt;
    const CommandResult &ss = c.upstreamFacts->ssTcp;
    const TcpTargetMatch match = u->listeners.matchTcp(c.address, c.port);
    const auto listening = std::find_if(match.endpoints.begin(), match.endpoints.end(),
                                        [](const EndpointMatch &e) { return e.listening(); });
    if (listening != match.endpoints.end())
        return listensThere(c, listening->listeners.first());
    const QList<Listener> other = u->listeners.samePortOtherAddress(c.address, c.port);
    if (!other.isEmpty()) {
        const Listener &l = other.first();
        FindingBuilder f(Cause::WrongUpstreamAddress);
        f.severity(Severity::Critical)
            .confidence(0.9)
            .summary(tr("%1 listens on %2:%3 on %4, so connections from %5 to %6:%3 are refused: bind it to "
                        "0.0.0.0:%3 or to %4's address %6, and allow port %3 from %5.")
                         .arg(owner(l), l.address)
                         .arg(c.port)
                         .arg(c.upstreamName(), c.nginxHost(), c.address))
            .evidence(c.onHost(EvidenceOf::listener(l, ss)))
            .evidence(c.nginxSideEvidence())
            .remedy(tr("On %1, make the application listen on 0.0.0.0:%2 (or %3:%2) instead of %4:%2 (its "
                       "bind / listen setting), restart it, and let port %2 in from %5 in %1's firewall.")
                        .arg(c.upstreamName())
                        .arg(c.port)
                        .arg(c.address, l.address, c.nginxHost()))
            .fixInApp();
        return f.build();
    }
    return FindingBuilder(Cause::UpstreamDown)
        .severity(Severity::Critical)
        .confidence(0.9)
        .summary(
            tr("Nothing listens on port %1 on %2 (ss there lists no socket on that port): the application "
               "is not running on %2, so connections from %3 are refused.")
                .arg(c.port)
                .arg(c.upstreamName(), c.nginxHost()))
        .evidence(c.onHost(EvidenceOf::command(
            ss, QStringLiteral("ss"), tr("no TCP listener on port %1").arg(c.port), QString::number(c.port))))
        .evidence(c.nginxSideEvidence())
        .remedy(tr("Start the application on %1 (port %2) and make sure it stays up.")
                    .arg(c.upstreamName())
                    .arg(c.port))
        .build();
}

// It listens for the upstream address: if nginx still cannot connect, a firewall
// (on that host, or between the hosts) is why.
std::optional<Finding> RemoteUpstreamJudge::listensThere(const Context &c, const Listener &l)
{
    const CommandResult &ss = c.upstreamFacts->ssTcp;
    if (c.probe && c.probe->reachable())
        return std::nullopt;
    if (std::optional<Finding> blocked = firewallOnTheHost(c, owner(l)))
        return blocked;
    if (!c.probe)
        return std::nullopt;
    // It listens for the address and its own rules let the port in, yet nginx's
    // connects fail: something between the hosts.
    return FindingBuilder(Cause::FirewallBlocked)
        .severity(Severity::Critical)
        .confidence(0.8)
        .summary(tr("%1 listens on %2:%3 on %4 and %4's own firewall lets port %3 in, yet connections "
                    "from %5 fail (%6): a firewall or cloud security group between the hosts blocks "
                    "them.")
                     .arg(owner(l), l.address)
                     .arg(c.port)
                     .arg(c.upstreamName(), c.nginxHost(), c.probe->evidence))
        .evidence(c.onHost(EvidenceOf::listener(l, ss)))
        .evidence(c.nginxSideEvidence())
        .remedy(tr("Allow TCP port %1 from %2 to %3 in the firewall or security group between the hosts.")
                    .arg(c.port)
                    .arg(c.nginxHost(), c.address))
        .build();
}

// The upstream host's input rules for the port; with an exact rule to let nginx in.
std::optional<Finding> RemoteUpstreamJudge::firewallOnTheHost(const Context &c, const QString &owner)
{
    const ParsedUpstreamHost *u = c.upstreamHost;
    const FirewallVerdict nft = FirewallState::assessIncoming(u->nft, c.port);
    const FirewallVerdict ipt = FirewallState::assessIncoming(u->iptables, c.port);
    const FirewallVerdict &v = nft.answer == FirewallVerdict::Answer::Yes ? nft : ipt;
    if (v.answer != FirewallVerdict::Answer::Yes)
        return std::nullopt;
    const CommandResult &command =
        v.tool == QLatin1String("nft") ? c.upstreamFacts->nft : c.upstreamFacts->iptables;
    const QString source = c.route ? c.route->source : QString();
    FindingBuilder f(Cause::FirewallBlocked);
    f.severity(Severity::Critical)
        .confidence(0.9)
        .summary((v.rejects
                      ? tr("%1 on %2 rejects connections to port %3 (%4), so nginx's connections from %5 are "
                           "refused although %6 listens there.")
                      : tr("%1 on %2 silently drops connections to port %3 (%4), so nginx's connections "
                           "from %5 time out although %6 listens there."))
                     .arg(v.tool, c.upstreamName())
                     .arg(c.port)
                     .arg(v.evidence.value(0), c.nginxHost(), owner));
    for (const QString &line : v.evidence)
        f.evidence(c.onHost(EvidenceOf::command(command, v.tool, line)));
    f.evidence(c.nginxSideEvidence());
    const bool v6 = source.contains(QLatin1Char(':'));
    if (!source.isEmpty() && v.tool == QLatin1String("nft")) {
        QStringList argv{QStringLiteral("nft"), QStringLiteral("insert"), QStringLiteral("rule")};
        argv << v.chain.split(QLatin1Char(' ')) << (v6 ? QStringLiteral("ip6") : QStringLiteral("ip"))
             << QStringLiteral("saddr") << source << QStringLiteral("tcp") << QStringLiteral("dport")
             << QString::number(c.port) << QStringLiteral("accept");
        f.action(FixAction::command(
            argv, true, FixAction::Host::Upstream,
            tr("let port %1 in from %2, before the rule that blocks it").arg(c.port).arg(source)));
    } else if (!source.isEmpty()) {
        f.action(FixAction::command(
            {v6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables"), QStringLiteral("-I"), v.chain,
             QStringLiteral("-s"), source, QStringLiteral("-p"), QStringLiteral("tcp"),
             QStringLiteral("--dport"), QString::number(c.port), QStringLiteral("-j"),
             QStringLiteral("ACCEPT")},
            true, FixAction::Host::Upstream,
            tr("let port %1 in from %2, before the rule that blocks it").arg(c.port).arg(source)));
    }
    f.remedy(tr("Allow TCP port %1 from %2 in %3's firewall (and make the rule permanent the way %3's "
                "firewall is managed).")
                 .arg(c.port)
                 .arg(c.nginxHost(), c.upstreamName()));
    return f.build();
}

// Only nginx's side: the route, the port's connect, the host's SSH port.
std::optional<Finding> RemoteUpstreamJudge::fromNginxSide(const Context &c)
{
    const QString hint = tr(" To see which, look on that host (gateway-doctor diagnose --upstream-host "
                            "%1=[user@]host, or \"Check the upstream's host too\" in the wizard).")
                             .arg(c.address);
    const QString login = c.upstreamHost && c.upstreamHost->connectError
                              ? tr(" Logging in to %1 failed as well: %2")
                                    .arg(c.upstreamHost->machine, c.upstreamHost->connectError.message())
                              : QString();
    if (c.route && c.route->kind == Route::Kind::Unreachable)
        return FindingBuilder(Cause::WrongUpstreamAddress)
            .severity(Severity::Critical)
            .confidence(0.75)
            .summary(tr("This host has no route to %1 (%2): the upstream address is wrong, or the network "
                        "between the hosts is not set up.")
                         .arg(c.address, c.route->line))
            .evidence(c.nginxSideEvidence())
            .remedy(tr("Check the address in nginx's configuration and the routes (ip route) towards %1.")
                        .arg(c.address))
            .build();
    if (!c.probe)
        return std::nullopt;
    using O = EndpointProbe::Outcome;
    switch (c.probe->outcome) {
    case O::Refused:
        return refusedByLiveHost(c, login.isEmpty() ? hint : login);
    case O::Timeout:
        return timedOut(c, login.isEmpty() ? hint : login, login);
    case O::NoRoute:
        return noRoute(c, login);
    default:
        return std::nullopt;
    }
}

// The port refuses: something on that host answered, so it is up.
Finding RemoteUpstreamJudge::refusedByLiveHost(const Context &c, const QString &next)
{
    return FindingBuilder(Cause::UpstreamDown)
        .severity(Severity::Critical)
        .confidence(0.6)
        .summary(tr("%1 refuses connections to port %2, so the host is up (it answered), but nothing "
                    "accepts connections on %1:%2 there: the application is down, listens only on "
                    "127.0.0.1 or another address, or a firewall there rejects the port. nginx's host "
                    "cannot see which.%3")
                     .arg(c.address)
                     .arg(c.port)
                     .arg(next))
        .evidence(c.nginxSideEvidence())
        .remedy(tr("On %1: start the application, make it listen on %1:%2 or 0.0.0.0:%2 (not "
                   "127.0.0.1), and let port %2 in from this host.")
                    .arg(c.address)
                    .arg(c.port))
        .build();
}

// No answer at all on the port: dropped, by a firewall if the host itself answers.
Finding RemoteUpstreamJudge::timedOut(const Context &c, const QString &next, const QString &login)
{
    if (c.hostAnswers())
        return FindingBuilder(Cause::FirewallBlocked)
            .severity(Severity::Critical)
            .confidence(0.8)
            .summary(tr("%1 is up (its port 22 answers), but connections to port %2 get no answer at all: "
                        "a firewall or security group drops them silently, on %1 or between the hosts. "
                        "nginx waits for proxy_connect_timeout and answers 504.%3")
                         .arg(c.address)
                         .arg(c.port)
                         .arg(next))
            .evidence(c.nginxSideEvidence())
            .remedy(tr("Allow TCP port %1 from this host to %2 in %2's firewall and any security group "
                       "or firewall between the hosts.")
                        .arg(c.port)
                        .arg(c.address))
            .build();
    return FindingBuilder(Cause::FirewallBlocked)
        .severity(Severity::Critical)
        .confidence(0.55)
        .summary(tr("Neither port %2 nor port 22 of %1 answers: a firewall drops everything to %1, or the "
                    "host is down.%3")
                     .arg(c.address)
                     .arg(c.port)
                     .arg(login))
        .evidence(c.nginxSideEvidence())
        .remedy(tr("Check that %1 is up, then the firewalls and security groups between this host and "
                   "it.")
                    .arg(c.address))
        .build();
}

// "No route to host": an ICMP rejection if the host answers elsewhere, else the
// host is not there (ARP gets no answer, or a router says so).
Finding RemoteUpstreamJudge::noRoute(const Context &c, const QString &login)
{
    if (c.hostAnswers())
        return FindingBuilder(Cause::FirewallBlocked)
            .severity(Severity::Critical)
            .confidence(0.75)
            .summary(tr("%1 is up (its port 22 answers), but connections to port %2 are rejected with "
                        "\"%3\": a firewall rule on the way rejects them.")
                         .arg(c.address)
                         .arg(c.port)
                         .arg(c.probe->evidence))
            .evidence(c.nginxSideEvidence())
            .remedy(tr("Allow TCP port %1 from this host to %2 in the firewalls on the way.")
                        .arg(c.port)
                        .arg(c.address))
            .build();
    return FindingBuilder(Cause::UpstreamDown)
        .severity(Severity::Critical)
        .confidence(0.75)
        .summary(tr("The upstream's host %1 cannot be reached at all (\"%2\" on port %3 and on port 22): "
                    "it is down, or not on the network this host can reach.%4")
                     .arg(c.address, c.probe->evidence)
                     .arg(c.port)
                     .arg(login))
        .evidence(c.nginxSideEvidence())
        .remedy(tr("Bring the host %1 back (power, network link, its address), or point nginx at a "
                   "host that is up.")
                    .arg(c.address))
        .build();
}

QString RemoteUpstreamJudge::connectionSummary(const ParsedFacts &parsed, const QString &endpoint,
                                               const QString &host, quint16 port)
{
    const QStringList addresses = parsed.remoteAddressesOf(host);
    const QString address = addresses.value(0, host);
    QStringList parts;
    if (const auto r = parsed.routes.constFind(address); r != parsed.routes.constEnd())
        parts << (r->kind == Route::Kind::Unreachable ? tr("no route (%1)").arg(r->line)
                  : r->gateway.isEmpty()              ? tr("route via %1").arg(r->device)
                                         : tr("route via %1 through %2").arg(r->device, r->gateway));
    auto outcome = [](const EndpointProbe &p) {
        using O = EndpointProbe::Outcome;
        switch (p.outcome) {
        case O::Answered:
        case O::Connected:
            return tr("accepts connections");
        case O::Refused:
            return tr("refused");
        case O::Timeout:
            return tr("no answer (timed out)");
        case O::NoRoute:
            return tr("unreachable (%1)").arg(p.evidence);
        default:
            return p.evidence;
        }
    };
    if (const auto p = parsed.probes.constFind(endpoint); p != parsed.probes.constEnd())
        parts << tr("port %1: %2").arg(port).arg(outcome(*p));
    if (const auto s = parsed.hostProbes.constFind(address); s != parsed.hostProbes.constEnd())
        parts << tr("port 22: %1").arg(outcome(*s));
    return parts.join(QStringLiteral("; "));
}

} // namespace gd
