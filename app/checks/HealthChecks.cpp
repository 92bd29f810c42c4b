// Step 6: restart, reload and watch — is everything healthy?
#include "app/checks/CheckRegistry.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/checks/PoolLiveStatus.h"
#include "app/checks/PoolRemedy.h"
#include "app/facts/FastCgiReach.h"
#include "app/facts/NginxRuntime.h"
#include "app/logs/SystemdJournalLine.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QSet>

namespace gd {

namespace {

class HealthChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::HealthChecks)
public:
    static void nginxRunning(const CheckInput &in, CheckOutput &out);
    static void units(const CheckInput &in, CheckOutput &out);
    static void unitJournals(const CheckInput &in, CheckOutput &out);
    static void oomKills(const CheckInput &in, CheckOutput &out);
    static void phpFpmLog(const CheckInput &in, CheckOutput &out);

private:
    static QSet<QString> upstreamProcessNames(const ParsedFacts &parsed);
    // `pool`: the pool the line names (poolNamed), null when none is known.
    static std::optional<Finding> phpFpmFinding(const CheckInput &in, const CitedLine &line,
                                                const PhpFpmLogLine &event, const PhpFpmPool *pool);
    static Finding liveSaturation(const CheckInput &in, const PhpFpmPool &pool,
                                  const ParsedFacts::PoolStatus &status);
    static const PhpFpmPool *poolNamed(const CheckInput &in, const QString &name, const QString &logFile);
    static QString peerLabel(const CheckInput &in, const PhpFpmPool &pool);
};

// The pool a log line names: several masters may each have a pool "www". The one whose
// master writes this log is meant; when no master's error_log names the file, the one
// nginx sends requests to (FastCgiReach).
const PhpFpmPool *HealthChecks::poolNamed(const CheckInput &in, const QString &name, const QString &logFile)
{
    if (const PhpFpmPool *own = in.parsed.pools.poolOfLog(name, logFile))
        return own;
    const PhpFpmPool *first = nullptr;
    for (const PhpFpmPool &pool : in.parsed.pools.pools()) {
        if (pool.name != name)
            continue;
        if (!first)
            first = &pool;
        if (FastCgiReach::reaches(in.facts, pool))
            return &pool;
    }
    return first;
}

// The pool's socket as nginx's log names it, so that findings about it merge.
QString HealthChecks::peerLabel(const CheckInput &in, const PhpFpmPool &pool)
{
    return ParsedFacts::labelForPeer(
        in.facts, pool.listensOnSocket() ? QStringLiteral("unix:") + pool.listen() : pool.listen());
}

// An nginx master runs for the configuration we diagnose.
void HealthChecks::nginxRunning(const CheckInput &in, CheckOutput &out)
{
    CheckResult check;
    check.id = QStringLiteral("health.nginx_running");
    check.title = tr("nginx is running");
    check.commands << CommandRecord::of(in.facts.processes, 3000);
    if (in.parsed.nginx) {
        check.status = CheckStatus::Pass;
        check.explanation =
            tr("nginx master %1 runs with %n worker(s) as %2.", nullptr, int(in.parsed.nginx->workers.size()))
                .arg(in.parsed.nginx->master.pid)
                .arg(in.parsed.nginx->workerUser.isEmpty() ? tr("(unknown user)")
                                                           : in.parsed.nginx->workerUser);
    } else if (in.parsed.processes) {
        check.status = CheckStatus::Fail;
        check.explanation = tr("No nginx master process runs for %1.").arg(in.facts.confPath);
        FindingBuilder f(Cause::NginxNotRunning);
        f.severity(Severity::Critical)
            .confidence(0.95)
            .summary(tr("nginx is not running (no \"nginx: master process\" for %1), so nothing answers on "
                        "its ports.")
                         .arg(in.facts.confPath))
            .evidence(EvidenceOf::command(in.facts.processes, QStringLiteral("ps"),
                                          tr("no \"nginx: master process\" among %n process(es)", nullptr,
                                             int(in.parsed.processes->processes().size()))));
        const std::optional<HttpProbeResult> &through = in.parsed.throughNginx;
        if (through && !through->transportOk())
            f.evidence(
                EvidenceOf::command(in.facts.probeThroughNginx, QStringLiteral("curl"),
                                    through->evidence.isEmpty() ? through->errorMessage : through->evidence));
        // Test first: a config that nginx refuses would not start either.
        if (const Result<NginxRuntime, QString> runtime = NginxRuntime::from(in.facts, in.parsed)) {
            f.action(FixAction::command(runtime->testArgv(), true, FixAction::Host::Nginx,
                                        tr("check the configuration first")));
            const QStringList start = !in.parsed.systemdRunning
                                          ? QStringList{runtime->binary} + runtime->baseArguments()
                                          : QStringList{QStringLiteral("systemctl"), QStringLiteral("start"),
                                                        QStringLiteral("nginx")};
            f.action(FixAction::command(start, true, FixAction::Host::Nginx, tr("start nginx")));
        }
        out.add(f.remedy(tr("Check the configuration with nginx -t, then start nginx.")).build());
    } else {
        check.status = CheckStatus::Error;
        check.explanation = tr("Could not list processes: %1").arg(in.facts.processes.error.message());
        check.next = tr("Run ps -ef | grep nginx yourself to see whether nginx runs.");
    }
    out.add(check);
}

