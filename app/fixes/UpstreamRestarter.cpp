#include "app/fixes/UpstreamRestarter.h"

#include "app/fixes/NginxReloader.h"
#include "app/probes/ProbeOutput.h"
#include "app/probes/SystemdUnitState.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"
#include "remote/ShellQuote.h"
#include "remote/WaitFor.h"

#include <QDateTime>
#include <QTimer>

namespace gd {

UpstreamRestarter::UpstreamRestarter(Machine *machine, NginxRuntime runtime, QObject *parent)
    : QObject(parent), m_machine(machine), m_runtime(std::move(runtime))
{
    m_reloader = new NginxReloader(machine, m_runtime, this);
}

void UpstreamRestarter::restart(const QString &unit, std::function<void(const RestartOutcome &)> done)
{
    RestartOutcome outcome;
    if (!SystemdUnitState::isValidUnitName(unit)) {
        outcome.error =
            FixError(FixError::Kind::InvalidValue, tr("\"%1\" is not a systemd unit name.").arg(unit));
        done(outcome);
        return;
    }
    if (!m_machine) {
        outcome.error =
            FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone."));
        done(outcome);
        return;
    }
    m_machine->run(
        CommandSpec::of({QStringLiteral("systemctl"), QStringLiteral("restart"), QStringLiteral("--"), unit},
                        120000)
            .asRoot(),
        this, [=, this](const CommandResult &r) mutable {
            if (!r.ran()) {
                outcome.error = FixError::fromRemote(r.error, FixError::Kind::Unsupported,
                                                     tr("Could not restart %1").arg(unit));
                done(outcome);
                return;
            }
            if (r.exitCode != 0) {
                const ProbeOutput output = ProbeOutput::from(r);
                if (r.exitCode == 127 || SystemdUnitState::noSystemd(output)) {
                    outcome.error = FixError(FixError::Kind::Unsupported,
                                             tr("There is no service manager here to restart %1 with. "
                                                "Restart the app server the way it was started, then "
                                                "reload nginx.")
                                                 .arg(unit));
                    // The exact command for this nginx (its -p/-c), ready to paste:
                    // a bare "nginx -s reload" signals whatever the default pid file names.
                    const Result<QString> exact = ShellQuote::join(m_runtime.reloadArgv());
                    outcome.manualCommand = exact ? *exact : m_runtime.reloadDescription();
                } else {
                    outcome.error = FixError(
                        FixError::Kind::Unsupported,
                        tr("systemctl restart %1 failed: %2").arg(unit, utf8Text(r.stdErr).trimmed()));
                }
                done(outcome);
                return;
            }
            outcome.steps << tr("Restarted %1.").arg(unit);
            waitActive(unit, QDateTime::currentMSecsSinceEpoch() + m_activeTimeoutMs, outcome, done);
        });
}

void UpstreamRestarter::waitActive(const QString &unit, qint64 deadline, RestartOutcome outcome,
                                   std::function<void(const RestartOutcome &)> done)
{
    m_machine->run(
        CommandSpec::of(SystemdUnitState::showCommand(unit), 15000), this,
        [=, this](const CommandResult &r) mutable {
            const ProbeResult<SystemdUnit> state = SystemdUnitState::parseShow(ProbeOutput::from(r));
            if (state && state->activeState == QLatin1String("active")) {
                outcome.steps << tr("%1 is running again (%2).").arg(unit, state->subState);
                reloadNginx(outcome, done);
                return;
            }
            if ((state && state->hasFailed()) || QDateTime::currentMSecsSinceEpoch() >= deadline) {
                outcome.error =
                    FixError(FixError::Kind::Unsupported,
                             tr("%1 did not come back after the restart (%2). Its journal says "
                                "why: journalctl -u %1")
                                 .arg(unit, state ? state->activeState + QLatin1Char('/') + state->subState
                                                  : r.error.message()));
                done(outcome);
                return;
            }
            QTimer::singleShot(250, this, [=, this] { waitActive(unit, deadline, outcome, done); });
        });
}

void UpstreamRestarter::reloadNginx(RestartOutcome outcome, std::function<void(const RestartOutcome &)> done)
{
    if (!m_runtime.isRunning()) {
        // Reload is impossible without a master: start it, and say why.
        QStringList argv =
            m_runtime.unit.isEmpty()
                ? QStringList{m_runtime.binary} + m_runtime.baseArguments()
                : QStringList{QStringLiteral("systemctl"), QStringLiteral("start"), m_runtime.unit};
        m_machine->run(CommandSpec::of(argv, 60000).asRoot(), this, [=](const CommandResult &r) mutable {
            if (!r.succeeded())
                outcome.error =
                    FixError(FixError::Kind::ReloadFailed,
                             tr("nginx was not running and could not be started: %1")
                                 .arg(r.ran() ? utf8Text(r.stdErr).trimmed() : r.error.message()));
            else
                outcome.steps << tr("nginx was not running, so it was started instead of reloaded.");
            done(outcome);
        });
        return;
    }
    m_reloader->snapshotWorkers([=, this](const Result<QList<qint64>, FixError> &workers) mutable {
        if (!workers) {
            outcome.error = workers.error();
            done(outcome);
            return;
        }
        m_reloader->reload(*workers, [=, this](const NginxReloader::ReloadOutcome &r) mutable {
            if (r.error)
                outcome.error = r.error;
            else
                outcome.steps
                    << tr("Reloaded nginx (%1): new workers took over.").arg(m_runtime.reloadDescription());
            done(outcome);
        });
    });
}

RestartOutcome UpstreamRestarter::restartAndWait(const QString &unit)
{
    return waitFor<RestartOutcome>([&](auto done) { restart(unit, done); });
}

} // namespace gd
