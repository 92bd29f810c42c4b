#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 1: is each upstream running and listening? What listens there (ss), which
// process and systemd unit owns it, and does it answer a direct probe.
class UpstreamStatusStep
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamStatusStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);
};

} // namespace gd
