#include "app/checks/ServiceHealthStep.h"

#include "app/checks/ErrorLogStep.h"
#include "app/checks/EvidenceOf.h"
#include "app/logs/SystemdJournalLine.h"

#include <QSet>

namespace gd {

StepOutcome ServiceHealthStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 6;
    out.result.title = tr("Restart, reload and watch: is everything healthy?");

    CheckResult running;
    running.id = QStringLiteral("health.nginx_running");
    running.title = tr("nginx is running");
    running.commands << recordOf(facts.processes, 3000);
    if (parsed.nginx) {
        running.status = CheckStatus::Pass;
        running.explanation =
            tr("nginx master %1 runs with %n worker(s) as %2.", nullptr, int(parsed.nginx->workers.size()))
                .arg(parsed.nginx->master.pid)
                .arg(parsed.nginx->workerUser.isEmpty() ? tr("(unknown user)") : parsed.nginx->workerUser);
    } else if (parsed.processes) {
        running.status = CheckStatus::Fail;
        running.explanation = tr("No nginx master process runs for %1.").arg(facts.confPath);
        Finding f;
        f.cause = Cause::NginxNotRunning;
        f.step = 6;
        f.severity = Severity::Critical;
        f.confidence = 0.95;
        f.summary =
            tr("nginx is not running (no \"nginx: master process\" for %1), so nothing answers on its ports.")
                .arg(facts.confPath);
        f.evidence << EvidenceOf::command(facts.processes, QStringLiteral("ps"),
                                          tr("no \"nginx: master process\" among %n process(es)", nullptr,
                                             int(parsed.processes->processes().size())));
        if (parsed.throughNginx && !parsed.throughNginx->transportOk())
            f.evidence << EvidenceOf::command(facts.probeThroughNginx, QStringLiteral("curl"),
                                              parsed.throughNginx->evidence.isEmpty()
                                                  ? parsed.throughNginx->errorMessage
                                                  : parsed.throughNginx->evidence);
        f.remedy = tr("Start nginx (systemctl start nginx, or nginx -c %1) after nginx -t passes (step 6).")
                       .arg(facts.confPath);
        f.remedyStep = 6;
        out.findings << f;
    } else {
        running.status = CheckStatus::Error;
        running.explanation = tr("Could not list processes: %1").arg(facts.processes.error.message());
    }
    out.add(running);

    // The services behind the upstreams.
    for (auto it = parsed.units.begin(); it != parsed.units.end(); ++it) {
        const SystemdUnit &u = it.value();
        CheckResult unit;
        unit.id = QStringLiteral("health.unit");
        unit.title = tr("%1 stays up").arg(it.key());
        unit.commands << recordOf(facts.units.value(it.key()))
                      << recordOf(facts.unitJournals.value(it.key()), 3000);
        const bool oom = u.result == QLatin1String("oom-kill");
        if (u.isCrashLooping() || oom) {
            unit.status = CheckStatus::Fail;
            unit.explanation = tr("%1 keeps failing: %2, restarted %3 times, last exit %4.")
                                   .arg(it.key(), u.activeState)
                                   .arg(u.nRestarts.value_or(0))
                                   .arg(u.lastExit());
            Finding f;
            f.cause = oom ? Cause::ResourceExhaustion : Cause::UpstreamCrashed;
            f.step = 6;
            f.upstream = it.key();
            f.severity = Severity::Error;
            f.confidence = 0.8;
            f.summary = unit.explanation;
            for (const QString &key :
                 {QStringLiteral("NRestarts"), QStringLiteral("Result"), QStringLiteral("ExecMainStatus")}) {
                if (u.properties.contains(key))
                    f.evidence << EvidenceOf::command(facts.units.value(it.key()),
                                                      QStringLiteral("systemctl"),
                                                      key + QLatin1Char('=') + u.properties.value(key));
            }
            f.remedy = ErrorLogStep::remedyFor(f.cause, it.key());
            f.remedyStep = 6;
            out.findings << f;
        } else {
            unit.status = u.isRunning() ? CheckStatus::Pass : CheckStatus::Warn;
            unit.explanation = tr("%1 is %2 (%3).").arg(it.key(), u.activeState, u.subState);
        }
        out.add(unit);
    }

    // The services' own journals: crashes, restart loops and OOM kills that the unit
    // state alone (a unit running again now) would hide.
    for (auto it = facts.unitJournals.begin(); it != facts.unitJournals.end(); ++it) {
        QList<std::pair<QByteArray, SystemdJournalLine>> events;
        for (const QByteArray &line : it.value().stdOut.split('\n')) {
            if (std::optional<SystemdJournalLine> e = SystemdJournalLine::parse(line); e && e->cause())
                events.append({line, *e});
        }
        if (events.isEmpty())
            continue;
        CheckResult journal;
        journal.id = QStringLiteral("health.unit_journal");
        journal.title = tr("%1's journal").arg(it.key());
        journal.commands << recordOf(it.value(), 3000);
        journal.status = CheckStatus::Fail;
        const SystemdJournalLine &last = events.last().second;
        journal.explanation =
            tr("%1 crashed or was restarted %n time(s) in the period read.", nullptr, int(events.size()))
                .arg(it.key());
        Finding f;
        f.cause = *last.cause();
        f.step = 6;
        f.upstream = it.key();
        f.severity = Severity::Error;
        f.confidence = 0.75;
        f.summary = f.cause == Cause::ResourceExhaustion
                        ? tr("The kernel killed %1 for lack of memory; while it restarts, nginx answers 502.")
                              .arg(it.key())
                        : tr("%1 keeps crashing and being restarted (%n event(s) in its journal); each crash "
                             "turns the "
                             "requests in flight into 502s.",
                             nullptr, int(events.size()))
                              .arg(it.key());
        for (const auto &[line, event] : events.mid(qMax(0, int(events.size()) - 3))) {
            Evidence e = EvidenceOf::command(it.value(), QStringLiteral("journal"), QString::fromUtf8(line));
            e.spanStart = event.messageOffset();
            e.spanLength = int(e.excerpt.size()) - event.messageOffset();
            journal.evidence << e;
            f.evidence << e;
        }
        f.remedy = ErrorLogStep::remedyFor(f.cause, it.key());
        f.remedyStep = 6;
        out.findings << f;
        out.add(journal);
    }

