#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 4: is the nginx config right? `nginx -t` (judged by its exit code) with its
// messages mapped to file:line, and the server/location/upstream the failing URL
// goes through.
class ConfigStep
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);
    // Evidence for a config line: the exact text at file:line from the dump.
    static Evidence configLine(const Facts &facts, const QString &file, int line,
                               const QString &highlight = QString());
};

} // namespace gd
