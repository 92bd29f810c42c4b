// Step 1: is the upstream application running and listening?
#include "app/checks/CheckRegistry.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/RemoteUpstreamJudge.h"
#include "app/checks/UpstreamAddressJudge.h"
#include "app/checks/UpstreamEndpoints.h"

#include <QCoreApplication>

#include <algorithm>

namespace gd {

namespace {

class UpstreamChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::UpstreamChecks)
public:
    static void listening(const CheckInput &in, CheckOutput &out);
    static void service(const CheckInput &in, CheckOutput &out);
    static void directProbe(const CheckInput &in, CheckOutput &out);

private:
    static void judgeListening(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                               CheckOutput &out);
    static void onItsHost(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                          CheckOutput &out);
    static QString outcomeText(const EndpointProbe &p);
    static QString asWhom(const EndpointProbe &p, const QString &worker);
};

// Something accepts connections where nginx sends them; if not, why (down, or
// the wrong address: UpstreamAddressJudge).
void UpstreamChecks::listening(const CheckInput &in, CheckOutput &out)
{
    const QList<UpstreamEndpoint> endpoints = upstreamEndpoints(in.facts);
    if (endpoints.isEmpty()) {
        CheckResult none;
        none.id = QStringLiteral("upstream.listening");
        none.title = tr("Upstreams");
        none.status = CheckStatus::Skipped;
        none.explanation = in.facts.config
                               ? tr("The configuration has no upstream with a fixed address.")
                               : tr("The configuration could not be read, so its upstreams are unknown.");
        out.add(none);
        return;
    }
    for (const UpstreamEndpoint &e : endpoints) {
        CheckResult check;
        check.id = QStringLiteral("upstream.listening");
        check.title = tr("Something listens on %1").arg(e.endpoint);
        if (e.unixPath.isEmpty() && in.parsed.isRemote(e.host)) {
            onItsHost(in, e, check, out);
            out.add(check);
            continue;
        }
        check.commands << CommandRecord::of(e.unixPath.isEmpty() ? in.facts.ssTcp : in.facts.ssUnix, 3000);
        if (!in.parsed.listenersKnown) {
            check.status = CheckStatus::Error;
            check.explanation = tr("Could not list listening sockets: %1").arg(in.parsed.listenersProblem);
        } else {
            judgeListening(in, e, check, out);
        }
        out.add(check);
    }
}

void UpstreamChecks::judgeListening(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                                    CheckOutput &out)
{
    QList<Listener> found;
    if (!e.unixPath.isEmpty()) {
        found = in.parsed.listeners.unixListeners(e.unixPath);
    } else {
        const TcpTargetMatch m = in.parsed.listeners.matchTcp(e.host, e.port, in.parsed.addressesOf(e.host));
        for (const EndpointMatch &em : m.endpoints)
            found += em.listeners;
        if (m.anyListening() && !m.allListening()) {
            QStringList missing;
            for (const EndpointMatch &em : m.endpoints) {
                if (!em.listening())
                    missing << em.address;
            }
            check.status = CheckStatus::Warn;
            check.explanation = tr("Listening on some of %1's addresses, not on %2.")
                                    .arg(e.endpoint, missing.join(QStringLiteral(", ")));
        }
    }
    const CommandResult &ss = e.unixPath.isEmpty() ? in.facts.ssTcp : in.facts.ssUnix;
    for (const Listener &l : found)
        check.evidence << EvidenceOf::listener(l, ss);
    if (check.status != CheckStatus::Skipped)
        return;
    if (!found.isEmpty()) {
        check.status = CheckStatus::Pass;
        const QString who = found.first().processNames();
        check.explanation = who.isEmpty() ? tr("%1 is listening.").arg(e.endpoint)
                                          : tr("%1 is listening: %2.").arg(e.endpoint, who);
        return;
    }
    check.status = CheckStatus::Fail;
    check.explanation = tr("Nothing listens on %1.").arg(e.endpoint);
    const UpstreamAddressJudge::Verdict v =
        UpstreamAddressJudge::judge(in.facts, in.parsed, e.endpoint, e.label);
    if (!v.finding)
        return;
    Finding f = *v.finding;
    f.confidence -= 0.1; // without a log line the failure may not be what clients hit
    if (e.target)
        f.evidence.prepend(EvidenceOf::configLine(in.facts, e.target->file, e.target->line));
    if (e.target && f.evidence.first().excerpt.isEmpty())
        f.evidence.first().excerpt = e.target->value;
    check.explanation = f.summary;
    out.add(f);
}

