// Step 1: is the upstream application running and listening?
#include "app/checks/AppTimeline.h"
#include "app/checks/CheckRegistry.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/RemoteUpstreamJudge.h"
#include "app/checks/UpstreamAddressJudge.h"
#include "app/checks/UpstreamEndpoints.h"
#include "app/config/EffectiveSettings.h"
#include "remote/ByteText.h"

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
    static void appServer(const CheckInput &in, CheckOutput &out);
    static void directProbe(const CheckInput &in, CheckOutput &out);

private:
    static void judgeListening(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                               CheckOutput &out);
    static void onItsHost(const CheckInput &in, const UpstreamEndpoint &e, CheckResult &check,
                          CheckOutput &out);
    static QString outcomeText(const EndpointProbe &p);
    static QString asWhom(const EndpointProbe &p, const QString &worker);
    static QString probeNext(const EndpointProbe &p, const UpstreamEndpoint &e);
    static void judgeSpeed(const CheckInput &in, const UpstreamEndpoint &e, const EndpointProbe &p,
                           CheckResult &check);
};

// How long nginx waits for this upstream's answer: the read timeout of the block
// that passes requests to it, and where that value is set.
struct ReadTimeout
{
    double seconds = 0;
    QString name;  // "proxy_read_timeout"
    QString value; // "1s"
    QString where; // "file:line" or "default"
};

std::optional<ReadTimeout> readTimeoutFor(const Facts &facts, const UpstreamTarget *t)
{
    if (!t || !facts.config)
        return std::nullopt;
    const int index = t->locationIndex >= 0 ? t->locationIndex : t->serverIndex;
    if (index < 0)
        return std::nullopt;
    const QString name = EffectiveSettings::modulePrefix(t->directive) + QStringLiteral("read_timeout");
    const EffectiveSettings settings = EffectiveSettings::of(*facts.config, &facts.config->directive(index));
    const std::optional<NginxDuration> d = settings.duration(name);
    if (!d)
        return std::nullopt;
    const EffectiveSetting s = settings.value(name);
    return ReadTimeout{d->seconds(), name, s.value(), s.where()};
}

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
            check.next = tr("Run ss -tlnp as root (or give the sudo password) and re-run the checks.");
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
            check.next = tr("Make the application listen on %1 too, or name the address it listens on "
                            "instead of %2 in %3.")
                             .arg(missing.join(QStringLiteral(", ")), e.host,
                                  e.target ? e.target->where() : tr("the configuration"));
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
    check.next = e.unixPath.isEmpty()
                     ? tr("Start the application that should listen on %1, then check with ss -tlnp that "
                          "it does.")
                           .arg(e.endpoint)
                     : tr("Start the application that should create %1, then check with ss -xlp that it "
                          "listens there.")
                           .arg(e.unixPath);
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
    if (!f.remedy.isEmpty())
        check.next = f.remedy;
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
            if (check.status != CheckStatus::Pass)
                check.next = tr("Read why with systemctl status %1 and journalctl -u %1, then restart it "
                                "with systemctl restart %1.")
                                 .arg(unit);
            out.add(check);
            break;
        }
    }
}

