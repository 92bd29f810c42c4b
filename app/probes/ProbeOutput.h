#pragma once

#include <QByteArray>

namespace gd {

struct CommandResult;

// What a probe command left behind: the parsers' only input. Kept apart from
// CommandResult so parsers can be fed from test captures as easily as from a run.
struct ProbeOutput
{
    QByteArray stdOut;
    QByteArray stdErr;
    int exitCode = 0;

    static ProbeOutput from(const CommandResult &result);
};

} // namespace gd
