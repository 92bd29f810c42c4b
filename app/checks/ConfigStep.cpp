#include "app/checks/ConfigStep.h"

#include "app/config/LocationMatcher.h"
#include "app/config/NginxTestOutput.h"
#include "app/facts/ProbeCommands.h"

#include <QUrl>

namespace gd {

Evidence ConfigStep::configLine(const Facts &facts, const QString &file, int line, const QString &highlight)
{
    Evidence e;
    e.source = QStringLiteral("config");
    e.file = file;
    e.line = line;
    if (facts.config)
        e.excerpt = facts.config->lineText(file, line);
    return e.highlight(highlight);
}

StepOutcome ConfigStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 4;
    out.result.title = tr("Is the nginx configuration right?");

    // --- nginx -t ---
    CheckResult test;
    test.id = QStringLiteral("config.test");
    test.title = tr("nginx accepts its configuration (nginx -t)");
    test.commands << recordOf(facts.dumpCommand);
    const CommandResult &dump = facts.dumpCommand;
    if (facts.dumpNeedsRoot) {
        test.status = CheckStatus::Error;
        test.explanation =
            tr("nginx -t needs root on this machine (it opens nginx's pid and log files), so the "
               "configuration could not be validated. Give the sudo password (or connect as root) "
               "for this step. The configuration files were read one by one instead.");
        test.commands << recordOf(facts.configFiles, 2000);
        test.evidence << Evidence{QStringLiteral("nginx -t"),
                                  QString(),
                                  0,
                                  QString::fromUtf8(dump.stdErr.trimmed()),
                                  -1,
                                  0,
                                  dump.commandLine};
    } else if (!dump.ran()) {
        test.status = CheckStatus::Error;
        test.explanation = tr("Could not run nginx -T: %1").arg(dump.error.message());
    } else {
        const NginxTestOutput output = NginxTestOutput::parse(QString::fromUtf8(dump.stdErr), dump.exitCode);
        if (output.ok()) {
            test.status = output.warnings().isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
            test.explanation = output.warnings().isEmpty()
                                   ? tr("nginx -t reports the configuration valid.")
                                   : tr("nginx -t accepts the configuration, with %n warning(s).", nullptr,
                                        int(output.warnings().size()));
            for (const NginxMessage &w : output.warnings()) {
                Evidence e{QStringLiteral("nginx -t"), w.file, w.line, w.raw, -1, 0, dump.commandLine};
                test.evidence << e;
            }
        } else {
            test.status = CheckStatus::Fail;
            const NginxMessage *first = output.firstError();
            Finding f;
            f.cause = Cause::ConfigInvalid;
            f.severity = Severity::Critical;
            f.step = 4;
            f.confidence = 0.95;
            f.remedyStep = 4;
            if (first) {
                Evidence e{QStringLiteral("nginx -t"),
                           first->file,
                           first->line,
                           first->raw,
                           -1,
                           0,
                           dump.commandLine};
                f.evidence << e.highlight(first->text);
                test.evidence << e;
                f.summary =
                    tr("nginx refuses its configuration: %1%2. While this is so, a reload keeps the old "
                       "config and a restart leaves nginx down.")
                        .arg(first->text, first->line > 0 ? tr(" (%1)").arg(first->location()) : QString());
                f.remedy = first->line > 0 ? tr("Fix %1 line %2, run nginx -t until it passes, then reload.")
                                                 .arg(first->file)
                                                 .arg(first->line)
                                           : tr("Fix the configuration until nginx -t passes, then reload.");
                test.explanation = f.summary;
                if (first->text.contains(QLatin1String("host not found in upstream"))) {
                    Finding dns = f;
                    dns.cause = Cause::DnsFailure;
                    dns.severity = Severity::Error;
                    dns.confidence = 0.9;
                    dns.summary =
                        tr("nginx cannot resolve an upstream's host name at start-up: %1").arg(first->text);
                    dns.remedy = tr("Use a name the server can resolve (check /etc/hosts and DNS with "
                                    "getent hosts NAME), or an IP address.");
                    out.findings << dns;
                }
            } else {
                Evidence e{QStringLiteral("nginx -t"),
                           QString(),
                           0,
                           QString::fromUtf8(dump.stdErr.trimmed()),
                           -1,
                           0,
                           dump.commandLine};
                f.evidence << e;
                f.summary = tr("nginx refuses its configuration (nginx -t exit code %1).").arg(dump.exitCode);
                f.remedy = tr("Fix the configuration until nginx -t passes, then reload.");
                test.explanation = f.summary;
            }
            out.findings << f;
        }
    }
    out.add(test);

