#include "ui/Log.h"

Q_LOGGING_CATEGORY(lcUi, "gd.ui", QtWarningMsg)
