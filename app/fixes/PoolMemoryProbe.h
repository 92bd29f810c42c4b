#pragma once

#include "app/checks/MaxChildrenAdvice.h"
#include "app/fixes/FixError.h"
#include "app/fixes/PhpFpmTarget.h"
#include "remote/CommandResult.h"
#include "remote/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace gd {

class Machine;

// What memory says about one PHP-FPM pool right now.
struct PoolMemory
{
    PhpFpmTarget target;     // runtime.binary read from /proc/MASTER/exe where possible
    int children = 0;        // the pool's children running now
    qint64 poolRssBytes = 0; // their resident memory together
    qint64 memAvailableBytes = 0;
    qint64 memTotalBytes = 0;
    std::optional<MaxChildrenAdvice::Advice> advice; // nullopt: nothing to go on (no children running)
    QList<CommandResult> commands;                   // for the transcript and the wizard
};

// Reads the pool's children's RSS (ps --ppid MASTER), /proc/meminfo and the master's
// binary, all at once, then asks MaxChildrenAdvice. Live numbers, because the
// advice is only as good as the moment it was measured in.
class PoolMemoryProbe : public QObject
{
    Q_OBJECT
public:
    PoolMemoryProbe(Machine *machine, PhpFpmTarget target, QObject *parent = nullptr);

    void probe(std::function<void(const Result<PoolMemory, FixError> &)> done);
    Result<PoolMemory, FixError> probeAndWait();

private:
    void readChildren(qint64 master);
    void readMemInfo();
    void readMasterBinary(qint64 master);
    void finish();

    QPointer<Machine> m_machine;
    PoolMemory m_memory;
    int m_pending = 0;
    FixError m_error;
    std::function<void(const Result<PoolMemory, FixError> &)> m_done;
};

} // namespace gd
