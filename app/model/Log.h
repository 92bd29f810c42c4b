#pragma once

#include <QLoggingCategory>

// One logging category per module of app/ (remote/ and ui/ have their own):
//   gd.facts   what is collected, wave by wave, and how long it took
//   gd.engine  the analysis: steps, findings, time
//   gd.fixes   the edit cycle's stages, reloads, restarts, the monitor
//   gd.lab     the practice lab
//   gd.cli     the command line
// Off by default (warnings only); `--verbose` on the CLI and GD_VERBOSE=1 for the
// wizard switch them all on (LogSwitch), QT_LOGGING_RULES picks single ones.
Q_DECLARE_LOGGING_CATEGORY(lcFacts)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcFixes)
Q_DECLARE_LOGGING_CATEGORY(lcLab)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace gd::LogSwitch {
// Turns every gd.* category on, down to debug messages.
void enableVerbose();
// GD_VERBOSE=1 (or any non-empty value but 0) in the environment.
bool requestedByEnvironment();
} // namespace gd::LogSwitch
