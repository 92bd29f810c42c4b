#include "remote/RemoteError.h"

namespace gd {

QString RemoteError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case Kind::StartFailed:
        return QStringLiteral("start_failed");
    case Kind::Crashed:
        return QStringLiteral("crashed");
    case Kind::TimedOut:
        return QStringLiteral("timed_out");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::OutputTooLarge:
        return QStringLiteral("output_too_large");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::HostUnreachable:
        return QStringLiteral("host_unreachable");
    case Kind::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case Kind::HostKeyUnknown:
        return QStringLiteral("host_key_unknown");
    case Kind::HostKeyChanged:
        return QStringLiteral("host_key_changed");
    case Kind::AuthFailed:
        return QStringLiteral("auth_failed");
    case Kind::NeedsPassword:
        return QStringLiteral("needs_password");
    case Kind::NeedsPassphrase:
        return QStringLiteral("needs_passphrase");
    case Kind::NotConnected:
        return QStringLiteral("not_connected");
    case Kind::Disconnected:
        return QStringLiteral("disconnected");
    case Kind::ProtocolError:
        return QStringLiteral("protocol_error");
    case Kind::LoginShellTimeout:
        return QStringLiteral("login_shell_timeout");
    case Kind::PrivilegeRequired:
        return QStringLiteral("privilege_required");
    case Kind::SudoPasswordNeeded:
        return QStringLiteral("sudo_password_needed");
    case Kind::SudoWrongPassword:
        return QStringLiteral("sudo_wrong_password");
    case Kind::SudoRequiresTty:
        return QStringLiteral("sudo_requires_tty");
    case Kind::SudoNotAllowed:
        return QStringLiteral("sudo_not_allowed");
    case Kind::SudoMissing:
        return QStringLiteral("sudo_missing");
    case Kind::FileNotFound:
        return QStringLiteral("file_not_found");
    case Kind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Kind::FileChanged:
        return QStringLiteral("file_changed");
    case Kind::FileTooLarge:
        return QStringLiteral("file_too_large");
    case Kind::NotARegularFile:
        return QStringLiteral("not_a_regular_file");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::IoError:
        return QStringLiteral("io_error");
    }
    return QStringLiteral("unknown");
}

} // namespace gd
