#pragma once

#include "CommandResult.h"
#include "FixError.h"
#include "NginxRuntime.h"
#include "NginxTestOutput.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace gd {

class Machine;

// Tests and reloads one nginx, and proves a reload took: nginx answers `reload` at
// once and loads the new config afterwards, so success is "every worker that accepts
// connections is new" (draining old workers may linger), and a master that keeps its
// old workers rejected the config (it logs [emerg] and carries on with the old one).
class NginxReloader : public QObject
{
    Q_OBJECT
public:
    NginxReloader(Machine *machine, NginxRuntime runtime, QObject *parent = nullptr);

    struct TestOutcome
    {
        NginxTestOutput output;
        CommandResult command;
        FixError error; // None when nginx -t exited 0
    };
    struct ReloadOutcome
    {
        CommandResult command;
        QList<qint64> newWorkers;
        FixError error; // None when confirmed
    };

    void test(std::function<void(const TestOutcome &)> done);
    // The pids of the workers that accept connections now.
    void snapshotWorkers(std::function<void(const Result<QList<qint64>, FixError> &)> done);
    // Sends the reload and waits (polling ps) up to confirmTimeoutMs for new workers.
    void reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done);

    void setConfirmTimeoutMs(int ms) { m_confirmTimeoutMs = ms; }
    const NginxRuntime &runtime() const { return m_runtime; }

    // Workers of `masterPid` in a ps listing that accept connections.
    static QList<qint64> acceptingWorkers(const QByteArray &psOutput, qint64 masterPid);

private:
    void pollWorkers(const QList<qint64> &oldWorkers, qint64 deadline, ReloadOutcome outcome,
                     std::function<void(const ReloadOutcome &)> done);

    QPointer<Machine> m_machine;
    NginxRuntime m_runtime;
    int m_confirmTimeoutMs = 10000;
};

} // namespace gd
