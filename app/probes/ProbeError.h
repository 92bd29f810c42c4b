#pragma once

#include "remote/Error.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

enum class ProbeErrorKind
{
    None,
    Empty,            // the command printed nothing we could use
    Binary,           // the output is not text (wrong file, corrupted transfer)
    Malformed,        // text, but not in the shape this parser knows
    CommandMissing,   // the program is not installed there (shell said "not found", exit 127)
    PermissionDenied, // the program needs root (or the file is unreadable)
    NoSystemd,        // systemctl exists but systemd is not PID 1 / no bus
    Unsupported,      // the tool refused (kernel without nftables, old curl, ...)
    InvalidArgument,  // we refused to build the command from this input
};

// Why a probe's output could not be turned into a value. The message is for a
// junior admin (translated); `detail` keeps the raw text for the transcript.
class ProbeError : public Error<ProbeErrorKind>
{
    Q_DECLARE_TR_FUNCTIONS(ProbeError)
public:
    using Error::Error;

    static QString kindName(Kind kind);

    // Shared wording so every probe says the same thing for the same situation.
    static ProbeError empty(const QString &tool);
    static ProbeError binary(const QString &tool);
    static ProbeError malformed(const QString &tool, const QString &detail);
    static ProbeError commandMissing(const QString &tool, const QString &detail);
    static ProbeError permissionDenied(const QString &tool, const QString &detail);
    static ProbeError invalidArgument(const QString &what, const QString &detail);
};

} // namespace gd
