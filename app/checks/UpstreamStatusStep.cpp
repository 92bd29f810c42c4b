#include "app/checks/UpstreamStatusStep.h"

#include "app/checks/EvidenceOf.h"
#include "app/checks/UpstreamAddressCheck.h"
#include "app/checks/UpstreamEndpoints.h"

namespace gd {

namespace {
QString outcomeText(const EndpointProbe &p)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("gd::UpstreamStatusStep", t); };
    switch (p.outcome) {
    case EndpointProbe::Outcome::Answered:
        return tr("answers HTTP %1 in %2 s").arg(p.httpCode).arg(p.seconds, 0, 'f', 3);
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
        return tr("closes the connection without answering");
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

StepOutcome UpstreamStatusStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 1;
    out.result.title = tr("Is the upstream application running and listening?");
    const QList<UpstreamEndpoint> endpoints = upstreamEndpoints(facts);
    if (endpoints.isEmpty()) {
        CheckResult none;
        none.id = QStringLiteral("upstream.listening");
        none.title = tr("Upstreams");
        none.status = CheckStatus::Skipped;
        none.explanation = facts.config
                               ? tr("The configuration has no upstream with a fixed address.")
                               : tr("The configuration could not be read, so its upstreams are unknown.");
        out.add(none);
        return out;
    }
    for (const UpstreamEndpoint &e : endpoints) {
        CheckResult listening;
        listening.id = QStringLiteral("upstream.listening");
        listening.title = tr("Something listens on %1").arg(e.endpoint);
        listening.commands << recordOf(e.unixPath.isEmpty() ? facts.ssTcp : facts.ssUnix, 3000);
        if (!parsed.listenersKnown) {
            listening.status = CheckStatus::Error;
            listening.explanation = tr("Could not list listening sockets: %1").arg(parsed.listenersProblem);
            out.add(listening);
        } else {
            QList<Listener> found;
            if (!e.unixPath.isEmpty()) {
                found = parsed.listeners.unixListeners(e.unixPath);
            } else {
                const QStringList resolved = parsed.addressesOf(e.host);
                const TcpTargetMatch m = parsed.listeners.matchTcp(e.host, e.port, resolved);
                for (const EndpointMatch &em : m.endpoints)
                    found += em.listeners;
                if (m.anyListening() && !m.allListening()) {
                    listening.status = CheckStatus::Warn;
                    QStringList missing;
                    for (const EndpointMatch &em : m.endpoints) {
                        if (!em.listening())
                            missing << em.address;
                    }
                    listening.explanation = tr("Listening on some of %1's addresses, not on %2.")
                                                .arg(e.endpoint, missing.join(QStringLiteral(", ")));
                }
            }
            for (const Listener &l : found)
                listening.evidence << EvidenceOf::listener(l,
                                                           e.unixPath.isEmpty() ? facts.ssTcp : facts.ssUnix);
            if (listening.status == CheckStatus::Skipped) {
                if (!found.isEmpty()) {
                    listening.status = CheckStatus::Pass;
                    const QString who = found.first().processNames();
                    listening.explanation = who.isEmpty() ? tr("%1 is listening.").arg(e.endpoint)
                                                          : tr("%1 is listening: %2.").arg(e.endpoint, who);
                } else {
                    listening.status = CheckStatus::Fail;
                    listening.explanation = tr("Nothing listens on %1.").arg(e.endpoint);
                    const UpstreamAddressCheck::Verdict v =
                        UpstreamAddressCheck::judge(facts, parsed, e.endpoint, e.label);
                    if (v.finding) {
                        Finding f = *v.finding;
                        f.confidence -= 0.1; // without a log line the failure may not be what clients hit
                        if (e.target)
                            f.evidence.prepend(
                                Evidence{QStringLiteral("config"), e.target->file, e.target->line,
                                         facts.config ? facts.config->lineText(e.target->file, e.target->line)
                                                      : e.target->value,
                                         -1, 0, QString()});
                        listening.explanation = f.summary;
                        out.findings << f;
                    }
                }
                out.add(listening);
            } else {
                out.add(listening);
            }
        }

        // The service that owns the socket, if systemd runs it.
        for (const Listener &l : parsed.listeners.listeners()) {
            const bool same = e.unixPath.isEmpty() ? (l.port == e.port && l.kind == Listener::Kind::Tcp)
                                                   : l.path == e.unixPath;
            if (!same || l.processes.isEmpty())
                continue;
            const QString unit = parsed.unitOfPid.value(l.processes.first().pid);
            if (unit.isEmpty() || !parsed.units.contains(unit))
                break;
            const SystemdUnit &u = parsed.units.value(unit);
            CheckResult service;
            service.id = QStringLiteral("upstream.service");
            service.title = tr("Service %1").arg(unit);
            service.status = u.isCrashLooping() || u.hasFailed() ? CheckStatus::Fail
                             : u.isRunning()                     ? CheckStatus::Pass
                                                                 : CheckStatus::Warn;
            service.explanation =
                tr("%1 is %2 (%3)%4.")
                    .arg(unit, u.activeState, u.subState,
                         u.nRestarts ? tr(", restarted %1 times").arg(*u.nRestarts) : QString());
            service.commands << recordOf(facts.units.value(unit));
            out.add(service);
            break;
        }

        if (facts.directProbes.contains(e.endpoint)) {
            const EndpointProbe &p = parsed.probes.value(e.endpoint);
            CheckResult probe;
            probe.id = QStringLiteral("upstream.probe");
            probe.title = tr("%1 answers a direct request").arg(e.endpoint);
            probe.commands << recordOf(p.command, 2000);
            probe.status = p.reachable() ? CheckStatus::Pass : CheckStatus::Fail;
            probe.explanation = tr("%1 %2.").arg(e.endpoint, outcomeText(p));
            if (!p.evidence.isEmpty())
                probe.evidence << EvidenceOf::command(p.command, QStringLiteral("curl"), p.evidence);
            out.add(probe);
        }
    }
    return out;
}

} // namespace gd
