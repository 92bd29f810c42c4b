#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Finding.h"
#include "remote/CommandResult.h"

#include <QList>

namespace gd {

// What one step's analyzer concludes: its checks (for the step page) and the
// findings it contributes (ranked later together with every other step's).
struct StepOutcome
{
    StepResult result;
    QList<Finding> findings;

    void add(const CheckResult &check)
    {
        result.checks.append(check);
        result.status = worse(result.status, check.status);
    }
};

// A command as a check shows it: the line, exit code, duration and the output
// worth reading (trimmed: a check shows evidence, not whole dumps).
CommandRecord recordOf(const CommandResult &result, int maxOutput = 4000);

} // namespace gd
