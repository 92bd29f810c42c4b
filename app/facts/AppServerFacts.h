#pragma once

#include "app/logs/LogTail.h"
#include "remote/CommandResult.h"

#include <QMap>
#include <QString>

#include <optional>

namespace gd {

// One application server that owns an upstream's socket, as read from the machine:
// its real argv, where its links point, its own variables, its config file and the
// tail of its log (see AppLogLocation for how the log is found).
struct AppServerFacts
{
    CommandResult cmdline;                // cat /proc/PID/cmdline
    CommandResult links;                  // ProcessLinks::command
    CommandResult environ;                // AppServerSettings::environCommand
    QMap<QString, CommandResult> configs; // its config file (uwsgi ini, gunicorn -c) -> cat
    std::optional<LogTail> log;           // its log file, when it has one (not the journal)
};

} // namespace gd
