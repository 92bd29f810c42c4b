#include "app/fixes/NginxReloader.h"

#include "app/probes/ProcessTable.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

namespace gd {

NginxReloader::NginxReloader(Machine *machine, NginxRuntime runtime, QObject *parent)
    : ConfigReloader(machine, parent), m_runtime(std::move(runtime))
{
}

void NginxReloader::test(std::function<void(const TestOutcome &)> done)
{
    if (!m_machine) {
        done(
            {{}, {}, FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."))});
        return;
    }
    // As root: nginx -t opens the pid and log files the master writes.
    m_machine->run(
        CommandSpec::of(m_runtime.testArgv(), 30000).asRoot(), this, [done](const CommandResult &r) {
            TestOutcome outcome;
            outcome.command = r;
            outcome.output = NginxTestOutput::parse(utf8Text(r.stdErr + r.stdOut), r.ran() ? r.exitCode : -1);
            if (!r.ran()) {
                outcome.error = FixError::fromRemote(r.error, FixError::Kind::ConfigTestFailed,
                                                     tr("nginx -t could not run"));
            } else if (r.exitCode != 0) {
                const NginxMessage *first = outcome.output.firstError();
                outcome.error =
                    FixError(FixError::Kind::ConfigTestFailed,
                             first ? tr("nginx -t refused the configuration: %1").arg(first->text)
                                   : tr("nginx -t refused the configuration (exit code %1).").arg(r.exitCode),
                             utf8Text(r.stdErr));
                if (first && first->line > 0)
                    outcome.error.at(first->file, first->line);
            }
            done(outcome);
        });
}

QList<qint64> NginxReloader::servingChildren(const ProcessTable &table) const
{
    QList<qint64> pids;
    for (const ProcessInfo &p : table.childrenOf(m_runtime.masterPid)) {
        // "nginx: worker process is shutting down" drains the old config's connections.
        if (p.args.startsWith(QLatin1String("nginx: worker process")) &&
            !p.args.contains(QLatin1String("shutting down")))
            pids << p.pid;
    }
    return pids;
}

void NginxReloader::reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done)
{
    if (!m_machine) {
        done(
            {{}, {}, FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."))});
        return;
    }
    m_machine->run(
        CommandSpec::of(m_runtime.reloadArgv(), 30000).asRoot(), this,
        [this, oldWorkers, done](const CommandResult &r) {
            ReloadOutcome outcome;
            outcome.command = r;
            if (!r.ran()) {
                outcome.error = FixError::fromRemote(r.error, FixError::Kind::ReloadFailed,
                                                     tr("%1 failed").arg(m_runtime.reloadDescription()));
                done(outcome);
                return;
            }
            if (r.exitCode != 0) {
                outcome.error = FixError(
                    FixError::Kind::ReloadFailed,
                    tr("%1 failed: %2").arg(m_runtime.reloadDescription(), utf8Text(r.stdErr).trimmed()));
                done(outcome);
                return;
            }
            confirmReload(oldWorkers, outcome, done);
        });
}

bool NginxReloader::isReloaded(const QList<qint64> &oldWorkers, const QList<qint64> &now, bool) const
{
    // Draining old workers ("shutting down") are not in `now`: every accepting one is new.
    bool allNew = !now.isEmpty();
    for (qint64 pid : now)
        allNew = allNew && !oldWorkers.contains(pid);
    return allNew;
}

QString NginxReloader::notReloadedMessage() const
{
    return tr("nginx did not take the new configuration: its workers are still the old ones after %1 s. "
              "nginx keeps "
              "running the old configuration when a reload fails; its error log says why.")
        .arg(m_confirmTimeoutMs / 1000.0);
}

} // namespace gd
