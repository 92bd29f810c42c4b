// Step 5: are the timeouts and buffers right?
#include "app/checks/CheckRegistry.h"
#include "app/checks/ConfigEdits.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
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
    static QString appLimit(const CheckInput &in, const UpstreamTarget &target);
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
    const QString limit = appLimit(in, target);
    if (!limit.isEmpty())
        rows << limit;
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

// The app server's own limit: a longer nginx timeout does not help past it.
QString TimeoutChecks::appLimit(const CheckInput &in, const UpstreamTarget &target)
{
    QString limit;
    if (in.parsed.processes) {
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
    };
    return table;
}

} // namespace gd
