#include "app/fixes/FixError.h"

namespace gd {

FixError FixError::fromRemote(const RemoteError &error, Kind fallback, const QString &what)
{
    Kind kind = fallback;
    switch (error.kind()) {
    case RemoteError::Kind::Disconnected:
    case RemoteError::Kind::NotConnected:
        kind = Kind::ConnectionLost;
        break;
    case RemoteError::Kind::PrivilegeRequired:
    case RemoteError::Kind::SudoPasswordNeeded:
    case RemoteError::Kind::SudoWrongPassword:
    case RemoteError::Kind::SudoRequiresTty:
    case RemoteError::Kind::SudoNotAllowed:
    case RemoteError::Kind::SudoMissing:
        kind = Kind::NeedsRoot;
        break;
    case RemoteError::Kind::FileChanged:
        kind = Kind::FileChanged;
        break;
    case RemoteError::Kind::Cancelled:
        kind = Kind::Cancelled;
        break;
    default:
        break;
    }
    const QString message =
        what.isEmpty() ? error.message() : QStringLiteral("%1: %2").arg(what, error.message());
    return FixError(kind, message, error.detail());
}

} // namespace gd
