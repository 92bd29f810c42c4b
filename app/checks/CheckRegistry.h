#pragma once

#include "app/checks/Check.h"
#include "app/checks/StepOutcome.h"

namespace gd {

// Every check, one table per step. A table lives at the bottom of its step's file,
// next to the checks it lists:
//   step 1  UpstreamChecks.cpp      step 4  ConfigChecks.cpp
//   step 2  ErrorLogChecks.cpp      step 5  TimeoutChecks.cpp
//   step 3  ReachabilityChecks.cpp  step 6  HealthChecks.cpp
// Adding a check: write its function in the step's file, add its row to the table
// there, and add a test to tests/checks/tst_<step>checks.cpp (app/README.md).
class CheckRegistry
{
public:
    static const QList<CheckDef> &upstreamChecks();     // step 1
    static const QList<CheckDef> &errorLogChecks();     // step 2
    static const QList<CheckDef> &reachabilityChecks(); // step 3
    static const QList<CheckDef> &configChecks();       // step 4
    static const QList<CheckDef> &timeoutChecks();      // step 5
    static const QList<CheckDef> &healthChecks();       // step 6

    // The table of step `step` (1..6); empty for any other number.
    static const QList<CheckDef> &ofStep(int step);
    static QList<CheckDef> all();
    static const CheckDef *find(const QString &id);

    // Runs the checks of one step in their table's order.
    static StepOutcome runStep(int step, const CheckInput &in);
};

} // namespace gd