// An upstream on another host: this machine's sockets say nothing about it. With a
// login there (--upstream-host), what listens on the port there and who owns it.
void UpstreamChecks::onItsHost(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                               CheckOutput &out)
{
    const ParsedUpstreamHost *u = in.parsed.upstreamHostFor(e.host);
    if (!u) {
        check.status = CheckStatus::Skipped;
        check.explanation =
            tr("%1 is on another host: this machine's sockets say nothing about it, so step 3 tests the "
               "connection from here. To look on that host, add --upstream-host %2=[user@]host (or \"Check "
               "the "
               "upstream's host too\" in the wizard).")
                .arg(e.endpoint, in.parsed.remoteAddressesOf(e.host).value(0, e.host));
        return;
    }
    const auto hostFacts = in.facts.upstreamHosts.constFind(u->address);
    if (hostFacts == in.facts.upstreamHosts.constEnd())
        return;
    for (const CommandResult &r : hostFacts->transcript)
        check.commands << CommandRecord::of(r, 3000);
    if (u->connectError) {
        check.status = CheckStatus::Error;
        check.explanation = tr("Could not log in to %1: %2").arg(u->machine, u->connectError.message());
        return;
    }
    if (!u->listenersKnown) {
        check.status = CheckStatus::Error;
        check.explanation =
            tr("Could not list listening sockets on %1: %2").arg(u->name, u->listenersProblem);
        return;
    }
    const QString address = in.parsed.remoteAddressesOf(e.host).value(0);
    const TcpTargetMatch m = u->listeners.matchTcp(address, e.port);
    const CommandResult &ss = hostFacts->ssTcp;
    const auto listening = std::find_if(m.endpoints.begin(), m.endpoints.end(),
                                        [](const EndpointMatch &em) { return em.listening(); });
    if (listening != m.endpoints.end()) {
        const Listener &l = listening->listeners.first();
        Evidence ev = EvidenceOf::listener(l, ss);
        ev.command = tr("%1 (on %2)").arg(ev.command, u->name);
        check.evidence << ev;
        check.status = CheckStatus::Pass;
        const QString unit = l.processes.isEmpty() ? QString() : u->unitOfPid.value(l.processes.first().pid);
        check.explanation =
            tr("On %1, %2 listens on %3:%4%5.")
                .arg(u->name, l.processNames().isEmpty() ? tr("a process") : l.processNames(), l.address)
                .arg(e.port)
                .arg(unit.isEmpty()            ? QString()
                     : u->units.contains(unit) ? tr(" (%1, %2)").arg(unit, u->units.value(unit).activeState)
                                               : tr(" (%1)").arg(unit));
        // Whether it is reachable from here is step 3's question (the firewall).
        const UpstreamAddressJudge::Verdict v =
            RemoteUpstreamJudge::judge(in.facts, in.parsed, e.endpoint, e.host, e.port, e.label);
        if (v.finding)
            out.add(*v.finding);
        return;
    }
    check.status = CheckStatus::Fail;
    const UpstreamAddressJudge::Verdict v =
        RemoteUpstreamJudge::judge(in.facts, in.parsed, e.endpoint, e.host, e.port, e.label);
    check.explanation =
        v.finding ? v.finding->summary : tr("Nothing listens on port %1 on %2.").arg(e.port).arg(u->name);
    if (v.finding) {
        check.evidence << v.finding->evidence.value(0);
        out.add(*v.finding);
    }
}

// The systemd service that owns the upstream's socket, and whether it is healthy.
void UpstreamChecks::service(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (e.unixPath.isEmpty() && in.parsed.isRemote(e.host))
            continue; // its socket is on another host (upstream.listening looks there)
        for (const Listener &l : in.parsed.listeners.listeners()) {
            const bool same = e.unixPath.isEmpty() ? (l.port == e.port && l.kind == Listener::Kind::Tcp)
                                                   : l.path == e.unixPath;
            if (!same || l.processes.isEmpty())
                continue;
            const QString unit = in.parsed.unitOfPid.value(l.processes.first().pid);
            if (unit.isEmpty() || !in.parsed.units.contains(unit))
                break;
            const SystemdUnit &u = in.parsed.units.value(unit);
            CheckResult check;
            check.id = QStringLiteral("upstream.service");
            check.title = tr("Service %1").arg(unit);
            check.status = u.isCrashLooping() || u.hasFailed() ? CheckStatus::Fail
                           : u.isRunning()                     ? CheckStatus::Pass
                                                               : CheckStatus::Warn;
            check.explanation =
                tr("%1 is %2 (%3)%4.")
                    .arg(unit, u.activeState, u.subState,
                         u.nRestarts ? tr(", restarted %1 times").arg(*u.nRestarts) : QString());
            check.commands << CommandRecord::of(in.facts.units.value(unit));
            out.add(check);
            break;
        }
    }
}

