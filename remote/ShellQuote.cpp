#include "remote/ShellQuote.h"

namespace gd {

namespace {
bool isPlainWord(const QString &argument)
{
    // Characters no POSIX shell, fish or tcsh treats specially: such words stay
    // unquoted so transcripts read like what an admin would type.
    if (argument.isEmpty())
        return false;
    for (const QChar c : argument) {
        const ushort u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                           u == '-' || u == '_' || u == '.' || u == '/' || u == ',' || u == ':' || u == '@' ||
                           u == '+';
        if (!plain)
            return false;
    }
    return true;
}
} // namespace

QString ShellQuote::quote(const QString &argument)
{
    if (isPlainWord(argument))
        return argument;
    QString out;
    out.reserve(argument.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\"'\"'");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

RemoteError ShellQuote::validate(const QStringList &argv)
{
    if (argv.isEmpty() || argv.first().isEmpty())
        return {RemoteError::Kind::InvalidArgument, tr("No command was given.")};
    for (const QString &argument : argv) {
        if (argument.contains(QChar(0)))
            return {RemoteError::Kind::InvalidArgument,
                    tr("An argument contains a NUL byte, which no command can receive."), argument};
        if (argument.contains(QLatin1Char('\n')) || argument.contains(QLatin1Char('\r')))
            return {RemoteError::Kind::InvalidArgument,
                    tr("An argument contains a line break; it was refused so that it cannot end the "
                       "command early on the remote shell."),
                    argument.left(80)};
    }
    return {};
}

Result<QString> ShellQuote::join(const QStringList &argv)
{
    if (RemoteError error = validate(argv))
        return error;
    QStringList words;
    words.reserve(argv.size());
    for (const QString &argument : argv)
        words << quote(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace gd
