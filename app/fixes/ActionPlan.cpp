#include "app/fixes/ActionPlan.h"

#include "app/fixes/NginxReloader.h"
#include "app/fixes/UrlProbe.h"
#include "app/model/Log.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QRegularExpression>

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

// php-fpm -t -y CONF, and the reload or restart that loads the pool (PoolRemedy's).
bool ActionPlan::isCycleCommand(const FixAction &action, const PhpFpmRuntime &runtime)
{
    if (action.kind != FixAction::Kind::Command || action.host != FixAction::Host::Nginx ||
        action.argv.isEmpty())
        return false;
    const QStringList &v = action.argv;
    if (v.first().section(QLatin1Char('/'), -1).startsWith(QLatin1String("php-fpm")))
        return v.contains(QLatin1String("-t"));
    if (v.size() == 3 && v.at(0) == QLatin1String("systemctl") && !runtime.unit.isEmpty())
        return (v.at(1) == QLatin1String("reload") || v.at(1) == QLatin1String("restart")) &&
               v.at(2) == runtime.unit;
    return v ==
           QStringList{QStringLiteral("kill"), QStringLiteral("-USR2"), QString::number(runtime.masterPid)};
}

namespace {

// The pool whose file the edits change, when they change one.
std::optional<PhpFpmTarget> poolEdited(const QList<FixAction> &edits, const QList<PhpFpmTarget> &targets)
{
    for (const PhpFpmTarget &t : targets) {
        if (std::any_of(edits.begin(), edits.end(), [&](const FixAction &a) { return a.file == t.poolFile; }))
            return t;
    }
    return std::nullopt;
}

} // namespace

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
    // The cycle tests and reloads nginx itself (or the pool's php-fpm, for a pool
    // file), and probes the URL before and after.
    const std::optional<PhpFpmTarget> pool = poolEdited(edits, m_request.phpFpmTargets);
    m_commands.erase(std::remove_if(m_commands.begin(), m_commands.end(),
                                    [&](const FixAction &a) {
                                        return pool ? isCycleCommand(a, pool->runtime)
                                                    : isCycleCommand(a, m_request.runtime);
                                    }),
                     m_commands.end());
    EditRequest edit;
    edit.runtime = m_request.runtime;
    edit.lineEdits = edits;
    if (pool) {
        edit.phpFpm = pool->runtime;
        edit.pool = pool->pool;
        edit.poolFile = pool->poolFile;
        // A new listen.backlog needs a restart: a reload keeps the old socket.
        static const QRegularExpression backlog(QStringLiteral("^\\s*listen\\.backlog\\s*=\\s*(\\d+)"),
                                                QRegularExpression::MultilineOption);
        for (const FixAction &a : edits) {
            const QRegularExpressionMatch m = backlog.match(a.newText);
            if (m.hasMatch() && !a.oldText.contains(m.captured(0)))
                edit.listenBacklog = m.captured(1).toInt();
        }
    }
    edit.url = m_request.url;
    edit.symptomStatus = m_request.symptomStatus;
    edit.keepIfUnchanged = m_request.keepIfUnchanged;
    edit.guardSeconds = m_request.guardSeconds;
    edit.dryRun = m_request.dryRun;
    m_cycle = new EditCycle(m_machine, edit, this);
    connect(m_cycle, &EditCycle::confirmationNeeded, this, &ActionPlan::confirmationNeeded);
    connect(m_cycle, &EditCycle::finished, this, &ActionPlan::editsDone);
    emit cycleStarting(m_cycle);
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
    if (a.kind == FixAction::Kind::Command && a.host == FixAction::Host::Nginx &&
        m_request.runtime.isRunning() && a.argv == m_request.runtime.reloadArgv()) {
        reloadNginx(i);
        return;
    }
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
            const QString output = localText(r.stdErr.isEmpty() ? r.stdOut : r.stdErr).trimmed();
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

// `nginx -s reload` (and systemctl reload) return before nginx has loaded anything: a URL
// probed right after may still meet an old worker. So the reload is confirmed as the edit
// cycle and `gateway-doctor reload` confirm it: every worker that accepts connections is new.
void ActionPlan::reloadNginx(int i)
{
    auto *reloader = new NginxReloader(m_machine, m_request.runtime, this);
    const QString commandLine = m_commands[qsizetype(i)].argv.join(QLatin1Char(' '));
    emit commandStarted(commandLine);
    qCInfo(lcFixes).noquote() << "action:" << commandLine << "on" << m_machine->displayName();
    auto failed = [this, reloader](const FixError &error) {
        reloader->deleteLater();
        m_outcome.error = error;
        finish(ActionOutcome::Status::Stopped);
    };
    reloader->snapshotWorkers([=, this](const Result<QList<qint64>, FixError> &workers) {
        if (!workers) {
            failed(workers.error());
            return;
        }
        reloader->reload(*workers, [=, this](const NginxReloader::ReloadOutcome &r) {
            m_outcome.commands << r.command;
            emit commandFinished(r.command);
            if (r.error) {
                failed(r.error);
                return;
            }
            reloader->deleteLater();
            runCommand(i + 1);
        });
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
