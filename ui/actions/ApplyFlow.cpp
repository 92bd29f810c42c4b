#include "ui/actions/ApplyFlow.h"

#include "remote/Machine.h"
#include "ui/actions/CommandLog.h"
#include "ui/actions/StageList.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/FixActionsView.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

ApplyFlow::ApplyFlow(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_diffCaption(new QLabel(this)), m_diff(new CodeView(this)),
      m_confirmRow(new QWidget(this)), m_confirm(new QPushButton(tr("C&onfirm and apply"), m_confirmRow)),
      m_decline(new QPushButton(tr("&Cancel"), m_confirmRow)), m_stages(new StageList(this)),
      m_outcome(new QLabel(this)), m_commands(new CommandLog(this))
{
    setObjectName(QStringLiteral("applyFlow"));
    qRegisterMetaType<gd::EditStage>();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_diffCaption->setWordWrap(true);
    layout->addWidget(m_diffCaption);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("The change as a diff"));
    m_diff->setLineNumbersVisible(false);
    // As tall as the diff, up to 24 lines; long lines wrap instead of scrolling sideways.
    m_diff->fitToContent(24);
    layout->addWidget(m_diff);

    auto *row = new QHBoxLayout(m_confirmRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_confirm->setToolTip(tr("Back up, write, test, reload and check the URL"));
    m_decline->setToolTip(tr("Write nothing (Escape)"));
    row->addWidget(m_confirm);
    row->addWidget(m_decline);
    row->addStretch();
    layout->addWidget(m_confirmRow);
    connect(m_confirm, &QPushButton::clicked, this, &ApplyFlow::confirm);
    connect(m_decline, &QPushButton::clicked, this, &ApplyFlow::decline);

    layout->addWidget(m_stages);
    m_outcome->setObjectName(QStringLiteral("applyOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_outcome->setMargin(6);
    layout->addWidget(m_outcome);
    layout->addWidget(m_commands);

    m_diffCaption->hide();
    m_diff->hide();
    m_confirmRow->hide();
    m_stages->hide();
    m_outcome->hide();
}

ApplyFlow::~ApplyFlow()
{
    // A cycle waiting for the user writes nothing when the page goes away.
    if (m_cycle)
        m_cycle->disconnect(this);
}

bool ApplyFlow::isAwaitingConfirmation() const
{
    return m_confirmRow->isVisible() && m_confirm->isEnabled();
}

// What every run starts with; null when one runs already or there is no machine.
template <typename Request>
Machine *ApplyFlow::begin(Request &request, const QString &action, const QString &where)
{
    Machine *machine = m_session->machine();
    if (isRunning() || !machine)
        return nullptr;
    m_action = action;
    m_where = where;
    m_dryRun = request.dryRun;
    // Over SSH the connection may drop mid-reload: the server then restores by itself.
    request.guardSeconds = machine->isLocal() ? 0 : m_sshGuardSeconds;
    // A change counts as the fix only when the URL stops failing the way the diagnosis saw.
    request.symptomStatus = m_session->report().target.urlStatus;
    return machine;
}

void ApplyFlow::run(EditRequest request, const QString &action, const QString &where)
{
    Machine *machine = begin(request, action, where);
    if (!machine)
        return;
    auto *cycle = new EditCycle(machine, std::move(request), this);
    watchCycle(cycle);
    connect(cycle, &EditCycle::confirmationNeeded, this, &ApplyFlow::onConfirmationNeeded);
    connect(cycle, &EditCycle::finished, this, &ApplyFlow::onFinished);
    resetView(machine, !m_dryRun);
    m_commands->start(machine);
    emit runningChanged(true);
    cycle->start();
}

void ApplyFlow::runPlan(ActionRequest request, const QString &action, const QString &where)
{
    Machine *machine = begin(request, action, where);
    if (!machine)
        return;
    const bool edits = std::any_of(request.actions.begin(), request.actions.end(),
                                   [](const FixAction &a) { return a.kind == FixAction::Kind::Edit; });
    QStringList commandLines;
    for (const FixAction &a : request.actions) {
        if (a.kind == FixAction::Kind::Command)
            commandLines << QStringLiteral("$ ") + FixActionsView::commandLine(a);
    }
    m_plan = new ActionPlan(machine, std::move(request), this);
    // The plan's edit cycle shows its stages here from the first one (Read).
    connect(m_plan, &ActionPlan::cycleStarting, this, &ApplyFlow::watchCycle);
    connect(m_plan, &ActionPlan::confirmationNeeded, this, &ApplyFlow::onConfirmationNeeded);
    connect(m_plan, &ActionPlan::commandStarted, this, [this](const QString &line) {
        m_outcome->setText(tr("Running <tt>%1</tt>…").arg(line.toHtmlEscaped()));
        StatusIcon::tint(m_outcome, CheckStatus::Skipped, 0.12);
        m_outcome->show();
    });
    connect(m_plan, &ActionPlan::finished, this, &ApplyFlow::onPlanFinished);
    resetView(machine, edits && !m_dryRun);
    emit runningChanged(true);
    if (edits) {
        m_commands->start(machine);
        m_plan->start();
        return;
    }
    // Commands have no diff: the question shows them, and nothing runs before Confirm.
    showDiff(commandLines.join(QLatin1Char('\n')),
             QStringLiteral("<b>%1</b>").arg(WizardTexts::text("fix.confirmCommands").toHtmlEscaped()));
    m_planWaits = true;
    m_confirmRow->show();
    m_confirm->setEnabled(true);
    m_decline->setEnabled(true);
    m_confirm->setFocus();
}

void ApplyFlow::watchCycle(EditCycle *cycle)
{
    m_cycle = cycle;
    connect(cycle, &EditCycle::stageStarted, m_stages, &StageList::started);
    connect(cycle, &EditCycle::stageFinished, m_stages, &StageList::finished);
}

void ApplyFlow::resetView(Machine *machine, bool stagesVisible)
{
    m_stages->reset();
    // Locally there is no connection to lose: no server-side guard to arm or disarm.
    const QString guardNote = machine->isLocal() ? tr("not needed on this computer") : tr("not run");
    m_stages->setSkipNote(EditStage::Arm, guardNote);
    m_stages->setSkipNote(EditStage::Disarm, guardNote);
    m_stages->setVisible(stagesVisible);
    m_diffCaption->hide();
    m_diff->hide();
    m_confirmRow->hide();
    m_outcome->hide();
    m_code.clear();
    m_planCode.clear();
}

void ApplyFlow::showDiff(const QString &diff, const QString &caption)
{
    m_diffCaption->setText(caption);
    m_diffCaption->show();
    // A trailing line break would show as an empty last line.
    m_diff->setCode(diff.endsWith(QLatin1Char('\n')) ? diff.chopped(1) : diff, 1, QStringLiteral("Diff"));
    m_diff->show();
}

void ApplyFlow::onConfirmationNeeded(const QString &diff)
{
    showDiff(diff, QStringLiteral("<b>%1</b>").arg(WizardTexts::text("apply.confirm").toHtmlEscaped()));
    m_confirmRow->show();
    m_confirm->setEnabled(true);
    m_decline->setEnabled(true);
    m_confirm->setFocus();
}

void ApplyFlow::confirm()
{
    if (!isAwaitingConfirmation())
        return;
    if (m_planWaits && m_plan) {
        m_planWaits = false;
        m_confirmRow->hide();
        m_commands->start(m_session->machine());
        QMetaObject::invokeMethod(m_plan, &ActionPlan::start, Qt::QueuedConnection);
        return;
    }
    if (!m_cycle)
        return;
    m_confirm->setEnabled(false);
    m_decline->setEnabled(false);
    // Queued: never inside a button's click handler chain that the cycle may re-enter.
    QMetaObject::invokeMethod(m_cycle, &EditCycle::confirm, Qt::QueuedConnection);
}

void ApplyFlow::decline()
{
    if (!isAwaitingConfirmation())
        return;
    if (m_planWaits && m_plan) {
        // Nothing has run: the plan ends here, as a cancelled edit does.
        m_planWaits = false;
        ActionOutcome cancelled;
        cancelled.status = ActionOutcome::Status::Stopped;
        cancelled.error = FixError(FixErrorKind::NotConfirmed, WizardTexts::text("fix.declined"));
        onPlanFinished(cancelled);
        return;
    }
    if (!m_cycle)
        return;
    m_confirm->setEnabled(false);
    m_decline->setEnabled(false);
    QMetaObject::invokeMethod(m_cycle, &EditCycle::decline, Qt::QueuedConnection);
}

QString ApplyFlow::describe(const EditOutcome &o, bool staleNote, bool headline) const
{
    const QString reason = o.error.message();
    QString text;
    switch (o.status) {
    case EditOutcome::Status::Applied:
        text = WizardTexts::text("apply.applied");
        break;
    case EditOutcome::Status::Unchanged:
        text = WizardTexts::text("apply.unchanged");
        break;
    case EditOutcome::Status::DryRun:
        text = WizardTexts::text("apply.preview");
        break;
    case EditOutcome::Status::Declined:
        text = WizardTexts::text("apply.declined");
        break;
    case EditOutcome::Status::Refused:
        text = WizardTexts::text("apply.refused").arg(reason);
        break;
    case EditOutcome::Status::RolledBack:
        text = WizardTexts::text("apply.rolledBack").arg(reason);
        break;
    case EditOutcome::Status::Failed:
        text = WizardTexts::text("apply.failed").arg(reason);
        break;
    case EditOutcome::Status::KeptNotFixed:
        text = WizardTexts::text("apply.keptNotFixed").arg(reason);
        break;
    }
    QString html = headline ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : QString();
    if (!o.error.file().isEmpty())
        html += QStringLiteral("<br><tt>%1:%2</tt>").arg(o.error.file().toHtmlEscaped()).arg(o.error.line());
    if (!o.probeAfter.isEmpty())
        html += QStringLiteral("<br>") +
                tr("The URL answered <b>%1</b> before and <b>%2</b> after.")
                    .arg(o.probeBefore.isEmpty() ? tr("nothing") : o.probeBefore.toHtmlEscaped(),
                         o.probeAfter.toHtmlEscaped());
    else if (!o.probeBefore.isEmpty())
        html += QStringLiteral("<br>") +
                tr("The URL answered <b>%1</b> before the change.").arg(o.probeBefore.toHtmlEscaped());
    for (const QString &b : o.backups)
        html += QStringLiteral("<br>") + tr("Backup: <tt>%1</tt>").arg(b.toHtmlEscaped());
    if (o.guardFired)
        html += QStringLiteral("<br>") +
                tr("The server had already restored the backup by itself.").toHtmlEscaped();
    for (const QString &n : o.notes)
        html += QStringLiteral("<br>") + n.toHtmlEscaped();
    if (o.status == EditOutcome::Status::Applied && staleNote)
        html += QStringLiteral("<br><i>%1</i>").arg(WizardTexts::text("apply.stale").toHtmlEscaped());
    if (!headline && html.startsWith(QLatin1String("<br>")))
        html.remove(0, 4);
    return html;
}

void ApplyFlow::onFinished(const EditOutcome &outcome)
{
    showEditOutcome(outcome);
    if (outcome.status != EditOutcome::Status::DryRun) {
        m_outcome->setText(describe(outcome));
        const bool good = outcome.status == EditOutcome::Status::Applied ||
                          outcome.status == EditOutcome::Status::Unchanged;
        const bool neutral = outcome.status == EditOutcome::Status::Declined;
        StatusIcon::tint(m_outcome,
                         good                                            ? CheckStatus::Pass
                         : neutral                                       ? CheckStatus::Skipped
                         : outcome.status == EditOutcome::Status::Failed ? CheckStatus::Error
                                                                         : CheckStatus::Warn,
                         0.12);
        m_outcome->setAccessibleName(m_outcome->text());
        m_outcome->show();
    }
    if (m_cycle)
        m_cycle->deleteLater();
    m_cycle = nullptr;
    // Once not running: the journal's listeners (Roll back's list) may start at once.
    m_session->journal()->recordEdit(m_action, m_where, outcome);
    emit runningChanged(false);
    emit finished(outcome);
}

// The edit's end, shared by run() and runPlan(): the diff as it now stands and the
// stages settled.
void ApplyFlow::showEditOutcome(const EditOutcome &outcome)
{
    m_last = outcome;
    m_code = FixJournal::statusCode(outcome.status);
    m_commands->stop();
    m_confirmRow->hide();
    if (!m_dryRun)
        m_stages->settle();
    // The question is answered: the caption says what the diff is now.
    if (outcome.status == EditOutcome::Status::DryRun)
        showDiff(outcome.diff,
                 QStringLiteral("<b>%1</b>").arg(WizardTexts::text("apply.preview").toHtmlEscaped()));
    else if (!outcome.diff.isEmpty())
        showDiff(outcome.diff, outcome.status == EditOutcome::Status::Applied
                                   ? tr("The change now in the file:")
                                   : tr("The change that was planned:"));
}

void ApplyFlow::onPlanFinished(const ActionOutcome &outcome)
{
    m_lastPlan = outcome;
    m_planWaits = false;
    if (outcome.edit)
        showEditOutcome(*outcome.edit);
    m_commands->stop();
    m_confirmRow->hide();
    const bool declined = (outcome.edit && outcome.edit->status == EditOutcome::Status::Declined) ||
                          (!outcome.edit && outcome.error.kind() == FixErrorKind::NotConfirmed);
    // An edit that did not help is rolled back by the cycle: the plan calls it
    // stopped, people call it "not fixed".
    const bool notFixed = outcome.status == ActionOutcome::Status::NotFixed ||
                          (outcome.edit && outcome.edit->status == EditOutcome::Status::RolledBack &&
                           outcome.edit->error.kind() == FixErrorKind::DidNotHelp);
    switch (outcome.status) {
    case ActionOutcome::Status::Done:
        m_planCode = QStringLiteral("done");
        break;
    case ActionOutcome::Status::DryRun:
        m_planCode = QStringLiteral("dry-run");
        break;
    case ActionOutcome::Status::Nothing:
        m_planCode = QStringLiteral("nothing");
        break;
    default:
        m_planCode = declined   ? QStringLiteral("declined")
                     : notFixed ? QStringLiteral("not fixed")
                                : QStringLiteral("stopped");
    }
    if (outcome.status != ActionOutcome::Status::DryRun) {
        m_outcome->setText(describePlan(outcome));
        StatusIcon::tint(m_outcome,
                         m_planCode == QLatin1String("done")        ? CheckStatus::Pass
                         : declined                                 ? CheckStatus::Skipped
                         : m_planCode == QLatin1String("not fixed") ? CheckStatus::Warn
                                                                    : CheckStatus::Fail,
                         0.12);
        m_outcome->setAccessibleName(m_outcome->text());
        m_outcome->show();
    }
    if (m_plan)
        m_plan->deleteLater();
    m_plan = nullptr;
    m_cycle = nullptr;
    if (outcome.edit)
        m_session->journal()->recordEdit(m_action, m_where, *outcome.edit);
    emit runningChanged(false);
    emit planFinished(outcome);
}

QString ApplyFlow::describePlan(const ActionOutcome &o) const
{
    const QString after = o.edit && !o.edit->probeAfter.isEmpty() ? o.edit->probeAfter : o.probeAfter;
    QString head;
    if (m_planCode == QLatin1String("done"))
        head =
            after.isEmpty() ? WizardTexts::text("fix.doneNoUrl") : WizardTexts::text("fix.done").arg(after);
    else if (m_planCode == QLatin1String("declined"))
        head = WizardTexts::text("fix.declined");
    else if (m_planCode == QLatin1String("not fixed"))
        head = (o.status == ActionOutcome::Status::NotFixed && !o.edit
                    ? WizardTexts::text("fix.notFixedCommands")
                    : WizardTexts::text("fix.notFixed"))
                   .arg(after.isEmpty() ? QStringLiteral("502") : after);
    else if (m_planCode == QLatin1String("nothing"))
        head = WizardTexts::text("fix.nothing");
    else
        head = WizardTexts::text("fix.stopped").arg(o.error.message());
    // When the edit is what stopped the plan, its own words say it best (refused,
    // rolled back: nothing written or restored byte-identical).
    const bool editStopped = m_planCode == QLatin1String("stopped") && o.edit &&
                             o.edit->status != EditOutcome::Status::Applied &&
                             o.edit->status != EditOutcome::Status::Unchanged;
    QString html = editStopped ? QString() : QStringLiteral("<b>%1</b>").arg(head.toHtmlEscaped());
    // The edit's own account (before and after, backups, notes) follows; Diagnose
    // again follows the outcome, so no note that the page is stale.
    if (o.edit && o.edit->status != EditOutcome::Status::Declined) {
        const QString detail = describe(*o.edit, false, editStopped);
        if (!detail.isEmpty())
            html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + detail;
    }
    if (!o.commands.isEmpty())
        html += QStringLiteral("<br>") +
                (o.edit ? tr("%n command(s) ran after the edit; their output is below.", nullptr,
                             int(o.commands.size()))
                        : tr("%n command(s) ran; their output is below.", nullptr, int(o.commands.size())));
    return html;
}

} // namespace gd
