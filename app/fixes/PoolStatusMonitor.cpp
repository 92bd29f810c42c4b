#include "app/fixes/PoolStatusMonitor.h"

#include "app/facts/ProbeCommands.h"
#include "remote/Machine.h"

namespace gd {

namespace {
// As in the diagnosis: a status request that waits this long waits behind busy children.
constexpr int kTimeoutSec = 3;
} // namespace

PoolStatusMonitor::PoolStatusMonitor(Machine *machine, QList<PhpFpmStatusTarget> pools, QString workerUser,
                                     QObject *parent)
    : QObject(parent), m_machine(machine), m_pools(std::move(pools)), m_workerUser(std::move(workerUser))
{
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &PoolStatusMonitor::poll);
}

void PoolStatusMonitor::start()
{
    if (m_pools.isEmpty())
        return;
    m_timer.start();
    poll();
}

void PoolStatusMonitor::stop()
{
    m_timer.stop();
}

void PoolStatusMonitor::poll()
{
    if (!m_machine)
        return;
    for (const PhpFpmStatusTarget &pool : m_pools) {
        if (m_asking.contains(pool.listen))
            continue;
        m_asking.insert(pool.listen);
        const CommandSpec spec = ProbeCommands::asUser(
            ProbeCommands::of(PhpFpmStatusProbe::command(pool.listen, pool.statusPath, kTimeoutSec),
                              (kTimeoutSec + 5) * 1000),
            m_workerUser);
        m_machine->run(spec, this, [this, pool](const CommandResult &r) {
            m_asking.remove(pool.listen);
            if (m_timer.isActive())
                emit sampled(pool, PhpFpmStatusProbe::read(ProbeOutput::from(r)));
        });
    }
}

} // namespace gd
