#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/fixes/ConfigReloader.h"

#include <functional>

namespace gd {

class Machine;

// Tests and reloads one nginx, and proves a reload took: nginx answers `reload` at
// once and loads the new config afterwards, so success is "every worker that accepts
// connections is new" (draining old workers may linger), and a master that keeps its
// old workers rejected the config (it logs [emerg] and carries on with the old one).
class NginxReloader : public ConfigReloader
{
    Q_OBJECT
public:
    NginxReloader(Machine *machine, NginxRuntime runtime, QObject *parent = nullptr);

    void test(std::function<void(const TestOutcome &)> done) override;
    // Sends the reload and waits (polling ps) up to confirmTimeoutMs for new workers.
    void reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done) override;
    QStringList reloadArgv() const override { return m_runtime.reloadArgv(); }
    bool isRunning() const override { return m_runtime.isRunning(); }
    QString testName() const override { return QStringLiteral("nginx -t"); }

    const NginxRuntime &runtime() const { return m_runtime; }

private:
    // The workers that accept connections ("shutting down" ones drain the old config).
    QList<qint64> servingChildren(const ProcessTable &table) const override;
    QString workersName() const override { return tr("nginx's workers"); }
    bool isReloaded(const QList<qint64> &oldWorkers, const QList<qint64> &now,
                    bool lastChance) const override;
    QString notReloadedMessage() const override;

    NginxRuntime m_runtime;
};

} // namespace gd
