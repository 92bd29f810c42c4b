#pragma once

#include <QLoggingCategory>

// remote/'s logging category, "gd.remote": every command that ran (line, exit
// code, duration, transport error) and the SSH session's life. Switched on by
// `gateway-doctor ... --verbose`, GD_VERBOSE=1 for the wizard, or QT_LOGGING_RULES.
// Never a secret: command lines are the display form, which holds none.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
