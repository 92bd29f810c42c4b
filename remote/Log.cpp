#include "remote/Log.h"

Q_LOGGING_CATEGORY(lcRemote, "gd.remote", QtWarningMsg)