// What the program behind each upstream socket is, what it was told (its own limits)
// and where its own log is: the app's side of every later step.
void UpstreamChecks::appServer(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        const ParsedAppServer *a = AppTimeline::serverFor(in.parsed, e.endpoint);
        if (!a)
            continue;
        CheckResult check;
        check.id = QStringLiteral("upstream.app_server");
        check.title = tr("%1 is served by %2").arg(e.endpoint, a->label());
        const AppServerFacts raw = in.facts.appServers.value(QString::number(a->pid));
        for (const CommandResult *r : {&raw.cmdline, &raw.links, &raw.environ}) {
            if (r->ran())
                check.commands << CommandRecord::of(*r, 2000);
        }
        QStringList rows;
        const QString command = a->settings.argv.join(QLatin1Char(' '));
        if (!command.isEmpty()) {
            rows << tr("Runs: %1").arg(command.left(300));
            check.evidence << EvidenceOf::command(raw.cmdline.ran() ? raw.cmdline : in.facts.processes,
                                                  QStringLiteral("cmdline"), command.left(300));
        }
        if (!a->links.exe.isEmpty())
            rows << tr("Binary: %1").arg(a->links.exe);
        if (a->unit.isEmpty()) {
            // Who started it, then: a shell, a supervisor, a container's init.
            const ProcessInfo *self = in.parsed.processes ? in.parsed.processes->byPid(a->pid) : nullptr;
            const ProcessInfo *parent =
                self && in.parsed.processes ? in.parsed.processes->byPid(self->ppid) : nullptr;
            rows << (parent ? tr("Not a systemd service; started by pid %1: %2")
                                  .arg(parent->pid)
                                  .arg(parent->args.left(160))
                            : tr("Not a systemd service."));
        } else {
            const QString file =
                in.parsed.units.value(a->unit).properties.value(QStringLiteral("FragmentPath"));
            rows << (file.isEmpty()
                         ? tr("Service: %1").arg(a->unit)
                         : tr("Service: %1 (%2: its ExecStart holds the command line)").arg(a->unit, file));
        }
        QStringList limits;
        if (const QString limit = AppTimeline::limitText(a->settings); !limit.isEmpty())
            limits << limit;
        if (a->settings.keepAlive)
            limits << tr("%1's %2 (%3 s, %4)")
                          .arg(a->settings.name, a->settings.keepAliveOption(), a->settings.keepAlive->text,
                               a->settings.keepAlive->source);
        if (!a->settings.workerClass.isEmpty())
            limits << tr("worker class %1").arg(a->settings.workerClass);
        if (!limits.isEmpty())
            rows << tr("Its own limits: %1").arg(limits.join(QStringLiteral("; ")));
        check.status = CheckStatus::Pass;
        if (a->log.kind == AppLogLocation::Kind::None) {
            check.status = CheckStatus::Warn;
            rows << tr("Its own log: none found (%1).").arg(a->log.how);
            check.next = AppLogLocation::howToMakeOne(a->settings);
        } else if (!a->logProblem.isEmpty()) {
            check.status = CheckStatus::Warn;
            rows << tr("Its own log: %1, %2, could not be read: %3")
                        .arg(a->log.path, a->log.how, a->logProblem);
            check.next = tr("Give the sudo password (or run as root) so that its log can be read.");
        } else {
            rows << tr("Its own log: %1, %2.").arg(a->log.path, a->log.how);
        }
        check.explanation = rows.join(QLatin1Char('\n'));
        out.add(check);
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
        // Connected, then no answer within the probe's time, or the connection dropped:
        // running and listening (this step's question), but not well.
        if ((p.outcome == EndpointProbe::Outcome::Timeout && p.connectSeconds > 0) ||
            p.outcome == EndpointProbe::Outcome::Closed || p.outcome == EndpointProbe::Outcome::Reset ||
            (p.outcome == EndpointProbe::Outcome::Error && p.connectSeconds > 0))
            check.status = CheckStatus::Warn;
        check.explanation = tr("%1 %2.").arg(e.endpoint, outcomeText(p)) + asWhom(p, in.parsed.workerUser);
        if (check.status != CheckStatus::Pass)
            check.next = probeNext(p, e);
        if (!p.evidence.isEmpty() && p.evidence != utf8Text(p.command.stdOut).trimmed())
            check.evidence << EvidenceOf::command(p.command, QStringLiteral("curl"), p.evidence);
        judgeSpeed(in, e, p, check);
        out.add(check);
    }
}

// A running upstream that answers after nginx gave up is not healthy for nginx:
// the answer's time (the failing URL's own request when it was sent, else the
// direct probe) against the read timeout of the block that passes to it.
void UpstreamChecks::judgeSpeed(const CheckInput &in, const UpstreamEndpoint &e, const EndpointProbe &p,
                                CheckResult &check)
{
    const std::optional<ReadTimeout> limit = readTimeoutFor(in.facts, e.target);
    if (!limit || limit->seconds <= 0)
        return;
    const auto found = in.parsed.urlProbes.constFind(e.endpoint);
    const EndpointProbe *url = found != in.parsed.urlProbes.constEnd() ? &found.value() : nullptr;
    double took = 0;
    QString what;
    if (url && url->outcome == EndpointProbe::Outcome::Answered) {
        took = url->firstByteSeconds > 0 ? url->firstByteSeconds : url->seconds;
        what = tr("The failing URL, sent straight to it, got HTTP %1 after %2 s")
                   .arg(url->httpCode)
                   .arg(took, 0, 'f', 1);
    } else if (p.outcome == EndpointProbe::Outcome::Answered) {
        took = p.firstByteSeconds > 0 ? p.firstByteSeconds : p.seconds;
        what = tr("It answered after %1 s").arg(took, 0, 'f', 1);
    } else if (p.outcome == EndpointProbe::Outcome::Connected && p.connectSeconds > 0) {
        took = p.seconds; // curl connected, then gave up waiting for the answer
        what = tr("It sent nothing back within %1 s").arg(took, 0, 'f', 1);
    }
    if (took < limit->seconds)
        return;
    if (url && url->outcome == EndpointProbe::Outcome::Answered)
        check.commands << CommandRecord::of(url->command, 2000);
    check.status = worse(check.status, CheckStatus::Warn);
    check.explanation +=
        QLatin1Char('\n') +
        tr("%1, but nginx waits only %2 for an answer (%3 %4, %5): nginx gives up first "
           "and answers 504.")
            .arg(what, NginxDuration::fromMilliseconds(qint64(limit->seconds * 1000)).toString(), limit->name,
                 limit->value, limit->where);
    check.next = tr("Find out why the application takes %1 s (its own logs, a slow query), or let nginx wait "
                    "longer: raise %2 (now %3, %4) above that time; step 5 shows the values and applies the "
                    "change.")
                     .arg(took, 0, 'f', 1)
                     .arg(limit->name, limit->value, limit->where);
}

