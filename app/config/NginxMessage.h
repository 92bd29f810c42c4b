#pragma once

#include <QString>

namespace gd {

// One message nginx printed while testing or loading its config.
struct NginxMessage
{
    enum class Level
    {
        None,
        Debug,
        Info,
        Notice,
        Warn,
        Error,
        Crit,
        Alert,
        Emerg
    };
    Level level = Level::None; // None: nginx's own summary lines ("syntax is ok", "test failed")
    QString levelName;         // "emerg", as printed; empty for None
    QString text;              // the message without prefix and without " in file:line"
    QString file;              // the config file it points at, if any
    int line = 0;
    QString raw; // the whole line as printed

    bool isError() const { return level >= Level::Error; }
    bool isWarning() const { return level == Level::Warn; }
    QString location() const { return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file; }
};

} // namespace gd
