#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

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

} // namespace gd
