#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 6: service health and recurring 502s. Is nginx running, do the services
// behind the upstreams crash-loop, did the kernel kill them for memory, is the
// PHP-FPM pool saturated.
class ServiceHealthStep
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHealthStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);
};

} // namespace gd
