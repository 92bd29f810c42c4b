#pragma once

#include "app/model/DiagnosisReport.h"

#include <QCoreApplication>

namespace gd {

// A step's verdict answers its own question, also when the evidence for it came
// from another step's checks: nginx pointing at a port where nothing listens is
// found by step 1's socket table, but it is step 4's "is the configuration
// right?" that it answers no to. For each finding whose step's checks did not
// already say so, that step gets a check that does (its summary, evidence and
// remedy), so the step's ✓ / ⚠ / ✗ (the worst of its checks) agrees with it.
class StepVerdicts
{
    Q_DECLARE_TR_FUNCTIONS(gd::StepVerdicts)
public:
    static void coverFindings(DiagnosisReport &report);
    // "config.finding" for step 4: the id of such a check on `step`.
    static QString findingCheckId(int step);

private:
    static QString howToSee(int step);
};

} // namespace gd