    // Kernel OOM kills of processes behind the upstreams.
    QSet<QString> upstreamProcesses;
    for (const Listener &l : parsed.listeners.listeners()) {
        for (const SocketProcess &p : l.processes) {
            if (p.name != QLatin1String("nginx") && p.name != QLatin1String("sshd"))
                upstreamProcesses.insert(p.name);
        }
    }
    if (parsed.processes) {
        for (const AppServer &a : parsed.processes->appServers())
            upstreamProcesses.insert(a.master.argv.value(0).section(QLatin1Char('/'), -1));
        if (!parsed.processes->phpFpm().isEmpty())
            upstreamProcesses << QStringLiteral("php-fpm") << QStringLiteral("php-fpm8.2")
                              << QStringLiteral("php-fpm8.1");
    }
    CheckResult oom;
    oom.id = QStringLiteral("health.oom");
    oom.title = tr("No out-of-memory kills");
    oom.commands << recordOf(facts.kernelLog, 3000);
    oom.status = CheckStatus::Pass;
    oom.explanation = tr("The kernel log shows no OOM kills.");
    for (const auto &[line, kill] : parsed.oomKills) {
        oom.status = CheckStatus::Warn;
        oom.explanation = tr("The kernel killed processes for lack of memory.");
        oom.evidence << EvidenceOf::cited(line, kill.process());
        const bool related =
            std::any_of(upstreamProcesses.begin(), upstreamProcesses.end(), [&](const QString &name) {
                return !name.isEmpty() && kill.process().startsWith(name.left(15));
            });
        if (!related)
            continue;
        oom.status = CheckStatus::Fail;
        Finding f;
        f.cause = Cause::ResourceExhaustion;
        f.step = 6;
        f.upstream = kill.process();
        f.severity = Severity::Error;
        f.confidence = 0.85;
        f.summary = tr("The kernel killed %1 (pid %2) because the machine ran out of memory; requests it was "
                       "serving got 502.")
                        .arg(kill.process())
                        .arg(kill.pid());
        f.evidence << EvidenceOf::cited(line, kill.process());
        f.remedy = ErrorLogStep::remedyFor(Cause::ResourceExhaustion, kill.process());
        f.remedyStep = 6;
        out.findings << f;
    }
    out.add(oom);

    // PHP-FPM's own log.
    if (!parsed.phpFpmEvents.isEmpty()) {
        CheckResult fpm;
        fpm.id = QStringLiteral("health.php_fpm");
        fpm.title = tr("PHP-FPM has free workers");
        fpm.status = CheckStatus::Pass;
        for (const auto &[line, event] : parsed.phpFpmEvents) {
            fpm.evidence << EvidenceOf::cited(line);
            Finding f;
            f.step = 6;
            f.upstream = event.pool().isEmpty() ? QStringLiteral("php-fpm")
                                                : QStringLiteral("php-fpm pool %1").arg(event.pool());
            f.severity = Severity::Error;
            f.confidence = 0.8;
            f.evidence << EvidenceOf::cited(line);
            switch (event.event()) {
            case PhpFpmLogLine::Event::MaxChildrenReached:
                f.cause = Cause::PhpFpmSaturated;
                f.summary = tr("PHP-FPM pool %1 reached pm.max_children (%2): further requests wait or fail.")
                                .arg(event.pool())
                                .arg(event.number());
                break;
            case PhpFpmLogLine::Event::ExecutionTimedOut:
                f.cause = Cause::UpstreamCrashed;
                f.summary =
                    tr("PHP-FPM killed a script that ran past request_terminate_timeout: nginx saw the "
                       "connection drop and answered 502.");
                break;
            case PhpFpmLogLine::Event::ChildExitedOnSignal:
                f.cause = Cause::UpstreamCrashed;
                f.summary = tr("A PHP-FPM worker crashed (%1).").arg(event.signalName());
                break;
            default:
                continue;
            }
            f.remedy = ErrorLogStep::remedyFor(f.cause, f.upstream);
            fpm.status = CheckStatus::Fail;
            fpm.explanation = f.summary;
            out.findings << f;
        }
        if (fpm.status == CheckStatus::Pass)
            fpm.explanation = tr("Nothing alarming in PHP-FPM's log.");
        out.add(fpm);
    }
    return out;
}

} // namespace gd
