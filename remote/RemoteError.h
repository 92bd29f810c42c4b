#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace gd {

// What went wrong while reaching or using a machine. The message is written for a
// junior admin (translated); `detail` keeps the technical text for the transcript.
class RemoteError
{
    Q_DECLARE_TR_FUNCTIONS(RemoteError)
public:
    enum class Kind
    {
        None,
        InvalidArgument, // we refused to build the command (NUL/newline, empty argv)
        StartFailed,     // program missing or not executable
        Crashed,         // killed by a signal
        TimedOut,        // our timeout fired, the command was stopped
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

    RemoteError() = default;
    RemoteError(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // "message (detail)" for logs and the CLI.
    QString toString() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};

} // namespace gd
Q_DECLARE_METATYPE(gd::RemoteError)
