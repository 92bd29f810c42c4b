#include "app/fixes/PoolMemoryProbe.h"

#include "app/probes/ChildProcessMemory.h"
#include "app/probes/MemInfo.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"
#include "remote/WaitFor.h"

namespace gd {

PoolMemoryProbe::PoolMemoryProbe(Machine *machine, PhpFpmTarget target, QObject *parent)
    : QObject(parent), m_machine(machine)
{
    m_memory.target = std::move(target);
}

void PoolMemoryProbe::probe(std::function<void(const Result<PoolMemory, FixError> &)> done)
{
    m_done = std::move(done);
    if (!m_machine) {
        m_error = FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."));
        finish();
        return;
    }
    const qint64 master = m_memory.target.runtime.masterPid;
    if (master <= 0) {
        m_error =
            FixError(FixError::Kind::Unsupported,
                     tr("The php-fpm master of pool %1 is not running, so there is no memory to measure.")
                         .arg(m_memory.target.pool));
        finish();
        return;
    }
    m_pending = 3;
    readChildren(master);
    readMemInfo();
    readMasterBinary(master);
}

// The pool's children and their resident memory (ps --ppid MASTER).
void PoolMemoryProbe::readChildren(qint64 master)
{
    m_machine->run(
        CommandSpec::of(ChildProcessMemory::command(master), 10000), this, [this](const CommandResult &r) {
            m_memory.commands << r;
            if (!r.ran()) {
                m_error = FixError::fromRemote(r.error, FixError::Kind::ReadFailed,
                                               tr("Could not list php-fpm's children"));
            } else if (const ProbeResult<ChildProcessMemory> ps =
                           ChildProcessMemory::parse(ProbeOutput::from(r));
                       !ps) {
                m_error = FixError(FixError::Kind::ReadFailed, ps.error().message(), ps.error().detail());
            } else {
                const QList<ChildProcessMemory::Child> pool = ps->phpFpmPool(m_memory.target.pool);
                m_memory.children = int(pool.size());
                m_memory.poolRssBytes = ChildProcessMemory::totalRss(pool);
            }
            finish();
        });
}

void PoolMemoryProbe::readMemInfo()
{
    m_machine->run(CommandSpec::of(MemInfo::command(), 10000), this, [this](const CommandResult &r) {
        m_memory.commands << r;
        if (!r.ran()) {
            m_error =
                FixError::fromRemote(r.error, FixError::Kind::ReadFailed, tr("Could not read /proc/meminfo"));
        } else if (const ProbeResult<MemInfo> info = MemInfo::parse(ProbeOutput::from(r)); !info) {
            m_error = FixError(FixError::Kind::ReadFailed, info.error().message(), info.error().detail());
        } else {
            m_memory.memAvailableBytes = info->availableBytes;
            m_memory.memTotalBytes = info->totalBytes;
        }
        finish();
    });
}

// The exact binary (php-fpm8.2 vs php-fpm8.3 side by side): /proc/PID/exe is
// readable by the process's owner and root only. Without it the guess stays.
void PoolMemoryProbe::readMasterBinary(qint64 master)
{
    CommandSpec exe = CommandSpec::of(
        {QStringLiteral("readlink"), QStringLiteral("--"), QStringLiteral("/proc/%1/exe").arg(master)},
        10000);
    exe.privilege = Privilege::Root; // the fix itself needs root anyway
    m_machine->run(exe, this, [this](const CommandResult &r) {
        m_memory.commands << r;
        const QString path = utf8Text(r.stdOut).trimmed();
        if (r.succeeded() && path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1Char('\n')))
            m_memory.target.runtime.binary = path;
        finish();
    });
}

void PoolMemoryProbe::finish()
{
    if (m_pending > 0 && --m_pending > 0)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    if (m_error) {
        done(m_error);
        return;
    }
    m_memory.advice = MaxChildrenAdvice::suggest(m_memory.memAvailableBytes, m_memory.poolRssBytes,
                                                 m_memory.children, m_memory.target.maxChildren);
    done(m_memory);
}

Result<PoolMemory, FixError> PoolMemoryProbe::probeAndWait()
{
    return waitFor<Result<PoolMemory, FixError>>([&](auto done) { probe(done); });
}

} // namespace gd
