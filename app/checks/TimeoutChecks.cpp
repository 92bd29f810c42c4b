// Step 5: are the timeouts and buffers right?
#include "app/checks/AppTimeline.h"
#include "app/checks/CheckRegistry.h"
#include "app/checks/ConfigEdits.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/checks/UpstreamEndpoints.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/LocationMatcher.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

namespace gd {

namespace {

// A block that passes requests on, and the target it passes them to.
struct PassingBlock
{
    const NginxDirective *block;
    const UpstreamTarget *target;
};

// What the error logs say about timeouts and header sizes.
struct LogSignals
{
    QList<const ErrorLogGroup *> timeouts, headers;
    QString logPath;
};

class TimeoutChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::TimeoutChecks)
public:
    static void values(const CheckInput &in, CheckOutput &out);

private:
    static QList<PassingBlock> passingBlocks(const Facts &facts);
    static LogSignals logSignals(const ParsedFacts &parsed);
    static CheckResult valuesOf(const CheckInput &in, const PassingBlock &place, const LogSignals &logs,
                                CheckOutput &out);
    static QString appLimit(const CheckInput &in, const UpstreamTarget &target,
                            const std::optional<NginxDuration> &read = std::nullopt);
    static QList<const ParsedAppServer *> appServersOf(const CheckInput &in, const UpstreamTarget &target);

public:
    static void keepalive(const CheckInput &in, CheckOutput &out);

private:
    static void keepaliveOf(const CheckInput &in, const UpstreamBlock &block, const UpstreamTarget &target,
                            const NginxDirective *passing, CheckOutput &out);
    static const EndpointProbe *urlProbe(const CheckInput &in);
    static QString urlProbeText(const EndpointProbe &p);
    static Finding timeoutFinding(const CheckInput &in, const PassingBlock &place,
                                  const EffectiveSettings &settings, const LogSignals &logs,
                                  const QString &appLimit);
    static void addSettingActions(const CheckInput &in, const PassingBlock &place, FindingBuilder &f);
    static Finding headerFinding(const CheckInput &in, const PassingBlock &place,
                                 const EffectiveSettings &settings, const LogSignals &logs);
};

// The effective timeouts and buffers where the failing URL is passed on, and
// what to change when the log shows timeouts or oversized headers.
void TimeoutChecks::values(const CheckInput &in, CheckOutput &out)
{
    CheckResult none;
    none.id = QStringLiteral("timeouts.values");
    none.title = tr("Effective timeouts and buffers");
    none.status = CheckStatus::Skipped;
    if (!in.facts.config) {
        none.explanation = tr("The configuration could not be read.");
        out.add(none);
        return;
    }
    const LogSignals logs = logSignals(in.parsed);
    int added = 0;
    for (const PassingBlock &place : passingBlocks(in.facts)) {
        if (!place.target)
            continue;
        out.add(valuesOf(in, place, logs, out));
        ++added;
    }
    if (added == 0) {
        none.explanation = tr("No location passes requests to an upstream.");
        out.add(none);
    }
}

// Where to look: the failing URL's location, else every location with an upstream.
QList<PassingBlock> TimeoutChecks::passingBlocks(const Facts &facts)
{
    QList<PassingBlock> places;
    if (!facts.failingUrl.isEmpty()) {
        const Result<LocationMatch, ConfigError> m =
            LocationMatcher(*facts.config).match(QUrl(facts.failingUrl));
        if (m && m->found() && m->target) {
            const NginxDirective *block = m->location ? m->location : m->server;
            places.append({block, facts.targets.targetAt(m->target->directiveIndex)});
        }
    }
    if (places.isEmpty()) {
        for (const UpstreamTarget &t : facts.targets.targets()) {
            const int index = t.locationIndex >= 0 ? t.locationIndex : t.serverIndex;
            if (index >= 0)
                places.append({&facts.config->directive(index), &t});
        }
    }
    return places;
}

LogSignals TimeoutChecks::logSignals(const ParsedFacts &parsed)
{
    LogSignals logs;
    for (const ParsedLog &log : parsed.errorLogs) {
        for (const ErrorLogGroup &g : log.groups) {
            if (g.cause == Cause::UpstreamTimeout)
                logs.timeouts << &g;
            if (g.cause == Cause::HeaderTooBig)
                logs.headers << &g;
            if (!g.samples.isEmpty())
                logs.logPath = log.path;
        }
    }
    return logs;
}

