#include "app/probes/ProbeError.h"

namespace gd {

QString ProbeError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Binary:
        return QStringLiteral("binary");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::CommandMissing:
        return QStringLiteral("command_missing");
    case Kind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Kind::NoSystemd:
        return QStringLiteral("no_systemd");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid_argument");
    }
    return QStringLiteral("unknown");
}

ProbeError ProbeError::empty(const QString &tool)
{
    return {Kind::Empty, tr("%1 printed nothing.").arg(tool)};
}

ProbeError ProbeError::binary(const QString &tool)
{
    return {Kind::Binary, tr("The output of %1 is not text; it cannot be read.").arg(tool)};
}

ProbeError ProbeError::malformed(const QString &tool, const QString &detail)
{
    return {Kind::Malformed, tr("The output of %1 has an unexpected format.").arg(tool), detail};
}

ProbeError ProbeError::commandMissing(const QString &tool, const QString &detail)
{
    return {Kind::CommandMissing, tr("%1 is not installed on that machine.").arg(tool), detail};
}

ProbeError ProbeError::permissionDenied(const QString &tool, const QString &detail)
{
    return {Kind::PermissionDenied, tr("%1 needs root privileges (sudo) to answer.").arg(tool), detail};
}

ProbeError ProbeError::invalidArgument(const QString &what, const QString &detail)
{
    return {Kind::InvalidArgument, tr("Refused to build the command: %1.").arg(what), detail};
}

} // namespace gd
