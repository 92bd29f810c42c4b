#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 2: what exactly does the nginx error log say? Only the tail is read; every
// upstream line is classified with the catalogue and grouped by upstream and cause.
// The groups become findings (refusals are judged against what listens now).
class ErrorLogStep
{
    Q_DECLARE_TR_FUNCTIONS(ErrorLogStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);
    // The step whose page explains a cause, and the plain-words remedy for it.
    static int stepOf(Cause cause);
    static QString remedyFor(Cause cause, const QString &upstream);
};

} // namespace gd
