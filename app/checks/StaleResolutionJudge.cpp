#include "app/checks/StaleResolutionJudge.h"

#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/facts/NginxRuntime.h"
#include "app/facts/ProbeCommands.h"
#include "app/logs/ErrorLogLine.h"
#include "app/probes/ConfigLoadTimes.h"
#include "app/probes/IpAddress.h"
#include "remote/ByteText.h"

#include <QSet>
#include <QVersionNumber>

namespace gd {

namespace {

const QString kClock = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// "10.0.0.5:8000" / "[::1]:8000" -> address and port; false for sockets and names.
bool splitPeer(const QString &peer, QString *address, quint16 *port)
{
    const int colon = int(peer.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0 || peer.startsWith(QLatin1String("unix:")))
        return false;
    QString host = peer.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    *port = quint16(peer.mid(colon + 1).toUInt(&ok));
    *address = host;
    return ok && *port > 0 && IpAddress::parse(host).has_value();
}

bool sameAddress(const QString &a, const QString &b)
{
    const std::optional<IpAddress> x = IpAddress::parse(a), y = IpAddress::parse(b);
    return x && y ? x->unmapped() == y->unmapped() : a == b;
}

// A name nginx looks up itself when it loads: not an address, not localhost (whose
// two addresses UpstreamAddressJudge knows), not one it resolves at request time.
bool resolvedAtLoad(const QString &host)
{
    return !host.isEmpty() && !IpAddress::parse(host) &&
           host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0;
}

// Which address a name has is step 3's question (names, routes), whatever the cause's
// usual step: the configuration itself is right.
Finding onStep3(Finding f)
{
    f.step = 3;
    return f;
}

} // namespace

QList<StaleResolutionJudge::NamedServer> StaleResolutionJudge::namedServers(const Facts &facts)
{
    QList<NamedServer> out;
    auto add = [&out](NamedServer n) {
        for (NamedServer &known : out) {
            if (known.label == n.label) {
                for (const QString &s : n.serverNames) {
                    if (!known.serverNames.contains(s))
                        known.serverNames << s;
                }
                return;
            }
        }
        out << n;
    };
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (t.kind == UpstreamTarget::Kind::HostPort) {
            // A variable in the value: nginx resolves at request time, with its `resolver`.
            if (t.needsResolver || t.hostIsVariable || t.port == 0 || !resolvedAtLoad(t.host))
                continue;
            add({t.host, t.port, t.endpoint(), t.file, t.line, t.serverNames});
        } else if (t.kind == UpstreamTarget::Kind::UpstreamBlock) {
            const UpstreamBlock *block = facts.targets.blockFor(t);
            if (!block)
                continue;
            for (const UpstreamServer &s : block->servers) {
                // `resolve`: nginx follows the name's changes itself (nginx >= 1.27.3).
                if (s.isUnixSocket() || s.resolve || !resolvedAtLoad(s.host))
                    continue;
                add({s.host, s.port, s.endpoint(), s.file, s.line, t.serverNames});
            }
        }
    }
    return out;
}

std::optional<StaleResolutionJudge::NamedServer>
StaleResolutionJudge::nameFor(const Facts &facts, const ParsedFacts &parsed, const QString &address,
                              quint16 port, const QStringList &sites)
{
    QList<NamedServer> candidates;
    for (const NamedServer &n : namedServers(facts)) {
        if (n.port != port)
            continue;
        const auto answer = parsed.dns.constFind(n.host);
        if (answer == parsed.dns.constEnd() || !answer->found || answer->addresses.isEmpty())
            continue; // unresolved now: connect.dns says so (dns_failure), not this judge
        for (const QString &now : answer->addresses) {
            if (sameAddress(now, address))
                return std::nullopt; // a name on this port still resolves there: not stale
        }
        candidates << n;
    }
    // The sites of the lines (`server:`) pick among names used by several server blocks.
    QList<NamedServer> ofSites;
    for (const NamedServer &n : candidates) {
        if (std::any_of(n.serverNames.begin(), n.serverNames.end(),
                        [&](const QString &s) { return sites.contains(s); }))
            ofSites << n;
    }
    const QList<NamedServer> &pick = ofSites.isEmpty() ? candidates : ofSites;
    QSet<QString> hosts;
    for (const NamedServer &n : pick)
        hosts << n.host.toLower();
    if (hosts.size() != 1)
        return std::nullopt; // none, or which name nginx resolved there is a guess
    return pick.first();
}

std::optional<qint64> StaleResolutionJudge::loadedAtNaive(const Facts &facts)
{
    const ProbeResult<ConfigLoadTimes> times = ConfigLoadTimes::parse(ProbeOutput::from(facts.configTimes));
    if (!times || times->loadedAt <= 0 || times->now <= 0)
        return std::nullopt;
    const QByteArray clock = facts.clock.stdOut.trimmed();
    const std::optional<qint64> naiveNow = ErrorLogLine::naiveTimeAt(clock.constData(), clock.size());
    if (!naiveNow)
        return std::nullopt;
    // The log writes the machine's local time: its offset from UTC, to the quarter hour
    // (the two clocks were read moments apart).
    const qint64 offset = qRound64(double(*naiveNow - times->now) / 900.0) * 900;
    return times->loadedAt + offset;
}

