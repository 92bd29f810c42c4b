#include "app/fixes/ConfigReloader.h"

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProcessTable.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QDateTime>
#include <QTimer>

namespace gd {

ConfigReloader::ConfigReloader(Machine *machine, QObject *parent) : QObject(parent), m_machine(machine)
{
}

void ConfigReloader::snapshotWorkers(std::function<void(const Result<QList<qint64>, FixError> &)> done)
{
    if (!m_machine) {
        done(FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    m_machine->run(
        CommandSpec::of(ProcessTable::command(), 10000), this, [this, done](const CommandResult &r) {
            if (!r.ran()) {
                done(FixError::fromRemote(r.error, FixError::Kind::ReloadFailed,
                                          tr("Could not list %1").arg(workersName())));
                return;
            }
            const ProbeResult<ProcessTable> table = ProcessTable::parse(ProbeOutput::from(r));
            if (r.exitCode != 0 || !table) {
                done(FixError(FixError::Kind::ReloadFailed,
                              tr("Could not list %1: %2").arg(workersName(), utf8Text(r.stdErr).trimmed())));
                return;
            }
            done(servingChildren(*table));
        });
}

void ConfigReloader::confirmReload(const QList<qint64> &oldWorkers, ReloadOutcome outcome,
                                   std::function<void(const ReloadOutcome &)> done)
{
    poll(oldWorkers, QDateTime::currentMSecsSinceEpoch() + m_confirmTimeoutMs, std::move(outcome),
         std::move(done));
}

void ConfigReloader::poll(const QList<qint64> &oldWorkers, qint64 deadline, ReloadOutcome outcome,
                          std::function<void(const ReloadOutcome &)> done)
{
    snapshotWorkers([=, this](const Result<QList<qint64>, FixError> &now) mutable {
        if (!now) {
            outcome.error = now.error();
            done(outcome);
            return;
        }
        const qint64 time = QDateTime::currentMSecsSinceEpoch();
        if (isReloaded(oldWorkers, *now, time + 500 >= deadline)) {
            outcome.newWorkers = *now;
            done(outcome);
            return;
        }
        if (time >= deadline) {
            outcome.error = FixError(FixError::Kind::ReloadFailed, notReloadedMessage());
            done(outcome);
            return;
        }
        QTimer::singleShot(100, this, [=, this] { poll(oldWorkers, deadline, outcome, done); });
    });
}

} // namespace gd
