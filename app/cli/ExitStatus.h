#pragma once

namespace gd {

// What every gateway-doctor command's exit status means (README, man page).
enum ExitStatus : int
{
    ExitOk = 0,          // done (and confirmed), or no problem found
    ExitProblem = 1,     // problems found, or the change was refused or rolled back
    ExitCouldNotRun = 2, // could not diagnose or run: the reason is on stderr
};

} // namespace gd
