#pragma once

#include "app/facts/UpstreamHostFacts.h"
#include "remote/CommandSpec.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gd {

class Machine;

// Step 1 on the upstream's own host, read-only: what listens on the upstream's
// ports and on which address (ss), the process and unit that own it, the unit's
// journal, and the host's input firewall rules (nft, iptables). Runs its commands
// concurrently, root first where it may (like FactCollector), and never blocks.
class UpstreamHostCollector : public QObject
{
    Q_OBJECT
public:
    UpstreamHostCollector(Machine *machine, QList<quint16> ports, qint64 sinceSeconds,
                          UpstreamHostFacts *facts, QObject *parent = nullptr);

    void start();

signals:
    void finished();

private:
    void run(const CommandSpec &spec, std::function<void(const CommandResult &)> onResult, bool preferRoot);
    void done();
    void readOwners();
    void readUnits();

    QPointer<Machine> m_machine;
    QList<quint16> m_ports;
    qint64 m_sinceSeconds;
    UpstreamHostFacts *m_facts;
    int m_pending = 0;
    std::function<void()> m_then;
};

} // namespace gd