CheckResult TimeoutChecks::valuesOf(const CheckInput &in, const PassingBlock &place, const LogSignals &logs,
                                    CheckOutput &out)
{
    const UpstreamTarget &target = *place.target;
    const QString prefix = EffectiveSettings::modulePrefix(target.directive);
    const EffectiveSettings settings = EffectiveSettings::of(*in.facts.config, place.block);
    CheckResult check;
    check.id = QStringLiteral("timeouts.values");
    check.title = tr("Timeouts and buffers for %1 (%2)").arg(target.value, target.where());
    check.status = CheckStatus::Pass;
    QStringList rows;
    for (const char *suffix :
         {"connect_timeout", "send_timeout", "read_timeout", "buffer_size", "buffers", "busy_buffers_size"}) {
        const QString name = prefix + QLatin1String(suffix);
        const EffectiveSetting s = settings.value(name);
        if (s.args.isEmpty() && s.isDefault && EffectiveSettings::defaultValue(name).isEmpty())
            continue;
        rows << tr("%1 %2 — %3").arg(name, s.value(), s.where());
        if (!s.isDefault)
            check.evidence << EvidenceOf::configLine(in.facts, s.file, s.line, s.value());
    }
    const std::optional<NginxDuration> read = settings.duration(prefix + QStringLiteral("read_timeout"));
    const std::optional<AccessLogLatency> &latency = in.parsed.latency;
    if (latency && latency->timedCount() > 0) {
        const double max = latency->maximum().value_or(0);
        rows << tr("Upstream response times in the access log: p50 %1 s, p95 %2 s, max %3 s (%4 requests).")
                    .arg(latency->p50().value_or(0), 0, 'f', 3)
                    .arg(latency->p95().value_or(0), 0, 'f', 3)
                    .arg(max, 0, 'f', 3)
                    .arg(latency->timedCount());
        if (read && max >= 0.8 * read->seconds()) {
            check.status = CheckStatus::Warn;
            const EffectiveSetting s = settings.value(prefix + QStringLiteral("read_timeout"));
            check.next = tr("The slowest answers (%1 s) come close to %2 %3 (%4): raise it above them before "
                            "they pass it, or make the application faster.")
                             .arg(max, 0, 'f', 1)
                             .arg(s.name, s.value(), s.where());
        }
    }
    if (const EndpointProbe *p = urlProbe(in)) {
        rows << urlProbeText(*p);
        check.commands << CommandRecord::of(p->command, 2000);
    }
    const QString limit = appLimit(in, target, read);
    if (!limit.isEmpty())
        rows << limit;
    // The app killed requests at its own limit (its log says so): this step's problem, whose
    // finding (the error log's, on one timeline with the app's) names the app's setting.
    for (const ParsedAppServer *a : appServersOf(in, target)) {
        const bool killed = std::any_of(a->events.begin(), a->events.end(), [](const AppEvent &e) {
            return e.kind == AppEvent::Kind::WorkerTimeout;
        });
        if (killed) {
            check.status = CheckStatus::Fail;
            rows
                << tr("%1's log shows requests killed at its own limit: that limit, not nginx's, ended them.")
                       .arg(a->label());
        }
    }
    if (!logs.timeouts.isEmpty() && read) {
        check.status = CheckStatus::Fail;
        out.add(timeoutFinding(in, place, settings, logs, limit));
    }
    if (!logs.headers.isEmpty()) {
        check.status = CheckStatus::Fail;
        out.add(headerFinding(in, place, settings, logs));
    }
    if (check.status == CheckStatus::Fail)
        check.next.clear(); // the finding's remedy says what to change
    check.explanation = rows.join(QLatin1Char('\n'));
    return check;
}

// The failing URL's request sent straight to its upstream (only that URL's upstream is
// probed so): the slowest answer, else a probe that waited in vain.
const EndpointProbe *TimeoutChecks::urlProbe(const CheckInput &in)
{
    const EndpointProbe *best = nullptr;
    for (const EndpointProbe &p : in.parsed.urlProbes) {
        if (p.outcome == EndpointProbe::Outcome::Answered) {
            if (!best || best->outcome != EndpointProbe::Outcome::Answered || p.seconds > best->seconds)
                best = &p;
        } else if (!best && p.outcome == EndpointProbe::Outcome::Timeout) {
            best = &p;
        }
    }
    return best;
}