// What to do about a direct request that did not get through.
QString UpstreamChecks::probeNext(const EndpointProbe &p, const UpstreamEndpoint &e)
{
    const QString command = p.command.commandLine.section(QStringLiteral(" -w "), 0, 0);
    switch (p.outcome) {
    case EndpointProbe::Outcome::WrongProtocol:
        return tr("Point nginx at it with the directive for the protocol it speaks (fastcgi_pass for "
                  "PHP-FPM, "
                  "proxy_pass for HTTP) in %1.")
            .arg(e.target ? e.target->where() : tr("the configuration"));
    case EndpointProbe::Outcome::Refused:
    case EndpointProbe::Outcome::Missing:
        return tr("Nothing answers on %1: start the application there (systemctl start with its unit, or its "
                  "own start command), or point nginx where it listens (the check above says whether "
                  "something "
                  "listens nearby).")
            .arg(e.endpoint);
    case EndpointProbe::Outcome::Timeout:
        return p.connectSeconds > 0
                   ? tr("The application accepts connections but is slow or stuck: look at its own logs, and "
                        "compare with the read timeout in step 5.")
                   : tr("Nothing answers the connection: check the host and its firewall (step 3), e.g. with "
                        "%1.")
                         .arg(command);
    case EndpointProbe::Outcome::PermissionDenied:
        return tr("Let nginx's worker user reach %1: step 3 shows what stands in the way.").arg(e.endpoint);
    case EndpointProbe::Outcome::Closed:
    case EndpointProbe::Outcome::Reset:
        return tr("The application drops the request: read its own log and journalctl for a crash at that "
                  "time, then retry with %1.")
            .arg(command);
    case EndpointProbe::Outcome::NoRoute:
    case EndpointProbe::Outcome::DnsFailure:
        return tr("Step 3 shows why %1 is out of reach (name resolution, route, firewall).").arg(e.endpoint);
    case EndpointProbe::Outcome::Answered:
    case EndpointProbe::Outcome::Connected:
    case EndpointProbe::Outcome::Error:
        break;
    }
    return tr("Run %1 yourself and read its output.").arg(command);
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
        if (p.connectSeconds > 0)
            return tr("answers HTTP %1: connects in %2 ms, the first byte of the answer after %3 s")
                .arg(p.httpCode)
                .arg(p.connectSeconds * 1000, 0, 'f', 1)
                .arg(p.firstByteSeconds > 0 ? p.firstByteSeconds : p.seconds, 0, 'f', 3);
        return tr("answers HTTP %1 in %2 s").arg(p.httpCode).arg(p.seconds, 0, 'f', 3);
    case EndpointProbe::Outcome::WrongProtocol:
        return tr("accepts connections but %1").arg(p.evidence);
    case EndpointProbe::Outcome::Connected:
        if (p.connectSeconds > 0 && p.seconds > 0)
            return tr("accepts the connection (in %1 ms) but sends nothing back within %2 s")
                .arg(p.connectSeconds * 1000, 0, 'f', 1)
                .arg(p.seconds, 0, 'f', 1);
        return tr("accepts connections");
    case EndpointProbe::Outcome::Refused:
        return tr("refuses connections (nothing listening)");
    case EndpointProbe::Outcome::Timeout:
        if (p.connectSeconds > 0)
            return tr("accepts the connection (in %1 ms) but sends nothing back within %2 s")
                .arg(p.connectSeconds * 1000, 0, 'f', 1)
                .arg(p.seconds, 0, 'f', 1);
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
        if (p.connectSeconds > 0)
            return tr("accepts the connection (in %1 ms), but its answer breaks the request: %2")
                .arg(p.connectSeconds * 1000, 0, 'f', 1)
                .arg(p.evidence);
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
        {"upstream.app_server", 1,
         QT_TRANSLATE_NOOP("gd::Check", "The app server behind the upstream: its limits and its log"),
         FactNeed::Sockets | FactNeed::Processes | FactNeed::Units, &UpstreamChecks::appServer},
        {"upstream.probe", 1, QT_TRANSLATE_NOOP("gd::Check", "The upstream answers a direct request"),
         FactNeed::Config | FactNeed::DirectProbes, &UpstreamChecks::directProbe},
    };
    return table;
}

} // namespace gd
