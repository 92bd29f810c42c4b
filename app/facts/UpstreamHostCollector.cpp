#include "app/facts/UpstreamHostCollector.h"

#include "app/facts/ProbeCommands.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HostAddresses.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/ProbeOutput.h"
#include "app/probes/ProcessTable.h"
#include "app/probes/SystemdUnitState.h"
#include "remote/Machine.h"

#include <QSet>

namespace gd {

namespace {

bool rootUnavailable(const RemoteError &error)
{
    switch (error.kind()) {
    case RemoteError::Kind::SudoPasswordNeeded:
    case RemoteError::Kind::SudoWrongPassword:
    case RemoteError::Kind::SudoRequiresTty:
    case RemoteError::Kind::SudoNotAllowed:
    case RemoteError::Kind::SudoMissing:
    case RemoteError::Kind::PrivilegeRequired:
        return true;
    default:
        return false;
    }
}

} // namespace

UpstreamHostCollector::UpstreamHostCollector(Machine *machine, QList<quint16> ports, qint64 sinceSeconds,
                                             UpstreamHostFacts *facts, QObject *parent)
    : QObject(parent), m_machine(machine), m_ports(std::move(ports)), m_sinceSeconds(sinceSeconds),
      m_facts(facts)
{
}

void UpstreamHostCollector::run(const CommandSpec &spec, std::function<void(const CommandResult &)> onResult,
                                bool preferRoot)
{
    if (!m_machine)
        return;
    ++m_pending;
    CommandSpec first = spec;
    const bool tryRoot = preferRoot && !m_machine->isRoot();
    if (tryRoot)
        first.privilege = Privilege::Root;
    m_machine->run(first, this, [this, spec, tryRoot, onResult](const CommandResult &result) {
        m_facts->transcript.append(result);
        if (tryRoot && rootUnavailable(result.error)) {
            m_machine->run(spec, this, [this, onResult](const CommandResult &plain) {
                m_facts->transcript.append(plain);
                onResult(plain);
                done();
            });
            return;
        }
        onResult(result);
        done();
    });
}

void UpstreamHostCollector::done()
{
    if (--m_pending > 0 || !m_then)
        return;
    auto then = std::move(m_then);
    m_then = nullptr;
    then();
}

void UpstreamHostCollector::start()
{
    m_facts->machine = m_machine ? m_machine->displayName() : QString();
    if (!m_machine) {
        emit finished();
        return;
    }
    m_pending = 1;
    m_then = [this] { readOwners(); };
    run(
        ProbeCommands::of({QStringLiteral("hostname")}),
        [this](const CommandResult &r) { m_facts->hostname = r; }, false);
    run(
        ProbeCommands::of(HostAddresses::command()),
        [this](const CommandResult &r) { m_facts->addresses = r; }, false);
    run(
        ProbeCommands::of(ListeningSockets::ssTcpCommand()),
        [this](const CommandResult &r) { m_facts->ssTcp = r; }, true);
    run(
        ProbeCommands::of(FirewallState::nftCommand()), [this](const CommandResult &r) { m_facts->nft = r; },
        true);
    run(
        ProbeCommands::of(FirewallState::iptablesCommand()),
        [this](const CommandResult &r) { m_facts->iptables = r; }, true);
    done();
}

// The processes listening on the upstream's ports, and their units.
void UpstreamHostCollector::readOwners()
{
    m_pending = 1;
    m_then = [this] { readUnits(); };
    QSet<qint64> pids;
    if (const ProbeResult<QList<Listener>> listeners =
            ListeningSockets::parseSsTcp(ProbeOutput::from(m_facts->ssTcp))) {
        for (const Listener &l : *listeners) {
            if (!m_ports.contains(l.port))
                continue;
            for (const SocketProcess &p : l.processes)
                pids.insert(p.pid);
        }
    }
    for (const qint64 pid : pids) {
        const QString key = QString::number(pid);
        run(
            ProbeCommands::of(ProcessTable::cgroupCommand(pid)),
            [this, key](const CommandResult &r) { m_facts->cgroups.insert(key, r); }, false);
    }
    done();
}

void UpstreamHostCollector::readUnits()
{
    m_pending = 1;
    m_then = [this] { emit finished(); };
    QStringList units;
    for (const CommandResult &r : std::as_const(m_facts->cgroups)) {
        const QString unit = ProcessTable::unitFromCgroup(r.stdOut);
        if (!unit.isEmpty() && !units.contains(unit) && SystemdUnitState::isValidUnitName(unit))
            units << unit;
    }
    for (const QString &unit : units) {
        run(
            ProbeCommands::of(SystemdUnitState::showCommand(unit)),
            [this, unit](const CommandResult &r) { m_facts->units.insert(unit, r); }, false);
        run(
            ProbeCommands::journal(unit, m_sinceSeconds),
            [this, unit](const CommandResult &r) { m_facts->journals.insert(unit, r); }, true);
    }
    done();
}

} // namespace gd