QString TimeoutChecks::urlProbeText(const EndpointProbe &p)
{
    if (p.outcome == EndpointProbe::Outcome::Answered)
        return tr("The failing URL sent straight to %1 (without nginx): HTTP %2 after %3 s, %4 bytes of "
                  "response header.")
            .arg(p.endpoint)
            .arg(p.httpCode)
            .arg(p.seconds, 0, 'f', 3)
            .arg(p.headerBytes);
    return tr("The failing URL sent straight to %1 (without nginx) got no answer within %2 s.")
        .arg(p.endpoint)
        .arg(p.seconds > 0 ? p.seconds : p.command.durationMs / 1000.0, 0, 'f', 0);
}

// The app servers that own the sockets of `target` (each server of its upstream block).
QList<const ParsedAppServer *> TimeoutChecks::appServersOf(const CheckInput &in, const UpstreamTarget &target)
{
    QList<const ParsedAppServer *> out;
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (e.target != &target && !(e.target && e.target->directiveIndex == target.directiveIndex))
            continue;
        if (const ParsedAppServer *a = AppTimeline::serverFor(in.parsed, e.endpoint); a && !out.contains(a))
            out << a;
    }
    return out;
}

// The app server's own limit beside nginx's: the shorter one fires first, and a longer
// nginx timeout does not help past the app's.
QString TimeoutChecks::appLimit(const CheckInput &in, const UpstreamTarget &target,
                                const std::optional<NginxDuration> &read)
{
    QString limit;
    const QList<const ParsedAppServer *> servers = appServersOf(in, target);
    for (const ParsedAppServer *a : servers) {
        if (a->settings.kind == AppServerSettings::Kind::PhpFpm || !a->settings.requestTimeout)
            continue;
        const std::optional<double> app = a->settings.requestTimeout->seconds();
        limit = tr("%1 kills requests after %2 s (%3, %4).")
                    .arg(a->label(), a->settings.requestTimeout->text, a->settings.timeoutOption(),
                         a->settings.requestTimeout->source);
        if (app && read && *app > 0 && *app < read->seconds())
            limit +=
                QLatin1Char(' ') + tr("That is shorter than nginx's %1: a request slower than %2 s ends in "
                                      "a 502 from the app killing it, never in nginx's 504.")
                                       .arg(read->toString(), a->settings.requestTimeout->text);
        else if (app && read && *app > read->seconds())
            limit += QLatin1Char(' ') + tr("That is longer than nginx's %1: nginx gives up first (504) while "
                                           "the app goes on working on the request.")
                                            .arg(read->toString());
    }
    if (servers.isEmpty() && in.parsed.processes) {
        // No socket owner seen (ss without root): what ps shows of any app server.
        for (const AppServer &a : in.parsed.processes->appServers()) {
            if (a.timeoutSeconds)
                limit = tr("%1 kills requests after %2 s (%3).")
                            .arg(AppServer::kindName(a.kind))
                            .arg(*a.timeoutSeconds)
                            .arg(a.master.args.left(120));
        }
    }
    for (const PhpFpmPool &pool : in.parsed.pools.pools()) {
        if (target.kind == UpstreamTarget::Kind::UnixSocket && pool.listen() == target.unixPath &&
            pool.requestTerminateTimeout() != QLatin1String("0"))
            limit = tr("PHP-FPM pool %1 ends requests after request_terminate_timeout = %2.")
                        .arg(pool.name, pool.requestTerminateTimeout());
    }
    return limit;
}

// The keep-alive race: nginx keeps idle connections to an upstream open for its
// keepalive_timeout (60 s by default) while the app closes idle ones sooner. When nginx
// reuses a connection at the moment the app closes it, the request fails; nginx sends
// an idempotent request (GET) again on a new connection, but not a POST, which gets 502.
void TimeoutChecks::keepalive(const CheckInput &in, CheckOutput &out)
{
    if (!in.facts.config)
        return;
    for (const PassingBlock &place : passingBlocks(in.facts)) {
        if (!place.target || place.target->kind != UpstreamTarget::Kind::UpstreamBlock)
            continue;
        if (const UpstreamBlock *block = in.facts.targets.blockFor(*place.target);
            block && block->keepalive > 0)
            keepaliveOf(in, *block, *place.target, place.block, out);
    }
}

