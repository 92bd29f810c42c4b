#include "app/checks/TimeoutsStep.h"

#include "app/checks/ConfigStep.h"
#include "app/checks/ErrorLogStep.h"
#include "app/checks/EvidenceOf.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/LocationMatcher.h"

#include <QUrl>

#include <cmath>

namespace gd {

StepOutcome TimeoutsStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 5;
    out.result.title = tr("Are the timeouts and buffers right?");
    if (!facts.config) {
        CheckResult none;
        none.id = QStringLiteral("timeouts.values");
        none.title = tr("Effective timeouts and buffers");
        none.status = CheckStatus::Skipped;
        none.explanation = tr("The configuration could not be read.");
        out.add(none);
        return out;
    }

    // Where to look: the failing URL's location, else every location with an upstream.
    QList<std::pair<const NginxDirective *, const UpstreamTarget *>> places;
    if (!facts.failingUrl.isEmpty()) {
        const Result<LocationMatch> m = LocationMatcher(*facts.config).match(QUrl(facts.failingUrl));
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

    // What the logs say about timeouts and headers.
    QList<const ErrorLogGroup *> timeouts, headers;
    QString logPath;
    for (const ParsedLog &log : parsed.errorLogs) {
        for (const ErrorLogGroup &g : log.groups) {
            if (g.cause == Cause::UpstreamTimeout)
                timeouts << &g;
            if (g.cause == Cause::HeaderTooBig)
                headers << &g;
            if (!g.samples.isEmpty())
                logPath = log.path;
        }
    }

    for (const auto &[block, target] : places) {
        if (!target)
            continue;
        const QString prefix = EffectiveSettings::modulePrefix(target->directive);
        const EffectiveSettings settings = EffectiveSettings::of(*facts.config, block);
        CheckResult values;
        values.id = QStringLiteral("timeouts.values");
        values.title = tr("Timeouts and buffers for %1 (%2)").arg(target->value, target->where());
        QStringList rows;
        const QStringList names{
            prefix + QStringLiteral("connect_timeout"), prefix + QStringLiteral("send_timeout"),
            prefix + QStringLiteral("read_timeout"),    prefix + QStringLiteral("buffer_size"),
            prefix + QStringLiteral("buffers"),         prefix + QStringLiteral("busy_buffers_size")};
        for (const QString &name : names) {
            const EffectiveSetting s = settings.value(name);
            if (s.args.isEmpty() && s.isDefault && EffectiveSettings::defaultValue(name).isEmpty())
                continue;
            rows << tr("%1 %2 — %3").arg(name, s.value(), s.where());
            if (!s.isDefault)
                values.evidence << ConfigStep::configLine(facts, s.file, s.line, s.value());
        }
        values.status = CheckStatus::Pass;

        const std::optional<NginxDuration> read = settings.duration(prefix + QStringLiteral("read_timeout"));
        if (parsed.latency && parsed.latency->timedCount() > 0) {
            const double p95 = parsed.latency->p95().value_or(0), max = parsed.latency->maximum().value_or(0);
            rows << tr("Upstream response times in the access log: p50 %1 s, p95 %2 s, max %3 s (%4 "
                       "requests).")
                        .arg(parsed.latency->p50().value_or(0), 0, 'f', 3)
                        .arg(p95, 0, 'f', 3)
                        .arg(max, 0, 'f', 3)
                        .arg(parsed.latency->timedCount());
            if (read && max >= 0.8 * read->seconds())
                values.status = CheckStatus::Warn;
        }
        // The app server's own limit: a longer nginx timeout does not help past it.
        QString appLimit;
        if (parsed.processes) {
            for (const AppServer &a : parsed.processes->appServers()) {
                if (a.timeoutSeconds)
                    appLimit = tr("%1 kills requests after %2 s (%3).")
                                   .arg(AppServer::kindName(a.kind))
                                   .arg(*a.timeoutSeconds)
                                   .arg(a.master.args.left(120));
            }
        }
        for (const PhpFpmPool &pool : parsed.pools.pools()) {
            if (target->kind == UpstreamTarget::Kind::UnixSocket && pool.listen() == target->unixPath &&
                pool.requestTerminateTimeout() != QLatin1String("0"))
                appLimit = tr("PHP-FPM pool %1 ends requests after request_terminate_timeout = %2.")
                               .arg(pool.name, pool.requestTerminateTimeout());
        }
        if (!appLimit.isEmpty())
            rows << appLimit;

        if (!timeouts.isEmpty() && read) {
            values.status = CheckStatus::Fail;
            const EffectiveSetting s = settings.value(prefix + QStringLiteral("read_timeout"));
            double recommended = std::max(75.0, read->seconds() * 2);
            if (parsed.latency && parsed.latency->maximum())
                recommended = std::max(recommended, std::ceil(*parsed.latency->maximum() * 1.5));
            Finding f;
            f.cause = Cause::UpstreamTimeout;
            f.step = 5;
            f.upstream = target->endpoint();
            f.severity = Severity::Error;
            f.confidence = 0.9;
            f.summary = tr("%1 took longer than %2 = %3 (%4), so nginx gave up and answered 504.")
                            .arg(target->endpoint(), prefix + QStringLiteral("read_timeout"),
                                 read->toString(), s.where());
            for (const ErrorLogGroup *g : timeouts) {
                for (const ErrorLogSample &sample : g->samples.mid(0, 1))
                    f.evidence << EvidenceOf::logSample(logPath, sample);
            }
            if (!s.isDefault)
                f.evidence << ConfigStep::configLine(facts, s.file, s.line, s.value());
            f.remedy = tr("If the slow requests are legitimate, raise %1 to %2s for this location (step 5 "
                          "applies it "
                          "with a backup, nginx -t, reload and rollback)%3; otherwise make the app faster.")
                           .arg(prefix + QStringLiteral("read_timeout"))
                           .arg(recommended)
                           .arg(appLimit.isEmpty() ? QString()
                                                   : tr(" — and raise the app's own limit too: ") + appLimit);
            f.remedyStep = 5;
            f.blockIndex = block ? block->index : -1;
            const QString value = QStringLiteral("%1s").arg(recommended);
            f.suggestedSettings = {{prefix + QStringLiteral("read_timeout"), value}};
            f.suggestedSettings.append({prefix + QStringLiteral("send_timeout"), value});
            out.findings << f;
        }
        if (!headers.isEmpty()) {
            values.status = CheckStatus::Fail;
            const EffectiveSetting s = settings.value(prefix + QStringLiteral("buffer_size"));
            const std::optional<NginxSize> size = settings.size(prefix + QStringLiteral("buffer_size"));
            const qint64 now = size ? size->bytes() : 4096;
            const QString next = now < 16 * 1024 ? QStringLiteral("16k") : QStringLiteral("32k");
            Finding f;
            f.cause = Cause::HeaderTooBig;
            f.step = 5;
            f.upstream = target->endpoint();
            f.severity = Severity::Error;
            f.confidence = 0.95;
            f.summary =
                tr("%1's response headers do not fit in %2 = %3 (%4), so nginx answers 502.")
                    .arg(target->endpoint(), prefix + QStringLiteral("buffer_size"), s.value(), s.where());
            for (const ErrorLogGroup *g : headers) {
                for (const ErrorLogSample &sample : g->samples.mid(0, 1))
                    f.evidence << EvidenceOf::logSample(logPath, sample);
            }
            if (!s.isDefault)
                f.evidence << ConfigStep::configLine(facts, s.file, s.line, s.value());
            f.remedy =
                tr("Set %1 %2, %3 \"8 %2\" and %4 %5 for this location (step 5 applies it safely).")
                    .arg(prefix + QStringLiteral("buffer_size"), next, prefix + QStringLiteral("buffers"),
                         prefix + QStringLiteral("busy_buffers_size"),
                         next == QLatin1String("16k") ? QStringLiteral("32k") : QStringLiteral("64k"));
            f.remedyStep = 5;
            f.blockIndex = block ? block->index : -1;
            f.suggestedSettings = {{prefix + QStringLiteral("buffer_size"), next}};
            // gRPC has one buffer size and no buffers/busy_buffers_size directives.
            if (prefix != QLatin1String("grpc_")) {
                f.suggestedSettings.append({prefix + QStringLiteral("buffers"), QStringLiteral("8 ") + next});
                f.suggestedSettings.append(
                    {prefix + QStringLiteral("busy_buffers_size"),
                     next == QLatin1String("16k") ? QStringLiteral("32k") : QStringLiteral("64k")});
            }
            out.findings << f;
        }
        values.explanation = rows.join(QLatin1Char('\n'));
        out.add(values);
    }
    if (out.result.checks.isEmpty()) {
        CheckResult none;
        none.id = QStringLiteral("timeouts.values");
        none.title = tr("Effective timeouts and buffers");
        none.status = CheckStatus::Skipped;
        none.explanation = tr("No location passes requests to an upstream.");
        out.add(none);
    }
    return out;
}

} // namespace gd
