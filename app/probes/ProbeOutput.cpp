#include "app/probes/ProbeOutput.h"

#include "remote/CommandResult.h"

namespace gd {

ProbeOutput ProbeOutput::from(const CommandResult &result)
{
    return {result.stdOut, result.stdErr, result.exitCode};
}

} // namespace gd
