#include "app/report/TranscriptText.h"
#include "remote/ByteText.h"

namespace gd {

QString TranscriptText::render(const QList<CommandResult> &commands, int maxOutputChars)
{
    QString out;
    const auto cut = [maxOutputChars](const QByteArray &data) {
        QString text = utf8Text(data);
        if (text.size() > maxOutputChars)
            text = text.left(maxOutputChars) + QLatin1Char('\n') +
                   tr("[… %1 more characters]").arg(text.size() - maxOutputChars);
        return text;
    };
    for (const CommandResult &c : commands) {
        out += QStringLiteral("$ ") + c.commandLine + QLatin1Char('\n');
        if (c.error)
            out += tr("# could not run: %1").arg(c.error.toString()) + QLatin1Char('\n');
        else
            out += tr("# exit %1, %2 ms").arg(c.exitCode).arg(c.durationMs) + QLatin1Char('\n');
        if (!c.stdOut.isEmpty())
            out += cut(c.stdOut) + (c.stdOut.endsWith('\n') ? QString() : QStringLiteral("\n"));
        if (!c.stdErr.isEmpty())
            out += tr("# stderr:") + QLatin1Char('\n') + cut(c.stdErr) +
                   (c.stdErr.endsWith('\n') ? QString() : QStringLiteral("\n"));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace gd