// A request straight to the upstream, bypassing nginx.
void UpstreamChecks::directProbe(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (!in.facts.directProbes.contains(e.endpoint))
            continue;
        const EndpointProbe &p = in.parsed.probes.value(e.endpoint);
        CheckResult check;
        check.id = QStringLiteral("upstream.probe");
        check.title = tr("%1 answers a direct request").arg(e.endpoint);
        check.commands << CommandRecord::of(p.command, 2000);
        check.status = p.outcome == EndpointProbe::Outcome::WrongProtocol ? CheckStatus::Warn
                       : p.reachable()                                    ? CheckStatus::Pass
                                                                          : CheckStatus::Fail;
        check.explanation = tr("%1 %2.").arg(e.endpoint, outcomeText(p)) + asWhom(p, in.parsed.workerUser);
        if (!p.evidence.isEmpty())
            check.evidence << EvidenceOf::command(p.command, QStringLiteral("curl"), p.evidence);
        out.add(check);
    }
}

// Who asked: a probe as root passes where nginx's workers may be refused.
QString UpstreamChecks::asWhom(const EndpointProbe &p, const QString &worker)
{
    if (p.asUser.isEmpty())
        return QString();
    if (worker.isEmpty() || p.asUser == worker)
        return tr(" Asked as %1%2.")
            .arg(p.asUser, worker.isEmpty() ? QString() : tr(", the user nginx's workers run as"));
    return tr(" Asked as %1, not as %2 (nginx's workers), whose access may differ.").arg(p.asUser, worker);
}

QString UpstreamChecks::outcomeText(const EndpointProbe &p)
{
    switch (p.outcome) {
    case EndpointProbe::Outcome::Answered:
        if (p.fastCgi)
            return tr("answers a FastCGI request (%1)").arg(p.evidence);
        return tr("answers HTTP %1 in %2 s").arg(p.httpCode).arg(p.seconds, 0, 'f', 3);
    case EndpointProbe::Outcome::WrongProtocol:
        return tr("accepts connections but %1").arg(p.evidence);
    case EndpointProbe::Outcome::Connected:
        return tr("accepts connections");
    case EndpointProbe::Outcome::Refused:
        return tr("refuses connections (nothing listening)");
    case EndpointProbe::Outcome::Timeout:
        return tr("does not answer (connection timed out)");
    case EndpointProbe::Outcome::NoRoute:
        return tr("is unreachable (no route)");
    case EndpointProbe::Outcome::Missing:
        return tr("socket file does not exist");
    case EndpointProbe::Outcome::PermissionDenied:
        return tr("permission denied");
    case EndpointProbe::Outcome::Closed:
        return p.fastCgi ? tr("accepts connections, then closes them without a FastCGI reply")
                         : tr("closes the connection without answering");
    case EndpointProbe::Outcome::Reset:
        return tr("resets the connection");
    case EndpointProbe::Outcome::DnsFailure:
        return tr("name does not resolve");
    case EndpointProbe::Outcome::Error:
        return tr("probe failed: %1").arg(p.evidence);
    }
    return {};
}

} // namespace

const QList<CheckDef> &CheckRegistry::upstreamChecks()
{
    static const QList<CheckDef> table{
        {"upstream.listening", 1, QT_TRANSLATE_NOOP("gd::Check", "Something listens where nginx connects"),
         FactNeed::Config | FactNeed::Sockets | FactNeed::Dns, &UpstreamChecks::listening},
        {"upstream.service", 1, QT_TRANSLATE_NOOP("gd::Check", "The service that owns the upstream's socket"),
         FactNeed::Sockets | FactNeed::Units, &UpstreamChecks::service},
        {"upstream.probe", 1, QT_TRANSLATE_NOOP("gd::Check", "The upstream answers a direct request"),
         FactNeed::Config | FactNeed::DirectProbes, &UpstreamChecks::directProbe},
    };
    return table;
}

} // namespace gd
