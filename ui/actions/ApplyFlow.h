#pragma once

#include "app/fixes/ActionPlan.h"
#include "app/fixes/EditCycle.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gd {

class CodeView;
class CommandLog;
class Machine;
class StageList;
class WizardSession;

// One config change through the fixes engine, shown as it happens: the diff (a
// preview, or the question before anything is written, answered with Confirm or
// Cancel), the cycle's stages live, then the outcome in plain words with the URL's
// answer before and after, and the commands it ran. Steps 5 and 6 (timeouts,
// rollback) and the PHP-FPM advice all change files through this one widget, so
// every change looks and behaves the same. A finding's own actions (runPlan) go
// through it too: their edits as one cycle, then their commands, shown in the same
// command list. Nothing here waits: the cycle and the plan report through signals.
class ApplyFlow : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString outcomeCode READ outcomeCode)
    Q_PROPERTY(QString planCode READ planCode)
public:
    explicit ApplyFlow(WizardSession *session, QWidget *parent = nullptr);
    ~ApplyFlow() override;

    // `action` names the change in the summary and the transcript ("Apply timeouts"),
    // `where` the block or file it concerns. The guard is set here (120 s over SSH,
    // off on this computer); dryRun comes with the request.
    void run(EditRequest request, const QString &action, const QString &where);
    // A finding's actions through ActionPlan: the diff of its edits (or, without
    // edits, the commands) and Confirm/Cancel before anything runs. The guard and the
    // symptom are set here as for run().
    void runPlan(ActionRequest request, const QString &action, const QString &where);
    bool isRunning() const { return m_cycle != nullptr || m_plan != nullptr; }
    bool isAwaitingConfirmation() const;
    void confirm();
    void decline();

    const EditOutcome &lastOutcome() const { return m_last; }
    // "" before the first run, else the journal's status code ("applied", ...).
    QString outcomeCode() const { return m_code; }
    // "" before the first plan, else "done", "not fixed", "stopped", "dry-run",
    // "nothing" or "declined".
    QString planCode() const { return m_planCode; }
    const ActionOutcome &lastPlanOutcome() const { return m_lastPlan; }
    StageList *stages() const { return m_stages; }
    // Tests: a shorter server-side guard than the 120 s used over SSH.
    void setGuardSecondsOverSsh(int seconds) { m_sshGuardSeconds = seconds; }
    CodeView *diffView() const { return m_diff; }

signals:
    void runningChanged(bool running);
    void finished(const gd::EditOutcome &outcome);
    void planFinished(const gd::ActionOutcome &outcome);

private:
    template <typename Request> Machine *begin(Request &request, const QString &action, const QString &where);
    void onConfirmationNeeded(const QString &diff);
    void onFinished(const EditOutcome &outcome);
    void watchCycle(EditCycle *cycle);
    void showEditOutcome(const EditOutcome &outcome);
    void resetView(Machine *machine, bool stagesVisible);
    void onPlanFinished(const ActionOutcome &outcome);
    QString describePlan(const ActionOutcome &outcome) const;
    void showDiff(const QString &diff, const QString &caption);
    // staleNote: add "the values on this page are from before the change";
    // headline: start with what became of the change (a plan says it its own way).
    QString describe(const EditOutcome &outcome, bool staleNote = true, bool headline = true) const;

    WizardSession *m_session;
    QPointer<EditCycle> m_cycle;
    QPointer<ActionPlan> m_plan;
    bool m_planWaits = false; // a plan of commands only, waiting for Confirm to start
    QString m_action, m_where;
    bool m_dryRun = false;
    int m_sshGuardSeconds = 120;
    EditOutcome m_last;
    QString m_code;
    ActionOutcome m_lastPlan;
    QString m_planCode;

    QLabel *m_diffCaption;
    CodeView *m_diff;
    QWidget *m_confirmRow;
    QPushButton *m_confirm;
    QPushButton *m_decline;
    StageList *m_stages;
    QLabel *m_outcome;
    CommandLog *m_commands;
};

} // namespace gd