void TimeoutChecks::keepaliveOf(const CheckInput &in, const UpstreamBlock &block,
                                const UpstreamTarget &target, const NginxDirective *passing, CheckOutput &out)
{
    const NginxConfig &config = *in.facts.config;
    // Without HTTP/1.1 and an empty Connection header nginx closes after each request.
    if (target.directive == QLatin1String("proxy_pass") && passing) {
        const EffectiveSetting version =
            EffectiveSettings::of(config, passing).value(QStringLiteral("proxy_http_version"));
        if (version.value() != QLatin1String("1.1"))
            return;
    }
    NginxDuration nginxIdle = NginxDuration::fromMilliseconds(60000); // the upstream module's default
    QString nginxWhere = tr("default");
    const NginxDirective *upstreamBlock =
        block.directiveIndex >= 0 ? &config.directive(block.directiveIndex) : nullptr;
    if (upstreamBlock) {
        for (const NginxDirective *c : config.children(upstreamBlock)) {
            if (c->name == QLatin1String("keepalive_timeout")) {
                if (const Result<NginxDuration, ConfigError> d = NginxDuration::fromConfig(c->arg(0))) {
                    nginxIdle = *d;
                    nginxWhere = QStringLiteral("%1:%2").arg(c->file).arg(c->line);
                }
            }
        }
    }
    for (const ParsedAppServer *a : appServersOf(in, target)) {
        if (!a->settings.keepsIdleConnections() || !a->settings.keepAlive)
            continue;
        const std::optional<double> appIdle = a->settings.keepAlive->seconds();
        if (!appIdle || *appIdle <= 0)
            continue;
        CheckResult check;
        check.id = QStringLiteral("timeouts.keepalive");
        check.title = tr("Idle connections to upstream %1").arg(block.name);
        const QString appSide = tr("%1 closes idle connections after %2 s (%3, %4)")
                                    .arg(a->label(), a->settings.keepAlive->text,
                                         a->settings.keepAliveOption(), a->settings.keepAlive->source);
        const QString nginxSide =
            tr("nginx keeps idle connections to it open for keepalive_timeout %1 (%2; keepalive %3 at %4:%5)")
                .arg(nginxIdle.toString(), nginxWhere)
                .arg(block.keepalive)
                .arg(block.keepaliveFile)
                .arg(block.keepaliveLine);
        check.explanation = nginxSide + QLatin1Char('\n') + appSide + QLatin1Char('.');
        check.evidence << EvidenceOf::configLine(in.facts, block.keepaliveFile, block.keepaliveLine,
                                                 QStringLiteral("keepalive"));
        if (nginxIdle.seconds() < *appIdle) {
            check.status = CheckStatus::Pass;
            check.explanation += QLatin1Char('\n') + tr("nginx lets them go first: no race.");
            out.add(check);
            continue;
        }
        check.status = CheckStatus::Warn;
        const qint64 safe = qMax<qint64>(1, qint64(*appIdle) - 1);
        check.next = tr("Set keepalive_timeout %1s; in upstream %2, below the app's %3 s.")
                         .arg(safe)
                         .arg(block.name, a->settings.keepAlive->text);
        // The dropped connections in the log for this upstream are what the race does.
        QList<Evidence> dropped;
        int posts = 0;
        qint64 count = 0;
        QString peer;
        for (const ParsedLog &log : in.parsed.errorLogs) {
            for (const ErrorLogGroup &g : log.groups) {
                if (g.cause != Cause::UpstreamCrashed || AppTimeline::serverFor(in.parsed, g.upstream) != a)
                    continue;
                count += g.count;
                if (peer.isEmpty())
                    peer = g.upstream;
                for (const ErrorLogSample &sample : g.samples) {
                    dropped << EvidenceOf::logSample(log.path, sample);
                    posts += sample.line.contains("request: \"POST ") ? 1 : 0;
                }
            }
        }
        if (dropped.isEmpty()) {
            out.add(check);
            continue;
        }
        check.status = CheckStatus::Fail;
        // Named like the error log's finding for these lines, which this one explains.
        FindingBuilder f(Cause::UpstreamCrashed);
        f.upstream(ParsedFacts::labelForPeer(in.facts, peer))
            .severity(Severity::Error)
            .confidence(0.87)
            .remedyStep(5)
            .evidence(dropped)
            .evidence(check.evidence)
            .summary(
                tr("A keep-alive race: %1, but %2. When nginx reuses an idle connection just as the app "
                   "closes it, the request fails (%n time(s) in the log): nginx sends a GET again on a new "
                   "connection, but not a POST, which gets 502.",
                   nullptr, int(count))
                    .arg(nginxSide, appSide) +
                (posts > 0 ? QLatin1Char(' ') + tr("The failed requests shown are POSTs.") : QString()))
            .remedy(tr("Make nginx let idle connections go before the app does: keepalive_timeout %1s; in "
                       "upstream %2 (below the app's %3 s), or raise the app's %4 above nginx's %5.")
                        .arg(safe)
                        .arg(block.name, a->settings.keepAlive->text, a->settings.keepAliveOption(),
                             nginxIdle.toString()));
        if (upstreamBlock) {
            if (std::optional<FixAction> edit = ConfigEdits(in.facts).set(
                    *upstreamBlock, QStringLiteral("keepalive_timeout"), QStringLiteral("%1s").arg(safe),
                    tr("keepalive_timeout %1s in upstream %2").arg(safe).arg(block.name)))
                f.action(*edit);
        }
        out.add(f.build());
        out.add(check);
    }
}

