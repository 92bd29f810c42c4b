#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 5: timeouts and buffers. The effective values where the failing URL (or each
// upstream) is handled, with where each is set, against the latency the access log
// shows and the app server's own limits; recommendations with reasons.
class TimeoutsStep
{
    Q_DECLARE_TR_FUNCTIONS(TimeoutsStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);
};

} // namespace gd