// The systemd services behind the upstreams stay up (no restart loop, no OOM kill).
void HealthChecks::units(const CheckInput &in, CheckOutput &out)
{
    for (auto it = in.parsed.units.begin(); it != in.parsed.units.end(); ++it) {
        const SystemdUnit &u = it.value();
        const CommandResult &show = in.facts.units.value(it.key());
        CheckResult check;
        check.id = QStringLiteral("health.unit");
        check.title = tr("%1 stays up").arg(it.key());
        check.commands << CommandRecord::of(show)
                       << CommandRecord::of(in.facts.unitJournals.value(it.key()), 3000);
        const bool oom = u.result == QLatin1String("oom-kill");
        if (u.isCrashLooping() || oom) {
            check.status = CheckStatus::Fail;
            check.explanation = tr("%1 keeps failing: %2, restarted %3 times, last exit %4.")
                                    .arg(it.key(), u.activeState)
                                    .arg(u.nRestarts.value_or(0))
                                    .arg(u.lastExit());
            FindingBuilder f(oom ? Cause::ResourceExhaustion : Cause::UpstreamCrashed);
            f.upstream(it.key()).severity(Severity::Error).confidence(0.8).summary(check.explanation);
            for (const QString &key :
                 {QStringLiteral("NRestarts"), QStringLiteral("Result"), QStringLiteral("ExecMainStatus")}) {
                if (u.properties.contains(key))
                    f.evidence(EvidenceOf::command(show, QStringLiteral("systemctl"),
                                                   key + QLatin1Char('=') + u.properties.value(key)));
            }
            out.add(f.build());
        } else {
            check.status = u.isRunning() ? CheckStatus::Pass : CheckStatus::Warn;
            check.explanation = tr("%1 is %2 (%3).").arg(it.key(), u.activeState, u.subState);
            if (check.status == CheckStatus::Warn)
                check.next = tr("Start it with systemctl start %1; systemctl status %1 says why it stopped.")
                                 .arg(it.key());
        }
        out.add(check);
    }
}

// The services' own journals: crashes, restart loops and OOM kills that the unit
// state alone (a unit running again now) would hide.
void HealthChecks::unitJournals(const CheckInput &in, CheckOutput &out)
{
    for (auto it = in.facts.unitJournals.begin(); it != in.facts.unitJournals.end(); ++it) {
        QList<std::pair<QByteArray, SystemdJournalLine>> events;
        for (const QByteArray &line : it.value().stdOut.split('\n')) {
            if (std::optional<SystemdJournalLine> e = SystemdJournalLine::parse(line); e && e->cause())
                events.append({line, *e});
        }
        if (events.isEmpty())
            continue;
        CheckResult check;
        check.id = QStringLiteral("health.unit_journal");
        check.title = tr("%1's journal").arg(it.key());
        check.commands << CommandRecord::of(it.value(), 3000);
        check.status = CheckStatus::Fail;
        check.explanation =
            tr("%1 crashed or was restarted %n time(s) in the period read.", nullptr, int(events.size()))
                .arg(it.key());
        const Cause cause = *events.last().second.cause();
        FindingBuilder f(cause);
        f.upstream(it.key())
            .severity(Severity::Error)
            .confidence(0.75)
            .summary(
                cause == Cause::ResourceExhaustion
                    ? tr("The kernel killed %1 for lack of memory; while it restarts, nginx answers 502.")
                          .arg(it.key())
                    : tr("%1 keeps crashing and being restarted (%n event(s) in its journal); each crash "
                         "turns "
                         "the requests in flight into 502s.",
                         nullptr, int(events.size()))
                          .arg(it.key()));
        for (const auto &[line, event] : events.mid(qMax(0, int(events.size()) - 3))) {
            Evidence e = EvidenceOf::command(it.value(), QStringLiteral("journal"), utf8Text(line));
            e.spanStart = event.messageOffset();
            e.spanLength = int(e.excerpt.size()) - event.messageOffset();
            check.evidence << e;
            f.evidence(e);
        }
        out.add(f.build());
        out.add(check);
    }
}

