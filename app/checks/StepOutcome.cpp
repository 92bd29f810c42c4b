#include "app/checks/StepOutcome.h"

namespace gd {

CommandRecord recordOf(const CommandResult &result, int maxOutput)
{
    CommandRecord record;
    record.commandLine = result.commandLine;
    record.exitCode = result.exitCode;
    record.durationMs = result.durationMs;
    QString output = QString::fromUtf8(result.stdOut);
    if (!result.stdErr.isEmpty()) {
        if (!output.isEmpty() && !output.endsWith(QLatin1Char('\n')))
            output += QLatin1Char('\n');
        output += QString::fromUtf8(result.stdErr);
    }
    if (output.size() > maxOutput)
        output = output.left(maxOutput) + QStringLiteral("\n…");
    record.output = output;
    if (result.error)
        record.error = result.error.toString();
    return record;
}

} // namespace gd