Finding TimeoutChecks::timeoutFinding(const CheckInput &in, const PassingBlock &place,
                                      const EffectiveSettings &settings, const LogSignals &logs,
                                      const QString &appLimit)
{
    const UpstreamTarget &target = *place.target;
    const QString name = EffectiveSettings::modulePrefix(target.directive) + QStringLiteral("read_timeout");
    const EffectiveSetting s = settings.value(name);
    const NginxDuration read = *settings.duration(name);
    // From what the failing request really takes, timed straight at the upstream: nginx's
    // default of 60 s when that leaves room, else twice the time measured. Without a
    // measurement (or when the request is quick now): the rule of thumb, at least the
    // slowest time the access log recorded with half again on top.
    const EndpointProbe *probe = urlProbe(in);
    const bool measured =
        probe && probe->outcome == EndpointProbe::Outcome::Answered && probe->seconds > read.seconds();
    double recommended =
        measured ? std::max(60.0, std::ceil(probe->seconds * 2)) : std::max(75.0, read.seconds() * 2);
    if (in.parsed.latency && in.parsed.latency->maximum())
        recommended = std::max(recommended, std::ceil(*in.parsed.latency->maximum() * 1.5));
    QString basis;
    if (measured)
        basis = tr("Sent straight to %1 just now, the request took %2 s. ")
                    .arg(probe->endpoint)
                    .arg(probe->seconds, 0, 'f', 1);
    else if (probe && probe->outcome == EndpointProbe::Outcome::Answered)
        basis = tr("Sent straight to %1 just now, the request took only %2 s: the slow ones in the log "
                   "came at another time. ")
                    .arg(probe->endpoint)
                    .arg(probe->seconds, 0, 'f', 1);
    else if (probe)
        basis = tr("Sent straight to %1 just now, the request got no answer at all within the probe's "
                   "limit: the app may hang, and a longer timeout may not help. ")
                    .arg(probe->endpoint);
    FindingBuilder f(Cause::UpstreamTimeout);
    f.upstream(target.endpoint())
        .severity(Severity::Error)
        .confidence(0.9)
        .summary(tr("%1 took longer than %2 = %3 (%4), so nginx gave up and answered 504.")
                     .arg(target.endpoint(), name, read.toString(), s.where()));
    for (const ErrorLogGroup *g : logs.timeouts) {
        for (const ErrorLogSample &sample : g->samples.mid(0, 1))
            f.evidence(EvidenceOf::logSample(logs.logPath, sample));
    }
    if (!s.isDefault)
        f.evidence(EvidenceOf::configLine(in.facts, s.file, s.line, s.value()));
    const QString value = QStringLiteral("%1s").arg(recommended);
    const QString prefix = EffectiveSettings::modulePrefix(target.directive);
    f.remedy(
         basis +
         tr("If the slow requests are legitimate, raise %1 to %2s for this location%3; otherwise make the "
            "app faster.")
             .arg(name)
             .arg(recommended)
             .arg(appLimit.isEmpty() ? QString() : tr(" — and raise the app's own limit too: ") + appLimit))
        .settings(place.block ? place.block->index : -1,
                  {{name, value}, {prefix + QStringLiteral("send_timeout"), value}});
    addSettingActions(in, place, f);
    return f.build();
}