QSet<QString> HealthChecks::upstreamProcessNames(const ParsedFacts &parsed)
{
    QSet<QString> names;
    for (const Listener &l : parsed.listeners.listeners()) {
        for (const SocketProcess &p : l.processes) {
            if (p.name != QLatin1String("nginx") && p.name != QLatin1String("sshd"))
                names.insert(p.name);
        }
    }
    if (parsed.processes) {
        for (const AppServer &a : parsed.processes->appServers())
            names.insert(a.master.argv.value(0).section(QLatin1Char('/'), -1));
        if (!parsed.processes->phpFpm().isEmpty())
            names << QStringLiteral("php-fpm") << QStringLiteral("php-fpm8.2")
                  << QStringLiteral("php-fpm8.1");
    }
    return names;
}

// Kernel OOM kills of processes behind the upstreams.
void HealthChecks::oomKills(const CheckInput &in, CheckOutput &out)
{
    const QSet<QString> upstreamProcesses = upstreamProcessNames(in.parsed);
    CheckResult check;
    check.id = QStringLiteral("health.oom");
    check.title = tr("No out-of-memory kills");
    check.commands << CommandRecord::of(in.facts.kernelLog, 3000);
    check.status = CheckStatus::Pass;
    check.explanation = tr("The kernel log shows no OOM kills.");
    for (const auto &[line, kill] : in.parsed.oomKills) {
        check.status = CheckStatus::Warn;
        check.explanation = tr("The kernel killed processes for lack of memory.");
        check.next = tr("See what uses the memory (free -m, ps aux --sort=-rss | head) and journalctl -k "
                        "for the kills.");
        check.evidence << EvidenceOf::cited(line, kill.process());
        // The kernel's 15-character command name; captured by value (clang 14 cannot
        // capture a structured binding).
        const QString killed = kill.process();
        const bool related =
            std::any_of(upstreamProcesses.begin(), upstreamProcesses.end(), [&killed](const QString &name) {
                return !name.isEmpty() && killed.startsWith(name.left(15));
            });
        if (!related)
            continue;
        check.status = CheckStatus::Fail;
        out.add(FindingBuilder(Cause::ResourceExhaustion)
                    .upstream(kill.process())
                    .severity(Severity::Error)
                    .confidence(0.85)
                    .summary(
                        tr("The kernel killed %1 (pid %2) because the machine ran out of memory; requests it "
                           "was serving got 502.")
                            .arg(kill.process())
                            .arg(kill.pid()))
                    .evidence(EvidenceOf::cited(line, kill.process()))
                    .build());
    }
    out.add(check);
}

// PHP-FPM's own log (saturation, killed scripts, crashed workers) and each pool's
// status page, where it has one: its live figures.
void HealthChecks::phpFpmLog(const CheckInput &in, CheckOutput &out)
{
    // PHP-FPM's log is this nginx's business only where it sends FastCGI, and a line
    // only when its pool is one this nginx reaches (FastCgiReach): on a shared server
    // another site's pool may be saturated without this nginx ever asking it.
    if ((in.parsed.phpFpmEvents.isEmpty() && in.parsed.phpFpmStatus.isEmpty()) ||
        !FastCgiReach::sendsFastCgi(in.facts))
        return;
    CheckResult check;
    check.id = QStringLiteral("health.php_fpm");
    check.title = tr("PHP-FPM has free workers");
    check.status = CheckStatus::Pass;
    // The pools with a finding from the log already, as "file[name]" (a pool the log's
    // line could not tell apart from others of its name: "[name]").
    QSet<QString> saturatedPools;
    const auto key = [](const QString &file, const QString &name) {
        return file + QLatin1Char('[') + name + QLatin1Char(']');
    };
    for (const auto &[line, event] : in.parsed.phpFpmEvents) {
        const PhpFpmPool *pool = poolNamed(in, event.pool(), line.file);
        if (pool && !FastCgiReach::reaches(in.facts, *pool))
            continue;
        check.evidence << EvidenceOf::cited(line);
        const std::optional<Finding> f = phpFpmFinding(in, line, event, pool);
        if (!f)
            continue;
        if (f->cause == Cause::PhpFpmSaturated)
            saturatedPools.insert(pool ? key(pool->file, pool->name) : key(QString(), event.pool()));
        check.status = CheckStatus::Fail;
        check.explanation = f->summary;
        out.add(*f);
    }
    // Live saturation is evidence even before the log has its line (and in static
    // pools, which never log it).
    for (const PhpFpmPool &pool : in.parsed.pools.pools()) {
        const ParsedFacts::PoolStatus *status = in.parsed.statusOf(pool);
        if (!status || !FastCgiReach::reaches(in.facts, pool))
            continue;
        check.commands << CommandRecord::of(status->command, 2000);
        check.evidence << PoolLiveStatus::evidence(*status, pool);
        if (!PoolLiveStatus::saturated(status->answer, pool.maxChildren()) ||
            saturatedPools.contains(key(pool.file, pool.name)) ||
            saturatedPools.contains(key(QString(), pool.name)))
            continue;
        saturatedPools.insert(key(pool.file, pool.name));
        const Finding f = liveSaturation(in, pool, *status);
        check.status = CheckStatus::Fail;
        check.explanation = f.summary;
        out.add(f);
    }
    if (check.status == CheckStatus::Pass)
        check.explanation = in.parsed.phpFpmStatus.isEmpty()
                                ? tr("Nothing alarming in PHP-FPM's log.")
                                : tr("Nothing alarming in PHP-FPM's log, and its status page shows free "
                                     "children.");
    out.add(check);
}

