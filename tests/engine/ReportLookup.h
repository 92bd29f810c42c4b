#pragma once

// Looking things up in a diagnosis report, for the lab tests of tests/engine.
#include "app/model/DiagnosisReport.h"

namespace gd::test {

// The check with this id, in whichever step it is; nullptr when no step ran it.
inline const CheckResult *checkOf(const DiagnosisReport &report, const QString &id)
{
    for (const StepResult &step : report.steps) {
        for (const CheckResult &check : step.checks) {
            if (check.id == id)
                return &check;
        }
    }
    return nullptr;
}

} // namespace gd::test
