#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::SshTarget)
};
} // namespace

Result<SshTarget> SshTarget::parse(const QString &spec)
{
    SshTarget target;
    QString rest = spec.trimmed();
    if (rest.isEmpty())
        return RemoteError(RemoteError::Kind::InvalidArgument, Text::tr("No server was given."));
    for (const QChar c : rest) {
        if (c.isSpace() || c.unicode() < 0x20)
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               Text::tr("A server name cannot contain spaces or control characters."), spec);
    }
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        target.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (target.user.isEmpty())
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               Text::tr("The user name before '@' is empty."), spec);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               Text::tr("Missing ']' after the IPv6 address."), spec);
        target.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return RemoteError(RemoteError::Kind::InvalidArgument, Text::tr("Unexpected text after ']'."),
                               spec);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const int colon = rest.indexOf(QLatin1Char(':'));
        target.host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        target.host = rest; // a bare IPv6 address has several colons and no port
    }
    if (target.host.isEmpty() || target.host.startsWith(QLatin1Char('-')))
        return RemoteError(RemoteError::Kind::InvalidArgument,
                           Text::tr("The server name is empty or invalid."), spec);
    if (!portText.isNull()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               Text::tr("The port must be a number between 1 and 65535."), spec);
        target.port = port;
    }
    return target;
}

QString SshTarget::displayName() const
{
    QString name = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!user.isEmpty())
        name.prepend(user + QLatin1Char('@'));
    if (port > 0 && port != 22)
        name += QLatin1Char(':') + QString::number(port);
    return name;
}

} // namespace gd
