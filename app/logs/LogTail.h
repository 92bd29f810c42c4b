#pragma once

#include "remote/CommandResult.h"
#include "remote/FileInfo.h"
#include "remote/RemoteError.h"

#include <QString>

#include <optional>

namespace gd {

// The tail of one log, or why it could not be read.
struct LogTail
{
    QString path;
    std::optional<FileTail> tail;
    RemoteError error;
    CommandResult command;   // what was run (for the report)
    bool neededRoot = false; // read through sudo / as root
};

} // namespace gd
