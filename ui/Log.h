#pragma once

#include <QLoggingCategory>

// The wizard's logging category, "gd.ui": pages, sessions, what the user started.
// GD_VERBOSE=1 switches it (and every other gd.* category) on.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
