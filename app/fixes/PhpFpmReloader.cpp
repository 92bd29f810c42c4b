#include "app/fixes/PhpFpmReloader.h"

#include "app/probes/ProcessTable.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QFileInfo>

namespace gd {

PhpFpmReloader::PhpFpmReloader(Machine *machine, PhpFpmRuntime runtime, QObject *parent)
    : ConfigReloader(machine, parent), m_runtime(std::move(runtime))
{
}

QString PhpFpmReloader::testName() const
{
    return QFileInfo(m_runtime.binary).fileName() + QStringLiteral(" -t");
}

QStringList PhpFpmReloader::reloadArgv() const
{
    if (!m_runtime.unit.isEmpty())
        return {QStringLiteral("systemctl"), m_restart ? QStringLiteral("restart") : QStringLiteral("reload"),
                m_runtime.unit};
    return {QStringLiteral("kill"), QStringLiteral("-USR2"), QString::number(m_runtime.masterPid)};
}

void PhpFpmReloader::test(std::function<void(const TestOutcome &)> done)
{
    if (!m_machine) {
        done(
            {{}, {}, FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."))});
        return;
    }
    QStringList argv{m_runtime.binary, QStringLiteral("-t")};
    if (!m_runtime.configPath.isEmpty())
        argv << QStringLiteral("-y") << m_runtime.configPath;
    m_machine->run(CommandSpec::of(argv, 30000).asRoot(), this, [this, done](const CommandResult &r) {
        TestOutcome outcome;
        outcome.command = r;
        if (!r.ran()) {
            outcome.error = FixError::fromRemote(r.error, FixError::Kind::ConfigTestFailed,
                                                 tr("%1 could not run").arg(testName()));
        } else if (r.exitCode != 0) {
            // "ERROR: [pool www] pm.max_children must be a positive value"
            QString first;
            for (const QString &line : utf8Text(r.stdErr + r.stdOut).split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String("ERROR:"))) {
                    first = line.mid(line.indexOf(QLatin1String("ERROR:")) + 6).trimmed();
                    break;
                }
            }
            outcome.error =
                FixError(FixError::Kind::ConfigTestFailed,
                         tr("%1 refused the configuration: %2")
                             .arg(testName(), first.isEmpty() ? tr("exit code %1").arg(r.exitCode) : first),
                         utf8Text(r.stdErr));
        }
        done(outcome);
    });
}

QList<qint64> PhpFpmReloader::servingChildren(const ProcessTable &table) const
{
    QList<qint64> pids;
    for (const ProcessInfo &p : table.childrenOf(m_runtime.masterPid))
        pids << p.pid;
    return pids;
}

void PhpFpmReloader::reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done)
{
    if (!m_machine) {
        done(
            {{}, {}, FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."))});
        return;
    }
    m_machine->run(
        CommandSpec::of(reloadArgv(), 30000).asRoot(), this,
        [this, oldWorkers, done](const CommandResult &r) {
            ReloadOutcome outcome;
            outcome.command = r;
            if (!r.succeeded()) {
                outcome.error =
                    r.ran() ? FixError(FixError::Kind::ReloadFailed,
                                       tr("Reloading php-fpm failed: %1").arg(utf8Text(r.stdErr).trimmed()))
                            : FixError::fromRemote(r.error, FixError::Kind::ReloadFailed,
                                                   tr("Reloading php-fpm failed"));
                done(outcome);
                return;
            }
            confirmReload(oldWorkers, outcome, done);
        });
}

bool PhpFpmReloader::isReloaded(const QList<qint64> &oldWorkers, const QList<qint64> &now,
                                bool lastChance) const
{
    // ondemand pools may have no children at all: then "no old child left" is the proof.
    bool oldGone = true;
    for (qint64 pid : now)
        oldGone = oldGone && !oldWorkers.contains(pid);
    return oldGone && (!now.isEmpty() || oldWorkers.isEmpty() || lastChance);
}

QString PhpFpmReloader::notReloadedMessage() const
{
    return tr(
        "php-fpm did not take the new configuration: its old children are still running. Its log says why.");
}

} // namespace gd
