#include "app/probes/ProcessLinks.h"
#include "remote/ByteText.h"

namespace gd {

bool ProcessLinks::isFile(const QString &target)
{
    return target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1String("/dev/")) &&
           !target.endsWith(QLatin1String(" (deleted)"));
}

QString ProcessLinks::outputFile() const
{
    if (isFile(stdErr))
        return stdErr;
    return isFile(stdOut) ? stdOut : QString();
}

QStringList ProcessLinks::command(qint64 pid)
{
    // One line per link, named, so a link that cannot be read (another user's process
    // without root) leaves its own line empty instead of shifting the others.
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("for l in exe cwd fd/1 fd/2; do printf '%s\\t' \"$l\"; "
                           "readlink \"/proc/$1/$l\" 2>/dev/null || echo; done; exit 0"),
            QStringLiteral("gd"), QString::number(pid)};
}

ProcessLinks ProcessLinks::parse(const QByteArray &output)
{
    ProcessLinks links;
    for (const QByteArray &line : output.split('\n')) {
        const int tab = int(line.indexOf('\t'));
        if (tab <= 0)
            continue;
        const QByteArray name = line.left(tab);
        const QString target = utf8Text(line.mid(tab + 1));
        if (name == "exe")
            links.exe = target;
        else if (name == "cwd")
            links.cwd = target;
        else if (name == "fd/1")
            links.stdOut = target;
        else if (name == "fd/2")
            links.stdErr = target;
    }
    return links;
}

} // namespace gd
