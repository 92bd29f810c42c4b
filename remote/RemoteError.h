#pragma once

#include "remote/Error.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace gd {

// What went wrong while reaching or using a machine. The message is written for a
// junior admin (translated); `detail` keeps the technical text for the transcript.
enum class RemoteErrorKind
{
    None,
    InvalidArgument, // we refused to build the command (NUL/newline, empty argv)
    StartFailed,     // program missing or not executable
    Crashed,         // killed by a signal
    TimedOut,        // our timeout fired, the command was stopped
    OutputTooLarge,  // it printed more than CommandSpec::maxOutputBytes, the command was stopped
    Cancelled,       // the user cancelled
    HostNotFound,
    ConnectionRefused,
    HostUnreachable,
    ConnectTimeout,
    HostKeyUnknown,
    HostKeyChanged,
    AuthFailed,
    NeedsPassword,
    NeedsPassphrase,
    NotConnected,
    Disconnected,
    ProtocolError,
    LoginShellTimeout, // logged in, but the login shell never started a command (rc file hangs)
    PrivilegeRequired, // needs root, and neither root nor sudo is available to us
    SudoPasswordNeeded,
    SudoWrongPassword,
    SudoRequiresTty,
    SudoNotAllowed,
    SudoMissing,
    FileNotFound,
    PermissionDenied,
    FileChanged,
    FileTooLarge,
    NotARegularFile,
    ReadOnly,
    IoError,
};

class RemoteError : public Error<RemoteErrorKind>
{
    Q_DECLARE_TR_FUNCTIONS(RemoteError)
public:
    using Error::Error;

    static QString kindName(Kind kind);
};

} // namespace gd
Q_DECLARE_METATYPE(gd::RemoteError)