    // --- each target against what listens there: an HTTP proxy_pass aimed at
    // PHP-FPM gets FastCGI back (or nothing), never an HTTP answer.
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (t.kind != UpstreamTarget::Kind::HostPort ||
            !(t.scheme == QLatin1String("http") || t.scheme == QLatin1String("https")))
            continue;
        const TcpTargetMatch m = parsed.listeners.matchTcp(t.host, t.port, t.knownAddresses());
        for (const EndpointMatch &e : m.endpoints) {
            for (const Listener &l : e.listeners) {
                const bool fpm =
                    std::any_of(l.processes.begin(), l.processes.end(), [](const SocketProcess &p) {
                        return p.name.startsWith(QLatin1String("php-fpm"));
                    });
                if (!fpm)
                    continue;
                Finding f;
                f.cause = Cause::ProtocolMismatch;
                f.step = 4;
                f.upstream = t.endpoint();
                f.severity = Severity::Critical;
                f.confidence = 0.9;
                f.summary =
                    tr("%1 (%2) sends HTTP to %3, where PHP-FPM listens: PHP-FPM speaks FastCGI, so nginx "
                       "gets no valid HTTP answer.")
                        .arg(t.directive, t.where(), t.endpoint());
                f.evidence << configLine(facts, t.file, t.line, t.value)
                           << Evidence{QStringLiteral("ss"),   QString(), 0, l.rawLine, -1, 0,
                                       facts.ssTcp.commandLine};
                f.remedy = tr("Use `fastcgi_pass %1;` with `include fastcgi_params;` instead of proxy_pass "
                              "(step 4).")
                               .arg(ProbeCommands::endpoint(t.host, t.port));
                f.remedyStep = 4;
                out.findings << f;
            }
        }
    }

    // --- the way the failing URL takes ---
    if (!facts.config)
        return out;
    CheckResult route;
    route.id = QStringLiteral("config.route");
    if (facts.failingUrl.isEmpty()) {
        route.title = tr("Upstreams in the configuration");
        route.status = facts.targets.targets().isEmpty() ? CheckStatus::Warn : CheckStatus::Pass;
        QStringList lines;
        for (const UpstreamTarget &t : facts.targets.targets()) {
            lines << tr("%1 %2 (%3)").arg(t.directive, t.value, t.where());
            route.evidence << configLine(facts, t.file, t.line, t.value);
        }
        route.explanation = lines.isEmpty()
                                ? tr("No proxy_pass, fastcgi_pass, uwsgi_pass, scgi_pass or grpc_pass "
                                     "was found: nginx serves everything itself.")
                                : lines.join(QLatin1Char('\n'));
        out.add(route);
        return out;
    }
    route.title = tr("Where %1 goes").arg(facts.failingUrl);
    const LocationMatcher matcher(*facts.config);
    const Result<LocationMatch> match = matcher.match(QUrl(facts.failingUrl));
    if (!match || !match->found()) {
        route.status = CheckStatus::Warn;
        route.explanation =
            match ? tr("No server block of this configuration answers %1.").arg(facts.failingUrl)
                  : match.error().message();
        out.add(route);
        return out;
    }
    route.status = CheckStatus::Pass;
    QStringList why{match->serverReason};
    route.evidence << configLine(facts, match->server->file, match->server->line);
    if (match->location) {
        why << match->locationReason;
        route.evidence << configLine(facts, match->location->file, match->location->line);
    }
    if (match->target) {
        why << tr("It is passed to %1 (%2).").arg(match->target->endpoint(), match->target->where());
        route.evidence << configLine(facts, match->target->file, match->target->line, match->target->value);
    } else {
        why << tr("This location does not pass requests to an upstream.");
    }
    route.explanation = why.join(QLatin1Char('\n'));
    out.add(route);
    return out;
}

} // namespace gd