// The suggested settings as exact edits of the block that serves the URL.
void TimeoutChecks::addSettingActions(const CheckInput &in, const PassingBlock &place, FindingBuilder &f)
{
    if (!place.block)
        return;
    const ConfigEdits edits(in.facts);
    for (const auto &[name, value] : f.build().suggestedSettings) {
        if (std::optional<FixAction> a = edits.set(*place.block, name, value,
                                                   tr("%1 %2 for %3").arg(name, value, place.block->text())))
            f.action(*a);
    }
}

Finding TimeoutChecks::headerFinding(const CheckInput &in, const PassingBlock &place,
                                     const EffectiveSettings &settings, const LogSignals &logs)
{
    const UpstreamTarget &target = *place.target;
    const QString prefix = EffectiveSettings::modulePrefix(target.directive);
    const QString name = prefix + QStringLiteral("buffer_size");
    const EffectiveSetting s = settings.value(name);
    const std::optional<NginxSize> size = settings.size(name);
    const qint64 now = size ? size->bytes() : 4096;
    // The size comes from the header the upstream really sent (curl's size_header in
    // step 1's direct probe), with a quarter of headroom, as a power of two: a 16 KB
    // header needs 32k, not the 16k a rule of thumb gives. Without a measurement:
    // the next step up from what is set.
    int measured = in.parsed.probes.value(target.endpoint()).headerBytes;
    if (const EndpointProbe *p = urlProbe(in)) // the failing path's own header, when bigger
        measured = std::max(measured, p->headerBytes);
    qint64 bytes = 8 * 1024;
    while (bytes < (measured > 0 ? measured + measured / 4 : 2 * now))
        bytes *= 2;
    const QString next = QStringLiteral("%1k").arg(bytes / 1024);
    const QString busy = QStringLiteral("%1k").arg(2 * bytes / 1024);
    // nginx: busy >= max(buffer_size, one buffer) and < all buffers minus one.
    const QString buffers = (bytes <= 16 * 1024 ? QStringLiteral("8 ") : QStringLiteral("4 ")) + next;
    FindingBuilder f(Cause::HeaderTooBig);
    f.upstream(target.endpoint())
        .severity(Severity::Error)
        .confidence(0.95)
        .summary(measured > 0
                     ? tr("%1's response headers (%2 bytes, measured) do not fit in %3 = %4 (%5), so nginx "
                          "answers 502.")
                           .arg(target.endpoint())
                           .arg(measured)
                           .arg(name, s.value(), s.where())
                     : tr("%1's response headers do not fit in %2 = %3 (%4), so nginx answers 502.")
                           .arg(target.endpoint(), name, s.value(), s.where()));
    for (const ErrorLogGroup *g : logs.headers) {
        for (const ErrorLogSample &sample : g->samples.mid(0, 1))
            f.evidence(EvidenceOf::logSample(logs.logPath, sample));
    }
    if (!s.isDefault)
        f.evidence(EvidenceOf::configLine(in.facts, s.file, s.line, s.value()));
    QList<QPair<QString, QString>> values{{name, next}};
    // gRPC has one buffer size and no buffers/busy_buffers_size directives.
    if (prefix != QLatin1String("grpc_")) {
        values.append({prefix + QStringLiteral("buffers"), buffers});
        values.append({prefix + QStringLiteral("busy_buffers_size"), busy});
    }
    f.remedy(prefix == QLatin1String("grpc_")
                 ? tr("Set %1 %2 for this location.").arg(name, next)
                 : tr("Set %1 %2, %3 %4 and %5 %6 for this location.")
                       .arg(name, next, prefix + QStringLiteral("buffers"), buffers,
                            prefix + QStringLiteral("busy_buffers_size"), busy))
        .settings(place.block ? place.block->index : -1, values);
    addSettingActions(in, place, f);
    return f.build();
}

} // namespace

const QList<CheckDef> &CheckRegistry::timeoutChecks()
{
    static const QList<CheckDef> table{
        {"timeouts.values", 5,
         QT_TRANSLATE_NOOP("gd::Check", "Effective timeouts and buffers, and what to change"),
         FactNeed::Config | FactNeed::ErrorLogs | FactNeed::AccessLog | FactNeed::Processes |
             FactNeed::PhpFpm,
         &TimeoutChecks::values},
        {"timeouts.keepalive", 5,
         QT_TRANSLATE_NOOP("gd::Check", "Idle upstream connections: nginx lets them go before the app does"),
         FactNeed::Config | FactNeed::ErrorLogs | FactNeed::Sockets | FactNeed::Processes,
         &TimeoutChecks::keepalive},
    };
    return table;
}

} // namespace gd