Finding HealthChecks::liveSaturation(const CheckInput &in, const PhpFpmPool &pool,
                                     const ParsedFacts::PoolStatus &status)
{
    const PhpFpmStatusProbe::Answer &a = status.answer;
    const qint64 reached = a.status.maxChildrenReached;
    QString summary;
    if (PoolLiveStatus::saturatedNow(a, pool.maxChildren()))
        summary =
            tr("PHP-FPM pool %1 has no free child right now: further requests wait or fail.").arg(pool.name);
    else if (reached == 1)
        summary = tr("PHP-FPM pool %1 reached pm.max_children (%2) once since it started: further requests "
                     "waited or failed.")
                      .arg(pool.name)
                      .arg(pool.maxChildren());
    else
        summary =
            tr("PHP-FPM pool %1 reached pm.max_children (%2) %3 times since it started: further requests "
               "waited or failed.")
                .arg(pool.name)
                .arg(pool.maxChildren())
                .arg(reached);
    summary += QLatin1Char(' ') + PoolLiveStatus::sentence(a, pool.maxChildren());
    const PoolRemedy::Remedy remedy = PoolRemedy::of(in, pool);
    return FindingBuilder(Cause::PhpFpmSaturated)
        .upstream(QStringLiteral("php-fpm pool %1").arg(pool.name))
        .severity(Severity::Error)
        .confidence(PoolLiveStatus::saturatedNow(a, pool.maxChildren()) ? 0.85 : 0.8)
        .summary(summary)
        .evidence(PoolLiveStatus::evidence(status, pool))
        .remedy(remedy.text)
        .actions(remedy.actions)
        .build();
}