// Whether the lines were written before nginx's last load (so that load resolved the name
// again). The workers' pids in the lines tell best: a line of a worker that serves now is
// this generation's. Else the times: the load time is `date` minus the workers' age in whole
// seconds, so it reads up to a second either way; lines of the previous generation's workers
// up to a second after it are still that generation's, and with no pid to go by, a line of
// the load's own second must never pass for an older one.
bool StaleResolutionJudge::previousGeneration(const ParsedFacts &parsed, const ErrorLogGroup &group,
                                              std::optional<qint64> loaded)
{
    if (!loaded || !group.lastSeen.isValid())
        return false;
    const qint64 last = ErrorLogLine::naiveSecondsOf(group.lastSeen);
    QSet<qint64> serving;
    if (parsed.nginx) {
        for (const ProcessInfo &worker : parsed.nginx->workers) {
            if (!worker.args.contains(QLatin1String("shutting down")))
                serving << worker.pid;
        }
    }
    bool pidsKnown = !serving.isEmpty() && !group.samples.isEmpty();
    for (const ErrorLogSample &s : group.samples) {
        const std::optional<ErrorLogLine> line =
            ErrorLogLine::parseGeneral(s.line.constData(), s.line.size());
        if (!line) {
            pidsKnown = false;
            continue;
        }
        if (serving.contains(line->pid()))
            return false; // a worker that serves now connected there
    }
    return pidsKnown ? last <= *loaded + 1 : last + 1 < *loaded;
}

QString StaleResolutionJudge::remedyAtRunTime(const Facts &facts, const NamedServer &name)
{
    const QVersionNumber version = QVersionNumber::fromString(facts.nginxVersion);
    const bool hasResolve = !version.isNull() && version >= QVersionNumber(1, 27, 3);
    const QString serverResolve =
        hasResolve
            ? tr("or `resolve` on the upstream's server line (with a `zone` in its upstream {} block and "
                 "a `resolver`), which this nginx (%1) supports")
                  .arg(facts.nginxVersion)
            : tr("or, from nginx 1.27.3 on (this one is %1), `resolve` on an upstream {} server line "
                 "(with a `zone` and a `resolver`)")
                  .arg(facts.nginxVersion.isEmpty() ? tr("of unknown version") : facts.nginxVersion);
    return tr("If %1's address changes often (containers, failover), let nginx resolve it while it runs: a "
              "`resolver` (this host's DNS server) and the name in a variable, e.g. `set $app "
              "http://%1:%2;` then `proxy_pass $app;` (nginx then asks that DNS server, not /etc/hosts), %3.")
        .arg(name.host)
        .arg(name.port)
        .arg(serverResolve);
}

Evidence StaleResolutionJudge::getentEvidence(const Facts &facts, const ParsedFacts &parsed,
                                              const QString &host)
{
    const CommandResult &lookup = facts.dns.value(host);
    const QStringList addresses = parsed.dns.value(host).addresses;
    // One line per address (getent ahosts prints each for STREAM, DGRAM and RAW).
    QStringList lines;
    for (const QString &line : utf8Text(lookup.stdOut).split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("STREAM")))
            lines << line.trimmed();
    }
    if (lines.isEmpty())
        lines << tr("getent ahosts %1: %2").arg(host, addresses.join(QStringLiteral(", ")));
    return EvidenceOf::command(lookup, QStringLiteral("getent"), lines.join(QLatin1Char('\n')),
                               addresses.value(0));
}

