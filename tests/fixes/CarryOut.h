#pragma once

// A finding's actions carried out as `gateway-doctor fix apply --yes` carries them
// out: ActionPlan with every confirmation answered yes, waited for in a local event
// loop (tests only; the wizard and the CLI never block like this).
#include "app/fixes/ActionPlan.h"
#include "remote/WaitFor.h"

namespace gd::test {

inline ActionOutcome carryOut(Machine *machine, const ActionRequest &request)
{
    ActionPlan plan(machine, request);
    QObject::connect(&plan, &ActionPlan::confirmationNeeded, &plan, [&plan] {
        QMetaObject::invokeMethod(
            &plan, [&plan] { plan.confirm(); }, Qt::QueuedConnection);
    });
    waitForSignal(
        &plan, &ActionPlan::finished, [&plan] { plan.start(); }, [&plan] { return plan.isRunning(); });
    return plan.outcome();
}

} // namespace gd::test