std::optional<Finding> HealthChecks::phpFpmFinding(const CheckInput &in, const CitedLine &line,
                                                   const PhpFpmLogLine &event, const PhpFpmPool *pool)
{
    Cause cause;
    QString summary;
    switch (event.event()) {
    case PhpFpmLogLine::Event::MaxChildrenReached:
        cause = Cause::PhpFpmSaturated;
        summary = tr("PHP-FPM pool %1 reached pm.max_children (%2): further requests wait or fail.")
                      .arg(event.pool())
                      .arg(event.number());
        if (pool) {
            QString backlog;
            if (pool->backlogTooSmall())
                backlog =
                    QLatin1Char(' ') +
                    tr("And its listen.backlog is %1 (%2): while every child is busy the kernel refuses "
                       "further connections at once, so more children alone would not stop the 502s.")
                        .arg(pool->listenBacklog())
                        .arg(pool->value(QStringLiteral("listen.backlog"))
                                 ? pool->value(QStringLiteral("listen.backlog"))->location()
                                 : pool->file);
            summary += backlog;
            const PoolRemedy::Remedy remedy = PoolRemedy::of(in, *pool);
            QList<Evidence> evidence{EvidenceOf::cited(line)};
            QString remedyText = remedy.text;
            // The live figures when the pool has a status page; else how to give it one.
            if (const ParsedFacts::PoolStatus *status = in.parsed.statusOf(*pool)) {
                evidence << PoolLiveStatus::evidence(*status, *pool);
                const PhpFpmStatusProbe::Answer &a = status->answer;
                // Its own counters say it better than one log line: since when, how often, now.
                if (PoolLiveStatus::saturatedNow(a, pool->maxChildren()) ||
                    a.status.maxChildrenReached >= 1) {
                    summary = liveSaturation(in, *pool, *status).summary + backlog;
                    evidence.move(0, evidence.size() - 1); // the page the summary reads first, then the log
                } else if (const QString now = PoolLiveStatus::sentence(a, pool->maxChildren());
                           !now.isEmpty())
                    summary += QLatin1Char(' ') + now;
            } else if (pool->statusPath().isEmpty()) {
                remedyText += QLatin1Char(' ') + PoolLiveStatus::howToEnable(*pool);
            }
            return FindingBuilder(cause)
                .upstream(QStringLiteral("php-fpm pool %1").arg(event.pool()))
                .severity(Severity::Error)
                .confidence(0.85)
                .summary(summary)
                .evidence(evidence)
                .remedy(remedyText)
                .actions(remedy.actions)
                .build();
        }
        break;
    case PhpFpmLogLine::Event::ExecutionTimedOut:
        // The pool's own limit ended the script: the limit to change is PHP-FPM's. Named like
        // nginx names the pool's socket, so that the error log's finding for it merges in.
        if (pool) {
            const std::optional<PhpFpmValue> limit = pool->value(QStringLiteral("request_terminate_timeout"));
            const QString where = limit ? limit->location() : pool->file;
            return FindingBuilder(Cause::UpstreamTimeout)
                .upstream(peerLabel(in, *pool))
                .severity(Severity::Error)
                .confidence(0.85)
                .summary(
                    tr("PHP-FPM pool %1 killed a script that ran past its request_terminate_timeout (%2, "
                       "%3): nginx saw the connection drop and answered 502.")
                        .arg(pool->name, pool->requestTerminateTimeout(), where))
                .evidence(EvidenceOf::cited(line))
                .remedy(tr("If the script is legitimately slow, raise request_terminate_timeout at %1 above "
                           "the time it needs, keeping it below nginx's fastcgi_read_timeout; otherwise make "
                           "the script faster. Then reload PHP-FPM.")
                            .arg(where))
                .remedyStep(5)
                .fixInApp()
                .build();
        }
        cause = Cause::UpstreamTimeout;
        summary =
            tr("PHP-FPM killed a script that ran past request_terminate_timeout: nginx saw the connection "
               "drop and answered 502.");
        break;
    case PhpFpmLogLine::Event::ChildExitedOnSignal:
        // SIGTERM is php-fpm ending a child itself (request_terminate_timeout, a reload):
        // the line before says why; not a crash.
        if (event.signal() == 15)
            return std::nullopt;
        cause = Cause::UpstreamCrashed;
        summary = tr("A PHP-FPM worker crashed (%1).").arg(event.signalName());
        if (pool)
            return FindingBuilder(cause)
                .upstream(peerLabel(in, *pool))
                .severity(Severity::Error)
                .confidence(0.8)
                .summary(tr("A PHP-FPM worker of pool %1 crashed (%2).").arg(pool->name, event.signalName()))
                .evidence(EvidenceOf::cited(line))
                .fixInApp()
                .build();
        break;
    default:
        return std::nullopt;
    }
    return FindingBuilder(cause)
        .upstream(event.pool().isEmpty() ? QStringLiteral("php-fpm")
                                         : QStringLiteral("php-fpm pool %1").arg(event.pool()))
        .severity(Severity::Error)
        .confidence(0.8)
        .summary(summary)
        .evidence(EvidenceOf::cited(line))
        .build();
}

} // namespace

const QList<CheckDef> &CheckRegistry::healthChecks()
{
    static const QList<CheckDef> table{
        {"health.nginx_running", 6, QT_TRANSLATE_NOOP("gd::Check", "nginx is running"),
         FactNeed::Processes | FactNeed::ThroughNginx, &HealthChecks::nginxRunning},
        {"health.unit", 6, QT_TRANSLATE_NOOP("gd::Check", "The services behind the upstreams stay up"),
         quint32(FactNeed::Units), &HealthChecks::units},
        {"health.unit_journal", 6, QT_TRANSLATE_NOOP("gd::Check", "The services' journals show no crashes"),
         quint32(FactNeed::UnitJournals), &HealthChecks::unitJournals},
        {"health.oom", 6, QT_TRANSLATE_NOOP("gd::Check", "No out-of-memory kills"),
         FactNeed::KernelLog | FactNeed::Sockets | FactNeed::Processes, &HealthChecks::oomKills},
        {"health.php_fpm", 6, QT_TRANSLATE_NOOP("gd::Check", "PHP-FPM has free workers"),
         quint32(FactNeed::PhpFpm), &HealthChecks::phpFpmLog},
    };
    return table;
}

} // namespace gd
