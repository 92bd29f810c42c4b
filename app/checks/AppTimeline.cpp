#include "app/checks/AppTimeline.h"

#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/checks/PoolRemedy.h"
#include "app/checks/UpstreamEndpoints.h"
#include "app/config/EffectiveSettings.h"
#include "app/logs/ErrorLogLine.h"
#include "remote/ByteText.h"

#include <algorithm>

#include <string.h>

namespace gd {

namespace {

// nginx notices a dropped connection at once, but the two logs stamp whole seconds
// and the master may log the kill a moment before or after.
constexpr qint64 kSlackSeconds = 5;

QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// How decisive an event is for a dropped connection: the app's own limit first.
int weight(AppEvent::Kind kind)
{
    switch (kind) {
    case AppEvent::Kind::WorkerTimeout:
        return 5;
    case AppEvent::Kind::WorkerKilled:
        return 4;
    case AppEvent::Kind::Exception:
        return 3;
    case AppEvent::Kind::ProcessExit:
        return 2;
    case AppEvent::Kind::WorkerExited:
        return 1;
    default:
        return 0;
    }
}

// "SIGKILL": the C library's own abbreviation (glibc 2.32 and later).
QString signalName(int signal)
{
    const char *abbreviation = sigabbrev_np(signal);
    return abbreviation ? QStringLiteral("SIG") + latin1Text(abbreviation)
                        : QStringLiteral("signal %1").arg(signal);
}

} // namespace

const ParsedAppServer *AppTimeline::serverFor(const ParsedFacts &parsed, const QString &upstream)
{
    if (upstream.startsWith(QLatin1String("unix:"))) {
        const QString path = upstream.mid(5);
        for (const ParsedAppServer &a : parsed.appServers) {
            for (const Listener &l : a.listeners) {
                if (l.kind == Listener::Kind::Unix && l.path == path)
                    return &a;
            }
        }
        return nullptr;
    }
    const int colon = int(upstream.lastIndexOf(QLatin1Char(':')));
    bool ok = false;
    const quint16 port = upstream.mid(colon + 1).toUShort(&ok);
    if (colon <= 0 || !ok)
        return nullptr;
    QString host = upstream.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    for (const ParsedAppServer &a : parsed.appServers) {
        for (const Listener &l : a.listeners) {
            if (l.kind == Listener::Kind::Tcp && l.port == port && ListeningSockets::accepts(l, host))
                return &a;
        }
    }
    return nullptr;
}

QList<const AppEvent *> AppTimeline::eventsNear(const ParsedAppServer &server, const ErrorLogGroup &group)
{
    QList<const AppEvent *> out;
    if (!group.firstSeen.isValid())
        return out;
    const qint64 from = ErrorLogLine::naiveSecondsOf(group.firstSeen) - kSlackSeconds;
    const qint64 to =
        ErrorLogLine::naiveSecondsOf(group.lastSeen.isValid() ? group.lastSeen : group.firstSeen) +
        kSlackSeconds;
    for (const AppEvent &e : server.events) {
        if (!e.time.isValid())
            continue;
        const qint64 t = ErrorLogLine::naiveSecondsOf(e.time);
        if (t >= from && t <= to)
            out << &e;
    }
    return out;
}

Evidence AppTimeline::evidenceOf(const ParsedAppServer &server, const AppEvent &event)
{
    Evidence e;
    e.source = server.log.kind == AppLogLocation::Kind::Journal ? QStringLiteral("journal")
                                                                : tr("%1 log").arg(server.settings.name);
    e.file = server.log.kind == AppLogLocation::Kind::File ? server.log.path : QString();
    e.excerpt = utf8Text(event.line);
    if (event.span > 0 && event.span < e.excerpt.size()) {
        e.spanStart = event.span;
        e.spanLength = int(e.excerpt.size()) - event.span;
    }
    // A traceback: its first line and, below, the exception it ended with.
    if (event.kind == AppEvent::Kind::Exception && !event.detail.isEmpty() &&
        !e.excerpt.contains(event.detail)) {
        e.excerpt += QStringLiteral("\n…\n") + event.detail;
        if (e.spanStart >= 0)
            e.spanLength = int(e.excerpt.size()) - e.spanStart;
    }
    return e;
}

QString AppTimeline::whereSet(const AppServerSettings::Value &value)
{
    if (value.isDefault)
        return tr("not set: %1 s is its built-in default").arg(value.text);
    if (value.source.contains(QLatin1Char(':')))
        return tr("set at %1").arg(value.source);
    if (value.source.contains(QLatin1Char('_')))
        return tr("set in its environment, %1").arg(value.source);
    return tr("set on its %1").arg(value.source);
}

QString AppTimeline::limitText(const AppServerSettings &settings)
{
    if (!settings.requestTimeout)
        return QString();
    const AppServerSettings::Value &v = *settings.requestTimeout;
    return tr("%1's %2 (%3 s, %4)").arg(settings.name, settings.timeoutOption(), v.text, v.source);
}

QString AppTimeline::nginxReadTimeout(const CheckInput &in, const QString &upstream, double *seconds)
{
    if (!in.facts.config)
        return QString();
    for (const UpstreamEndpoint &e : upstreamEndpoints(in.facts)) {
        if (!e.target || (e.endpoint != upstream && e.label != upstream))
            continue;
        const int index = e.target->locationIndex >= 0 ? e.target->locationIndex : e.target->serverIndex;
        if (index < 0)
            continue;
        const EffectiveSettings settings =
            EffectiveSettings::of(*in.facts.config, &in.facts.config->directive(index));
        const QString name =
            EffectiveSettings::modulePrefix(e.target->directive) + QStringLiteral("read_timeout");
        const EffectiveSetting s = settings.value(name);
        if (seconds) {
            if (const std::optional<NginxDuration> d = settings.duration(name))
                *seconds = d->seconds();
        }
        return tr("%1 %2 (%3)").arg(name, s.value(), s.where());
    }
    return QString();
}

std::optional<Finding> AppTimeline::explain(const CheckInput &in, const QString &logPath,
                                            const ErrorLogGroup &group, const QString &label,
                                            const QList<Evidence> &nginxEvidence)
{
    Q_UNUSED(logPath);
    if (group.cause != Cause::UpstreamCrashed)
        return std::nullopt;
    const ParsedAppServer *server = serverFor(in.parsed, group.upstream);
    if (!server)
        return std::nullopt;
    const QList<const AppEvent *> near = eventsNear(*server, group);
    const AppEvent *event = nullptr;
    for (const AppEvent *e : near) {
        if (weight(e->kind) > 0 && (!event || weight(e->kind) > weight(event->kind)))
            event = e;
    }
    if (!event)
        return std::nullopt;

    const QString app = server->settings.name;
    const QString who = label.isEmpty() ? tr("the upstream") : label;
    const QString nginxWhen = clock(group.lastSeen.isValid() ? group.lastSeen : group.firstSeen);
    const QString appWhen = clock(event->time);
    const QString appLine =
        event->detail.isEmpty() ? utf8Text(event->line).mid(event->span).trimmed() : event->detail;
    // "nginx: ... at T — gunicorn: ... at T": both sides, in the log's own words.
    const QString both = tr("nginx lost the connection to %1 %n time(s) (last at %2); %3's own log at %4: "
                            "\"%5\".",
                            nullptr, int(group.count))
                             .arg(who, nginxWhen, app, appWhen, appLine);
    QList<Evidence> evidence = nginxEvidence.mid(0, 1);
    evidence << evidenceOf(*server, *event);
    evidence << nginxEvidence.mid(1);

    double nginxSeconds = 0;
    const QString nginxTimeout = nginxReadTimeout(in, group.upstream, &nginxSeconds);
    const QString restart = server->unit.isEmpty()
                                ? tr("then restart %1").arg(app)
                                : tr("then restart it (systemctl restart %1)").arg(server->unit);
    const QString restartSentence = server->unit.isEmpty()
                                        ? tr("Then restart %1.").arg(app)
                                        : tr("Then restart it (systemctl restart %1).").arg(server->unit);

    auto start = [&](Cause cause) {
        FindingBuilder b(cause);
        b.upstream(label).severity(Severity::Error).evidence(evidence);
        if (cause != Cause::ResourceExhaustion)
            b.fixInApp();
        return b;
    };

    if (event->kind == AppEvent::Kind::WorkerTimeout) {
        // The app's own limit ended the request: nginx's timeout is not what to raise.
        QString limit, setting, where;
        if (server->settings.kind == AppServerSettings::Kind::PhpFpm) {
            const PhpFpmPool *pool = PoolRemedy::poolFor(in, label);
            setting = QStringLiteral("request_terminate_timeout");
            if (pool) {
                const std::optional<PhpFpmValue> v = pool->value(setting);
                limit = tr("PHP-FPM pool %1's request_terminate_timeout (%2, %3)")
                            .arg(pool->name, pool->requestTerminateTimeout(), v ? v->location() : pool->file);
                where = tr("set at %1").arg(v ? v->location() : pool->file);
            } else {
                limit = tr("PHP-FPM's request_terminate_timeout");
            }
        } else {
            limit = limitText(server->settings);
            setting = server->settings.timeoutOption();
            if (server->settings.requestTimeout) {
                where = whereSet(*server->settings.requestTimeout);
                // Under systemd the command line is the unit's ExecStart.
                const QString file =
                    in.parsed.units.value(server->unit).properties.value(QStringLiteral("FragmentPath"));
                if (server->settings.requestTimeout->source ==
                        QCoreApplication::translate("gd::AppServerSettings", "command line") &&
                    !file.isEmpty())
                    where += tr(", the ExecStart of %1").arg(file);
            }
        }
        if (limit.isEmpty())
            limit = tr("%1's own request time limit").arg(app);
        FindingBuilder f = start(Cause::UpstreamTimeout);
        f.confidence(0.93)
            .remedyStep(5)
            .summary(
                tr("%1 ended the request itself: it ran longer than %2, so %1 killed the worker and nginx "
                   "saw the connection close and answered 502. %3")
                    .arg(app, limit, both) +
                (nginxTimeout.isEmpty() ? QString()
                                        : QLatin1Char(' ') + tr("nginx would have waited longer (%1): its "
                                                                "timeout is not the one that fired.")
                                                                 .arg(nginxTimeout)))
            .remedy(
                tr("If the slow request is legitimate, raise %1's %2 (%3) above the time it needs, and keep "
                   "it below nginx's %4 so that nginx's limit and the app's agree; otherwise make the "
                   "request "
                   "faster. Raising nginx's timeout alone changes nothing. %5")
                    .arg(app, setting, where.isEmpty() ? tr("on its command line or in its config") : where,
                         nginxTimeout.isEmpty() ? tr("read timeout") : nginxTimeout, restartSentence));
        return f.build();
    }
    if (event->kind == AppEvent::Kind::WorkerKilled) {
        // SIGKILL with a kernel OOM kill of that worker: memory, not a bug.
        for (const auto &[line, kill] : in.parsed.oomKills) {
            if (event->workerPid > 0 && kill.pid() == event->workerPid) {
                FindingBuilder f = start(Cause::ResourceExhaustion);
                f.confidence(0.9)
                    .evidence(EvidenceOf::cited(line, kill.process()))
                    .summary(
                        tr("The kernel killed %1's worker (pid %2) for lack of memory while it served the "
                           "request. %3")
                            .arg(app)
                            .arg(event->workerPid)
                            .arg(both))
                    .remedy(tr("Give the machine more memory or let %1 use less (fewer workers, smaller "
                               "requests); %2.")
                                .arg(app, restart));
                return f.build();
            }
        }
        const QString sig = signalName(event->signal);
        FindingBuilder f = start(Cause::UpstreamCrashed);
        f.confidence(0.9)
            .summary(event->signal == 11 ? tr("%1's worker crashed with a segmentation fault (SIGSEGV) while "
                                              "it served the request: "
                                              "a bug in the app, an extension or a library. %2")
                                               .arg(app, both)
                                         : tr("%1's worker (pid %2) was killed by %3 while it served the "
                                              "request: by its master for "
                                              "time, by the kernel for memory, or by someone. %4")
                                               .arg(app)
                                               .arg(event->workerPid)
                                               .arg(sig, both))
            .remedy(
                event->signal == 11
                    ? tr("Find the request that crashes it (the time and request above) and fix the code or "
                         "extension behind it; a core dump (coredumpctl) shows where. %1 restarts workers by "
                         "itself, so other requests still work.")
                          .arg(app)
                    : tr("Look at what killed it at that time (journalctl -k for the kernel's OOM killer, "
                         "the "
                         "app's limits); %1.")
                          .arg(restart));
        return f.build();
    }
    if (event->kind == AppEvent::Kind::Exception || event->kind == AppEvent::Kind::ProcessExit) {
        FindingBuilder f = start(Cause::UpstreamCrashed);
        f.confidence(0.88)
            .summary(tr("%1 failed on the request with an uncaught error (%2) and dropped the connection. %3")
                         .arg(app, event->detail.isEmpty() ? tr("see its log") : event->detail, both))
            .remedy(tr("Fix the error in the application (the traceback is in its log at %1); %2.")
                        .arg(appWhen.isEmpty() ? tr("that time") : appWhen, restart));
        return f.build();
    }
    return std::nullopt;
}

} // namespace gd
