#include "app/fixes/ActionPlan.h"

#include "app/fixes/UrlProbe.h"
#include "app/model/Log.h"
#include "remote/Machine.h"

#include <algorithm>

namespace gd {

ActionPlan::ActionPlan(Machine *machine, ActionRequest request, QObject *parent)
    : QObject(parent), m_machine(machine), m_request(std::move(request))
{
}

bool ActionPlan::isCycleCommand(const FixAction &action, const NginxRuntime &runtime)
{
    return action.kind == FixAction::Kind::Command && action.host == FixAction::Host::Nginx &&
           (action.argv == runtime.testArgv() || action.argv == runtime.reloadArgv());
}

void ActionPlan::start()
{
    m_running = true;
    m_outcome = ActionOutcome();
    // A suggestion nginx -t refused on a scratch copy is never carried out.
    for (const FixAction &a : std::as_const(m_request.actions)) {
        if (a.validation.isRefused()) {
            m_outcome.error = FixError(FixErrorKind::ConfigTestFailed, a.validation.text());
            finish(ActionOutcome::Status::Stopped);
            return;
        }
    }
    QList<FixAction> edits;
    for (const FixAction &a : m_request.actions)
        (a.kind == FixAction::Kind::Edit ? edits : m_commands) << a;
    if (edits.isEmpty() && m_commands.isEmpty()) {
        m_outcome.error = FixError(FixErrorKind::Unsupported, tr("There is nothing to carry out here."));
        finish(ActionOutcome::Status::Nothing);
        return;
    }
    if (edits.isEmpty()) {
        if (m_request.dryRun) {
            finish(ActionOutcome::Status::DryRun);
            return;
        }
        runCommand(0);
        return;
    }
    // The cycle tests and reloads nginx itself, and probes the URL before and after.
    m_commands.erase(
        std::remove_if(m_commands.begin(), m_commands.end(),
                       [this](const FixAction &a) { return isCycleCommand(a, m_request.runtime); }),
        m_commands.end());
    EditRequest edit;
    edit.runtime = m_request.runtime;
    edit.lineEdits = edits;
    edit.url = m_request.url;
    edit.symptomStatus = m_request.symptomStatus;
    edit.keepIfUnchanged = m_request.keepIfUnchanged;
    edit.guardSeconds = m_request.guardSeconds;
    edit.dryRun = m_request.dryRun;
    m_cycle = new EditCycle(m_machine, edit, this);
    connect(m_cycle, &EditCycle::confirmationNeeded, this, &ActionPlan::confirmationNeeded);
    connect(m_cycle, &EditCycle::finished, this, &ActionPlan::editsDone);
    m_cycle->start();
}

void ActionPlan::confirm()
{
    if (m_cycle)
        m_cycle->confirm();
}

void ActionPlan::decline()
{
    if (m_cycle)
        m_cycle->decline();
}

void ActionPlan::editsDone(const EditOutcome &outcome)
{
    m_outcome.edit = outcome;
    switch (outcome.status) {
    case EditOutcome::Status::Applied:
    case EditOutcome::Status::Unchanged:
        runCommand(0);
        return;
    case EditOutcome::Status::DryRun:
        finish(ActionOutcome::Status::DryRun);
        return;
    case EditOutcome::Status::KeptNotFixed:
        m_outcome.error = outcome.error;
        finish(ActionOutcome::Status::NotFixed);
        return;
    default:
        m_outcome.error = outcome.error;
        finish(ActionOutcome::Status::Stopped);
        return;
    }
}

void ActionPlan::runCommand(int i)
{
    if (i >= m_commands.size()) {
        probe();
        return;
    }
    if (!m_machine) {
        m_outcome.error =
            FixError(FixErrorKind::ConnectionLost, tr("The connection to the machine is gone."));
        finish(ActionOutcome::Status::Stopped);
        return;
    }
    const FixAction &a = m_commands[qsizetype(i)];
    CommandSpec spec = CommandSpec::of(a.argv, 60000);
    if (a.asRoot)
        spec.asRoot();
    Machine *target = a.host == FixAction::Host::Upstream && m_request.upstreamMachine
                          ? m_request.upstreamMachine
                          : m_machine.data();
    emit commandStarted(a.argv.join(QLatin1Char(' ')));
    qCInfo(lcFixes).noquote() << "action:" << a.argv.join(QLatin1Char(' ')) << "on" << target->displayName();
    target->run(spec, this, [this, i](const CommandResult &r) {
        m_outcome.commands << r;
        emit commandFinished(r);
        if (!r.succeeded()) {
            const QString output = QString::fromLocal8Bit(r.stdErr.isEmpty() ? r.stdOut : r.stdErr).trimmed();
            m_outcome.error =
                FixError(FixErrorKind::WriteFailed,
                         tr("%1 failed: %2")
                             .arg(m_commands[qsizetype(i)].argv.join(QLatin1Char(' ')),
                                  output.isEmpty()
                                      ? (r.ran() ? tr("exit status %1").arg(r.exitCode) : r.error.message())
                                      : output.left(400)));
            finish(ActionOutcome::Status::Stopped);
            return;
        }
        runCommand(i + 1);
    });
}

void ActionPlan::probe()
{
    // After an edit the cycle has probed already and judged the symptom.
    if (m_outcome.edit && m_outcome.edit->status == EditOutcome::Status::Applied) {
        finish(ActionOutcome::Status::Done);
        return;
    }
    if (m_request.url.isEmpty() || !m_machine) {
        finish(ActionOutcome::Status::Done);
        return;
    }
    auto *probe = new UrlProbe(m_machine, m_request.url, this);
    probe->probe([this, probe](const Result<HttpProbeResult, FixError> &r) {
        probe->deleteLater();
        if (!r) {
            m_outcome.probeAfter = r.error().message();
            finish(ActionOutcome::Status::Done);
            return;
        }
        m_outcome.probeAfter = UrlProbe::describe(*r);
        if (m_request.symptomStatus > 0 && UrlProbe::badness(*r) >= UrlProbe::kGatewayError) {
            m_outcome.error = FixError(FixErrorKind::DidNotHelp,
                                       tr("The actions ran, but %1 still answers %2: the cause is elsewhere.")
                                           .arg(m_request.url, m_outcome.probeAfter));
            finish(ActionOutcome::Status::NotFixed);
            return;
        }
        finish(ActionOutcome::Status::Done);
    });
}

void ActionPlan::finish(ActionOutcome::Status status)
{
    m_outcome.status = status;
    m_running = false;
    emit finished(m_outcome);
}

} // namespace gd