std::optional<Finding> StaleResolutionJudge::judge(const Facts &facts, const ParsedFacts &parsed,
                                                   const QString &logPath, const ErrorLogGroup &group)
{
    if (!group.cause || group.verdict != LineVerdict::Failure)
        return std::nullopt;
    // Connections that did not come up: the address itself is what failed.
    if (group.phase != UpstreamPhase::Connect && !group.needsConfirmation)
        return std::nullopt;
    QString old;
    quint16 port = 0;
    if (!splitPeer(group.upstream, &old, &port))
        return std::nullopt;
    // The configuration writes this very address (or localhost): nothing was resolved.
    if (ParsedFacts::labelForPeer(facts, group.upstream) != group.upstream)
        return std::nullopt;
    const std::optional<NamedServer> name = nameFor(facts, parsed, old, port, group.servers);
    if (!name)
        return std::nullopt;
    const QStringList now = parsed.dns.value(name->host).addresses;
    const QString nowText = now.join(QStringLiteral(", "));

    // Whether the name's address answers now: when it does not either, a reload alone
    // would not help, and the ordinary judges say what is down.
    const auto probe = parsed.probes.constFind(ProbeCommands::endpoint(name->host, name->port));
    const bool probed = probe != parsed.probes.constEnd();
    if (probed && !probe->reachable())
        return std::nullopt;

    const std::optional<qint64> loaded = loadedAtNaive(facts);
    const QString loadedText = loaded ? ErrorLogLine::dateTimeOfNaive(*loaded).toString(kClock) : QString();
    const bool linesBeforeLoad = previousGeneration(parsed, group, loaded);

    QList<Evidence> evidence;
    for (const ErrorLogSample &s : group.samples) {
        Evidence e = EvidenceOf::logSample(logPath, s);
        if (evidence.isEmpty())
            e.highlight(group.upstream); // the address nginx connected to: `upstream: "http://OLD:PORT/"`
        evidence << e;
    }
    evidence << getentEvidence(facts, parsed, name->host);
    evidence << EvidenceOf::configLine(facts, name->file, name->line, name->host);
    if (probed && probe->reachable() && !probe->evidence.isEmpty()) {
        // What it answered, and from where: curl's remote_ip is the name's address now.
        QString from;
        for (const QString &line : utf8Text(probe->command.stdOut).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("remote_ip=")))
                from = line.mid(10).trimmed();
        }
        const QString excerpt =
            from.isEmpty() ? probe->evidence : tr("%1 from %2").arg(probe->evidence, from);
        evidence << EvidenceOf::command(probe->command, QStringLiteral("curl"), excerpt, from);
    }

    const QString times = tr("%n time(s)", nullptr, int(group.count));
    const QString when =
        group.firstSeen == group.lastSeen
            ? tr("at %1").arg(group.lastSeen.toString(kClock))
            : tr("from %1 to %2").arg(group.firstSeen.toString(kClock), group.lastSeen.toString(kClock));
    FindingBuilder f(Cause::WrongUpstreamAddress);
    f.upstream(name->label).evidence(evidence);

    if (linesBeforeLoad) {
        // The previous generation's lines: nginx has loaded its configuration since,
        // and that load looked the name up again.
        return onStep3(
            f.severity(Severity::Warning)
                .confidence(0.6)
                .timing(FindingTiming::Past)
                .summary(
                    tr("nginx connected to %1 for %2 and failed %3 %4: the address %5 had when nginx loaded "
                       "its configuration before. nginx has loaded it again since, at %6, and %5 resolves "
                       "to %7 now, so these errors ended with that reload.")
                        .arg(old, name->label, times, when, name->host, loadedText, nowText))
                .remedy(remedyAtRunTime(facts, *name))
                .build());
    }

    const QString resolvedWhen =
        loaded ? tr("when it last loaded its configuration (its start or last reload, at %1)").arg(loadedText)
               : tr("when it started or was last reloaded");
    QString answers;
    if (probed && probe->outcome == EndpointProbe::Outcome::Answered)
        answers = probe->fastCgi ? tr("; at %1, a FastCGI request gets an answer").arg(nowText)
                                 : tr("; at %1, a request gets HTTP %2").arg(nowText).arg(probe->httpCode);
    else if (probed)
        answers = tr("; %1 accepts connections").arg(nowText);
    const QString status = group.httpStatus > 0 ? tr(" Clients got %1.").arg(group.httpStatus) : QString();
    // The first sentence says it all: the terminal's "Why:" line is that sentence.
    f.severity(Severity::Error)
        .confidence(0.9)
        .summary(
            tr("nginx still connects to %1 for %2, which resolves to %3 now (getent ahosts). It resolved "
               "%2 to %1 %4%5. Its connections to %1 for %6 failed %7 %8.%9 nginx looks up the name of an "
               "upstream server or of a proxy_pass without variables only when it loads its "
               "configuration, so it keeps using %1 until it is reloaded.")
                .arg(old, name->host, nowText, resolvedWhen, answers, name->label, times, when, status));

    const Result<NginxRuntime, QString> runtime = NginxRuntime::from(facts, parsed);
    const QString reload =
        runtime ? runtime->reloadDescription() : QStringLiteral("systemctl reload nginx / nginx -s reload");
    // A reload loads the files as they are now: say so when some changed since the last load.
    QStringList saved;
    if (const ProbeResult<ConfigLoadTimes> t = ConfigLoadTimes::parse(ProbeOutput::from(facts.configTimes)))
        for (const ConfigLoadTimes::File &file : t->savedAfterLoad())
            saved << file.path;
    const QString alsoLoads =
        saved.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("The reload also loads what was saved since the last load: %1.")
                                     .arg(saved.join(QStringLiteral(", ")));
    f.remedy(
        tr("Reload nginx (%1): it looks %2 up again and connects to %3; nothing in the configuration has "
           "to change.%4 %5")
            .arg(reload, name->host, nowText, alsoLoads, remedyAtRunTime(facts, *name)));
    if (runtime && runtime->isRunning()) {
        f.action(FixAction::command(runtime->testArgv(), true, FixAction::Host::Nginx,
                                    tr("check the configuration first")));
        f.action(FixAction::command(runtime->reloadArgv(), true, FixAction::Host::Nginx,
                                    tr("reload nginx, so that it looks %1 up again: %2")
                                        .arg(name->host, runtime->reloadDescription())));
    }
    Finding built = onStep3(f.build());
    built.remedyStep = 6; // restart/reload and watch
    return built;
}

} // namespace gd
