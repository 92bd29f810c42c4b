#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/fixes/EditCycle.h"
#include "app/fixes/PhpFpmTarget.h"
#include "app/model/FixAction.h"
#include "remote/CommandResult.h"

#include <QObject>
#include <QPointer>

namespace gd {

class Machine;

// What to carry out: a finding's actions, exactly as the diagnosis wrote them.
struct ActionRequest
{
    NginxRuntime runtime;
    QList<FixAction> actions;
    QString url;           // probed after the commands when no edit probed it
    int symptomStatus = 0; // what the diagnosis saw (502, 504); 0 unknown
    bool keepIfUnchanged = false;
    int guardSeconds = 0;
    bool dryRun = false;
    // Runs the commands marked host "upstream" when the upstream is another machine
    // (--upstream-host); null: they run on the nginx machine, where that upstream is.
    Machine *upstreamMachine = nullptr;
    // The PHP-FPM pools this host runs (FixContext::phpFpmTargets()): edits of one's
    // pool file are tested with php-fpm -t and loaded into its master, not nginx.
    QList<PhpFpmTarget> phpFpmTargets;
};

struct ActionOutcome
{
    enum class Status
    {
        Done,     // carried out, and the URL (when known) no longer fails
        NotFixed, // carried out, but the URL still answers 502/504
        Stopped,  // an edit was refused or rolled back, or a command failed: see error
        DryRun,   // shown, nothing done
        Nothing,  // no action to carry out (the fix lives in the application)
    };
    Status status = Status::Stopped;
    FixError error;
    std::optional<EditOutcome> edit; // when the actions held edits
    QList<CommandResult> commands;   // the commands run, in order
    QString probeAfter;              // "200", "502", ... when probed after the commands
};

// Carries out a finding's actions (FixAction) in order: every edit of nginx's
// config goes through one EditCycle (backup, nginx -t, reload, probe, rollback),
// whose test and reload stand for the finding's own "nginx -t" and reload
// commands; then the other commands run one by one (as root where marked), and the
// first that fails stops the plan. Actions whose suggestion nginx -t refused on a
// scratch copy (FixAction::validation) stop it before anything runs. A plan without edits probes the URL at
// the end: still 502/504 means the cause is elsewhere, and says so.
class ActionPlan : public QObject
{
    Q_OBJECT
public:
    ActionPlan(Machine *machine, ActionRequest request, QObject *parent = nullptr);

    void start();
    void confirm(); // the edit's diff, after confirmationNeeded()
    void decline();
    bool isRunning() const { return m_running; }
    const ActionOutcome &outcome() const { return m_outcome; }
    EditCycle *cycle() const { return m_cycle; }

    // The commands that the edit cycle carries out itself when the plan edits files.
    static bool isCycleCommand(const FixAction &action, const NginxRuntime &runtime);
    static bool isCycleCommand(const FixAction &action, const PhpFpmRuntime &runtime);

signals:
    // The edit cycle is made and about to start: watch its stages from the first one.
    void cycleStarting(gd::EditCycle *cycle);
    void confirmationNeeded(const QString &diff);
    void commandStarted(const QString &commandLine);
    void commandFinished(const gd::CommandResult &result);
    void finished(const gd::ActionOutcome &outcome);

private:
    void editsDone(const EditOutcome &outcome);
    void runCommand(int i);
    // nginx's own reload, confirmed as `gateway-doctor reload` confirms it (new workers).
    void reloadNginx(int i);
    void probe();
    void finish(ActionOutcome::Status status);

    QPointer<Machine> m_machine;
    ActionRequest m_request;
    ActionOutcome m_outcome;
    QList<FixAction> m_commands;
    EditCycle *m_cycle = nullptr;
    bool m_running = false;
};

} // namespace gd
