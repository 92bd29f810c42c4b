#include "app/probes/ChildProcessMemory.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

QStringList ChildProcessMemory::command(qint64 parentPid)
{
    return {QStringLiteral("ps"),     QStringLiteral("-ww"),
            QStringLiteral("-o"),     QStringLiteral("pid=,rss=,args="),
            QStringLiteral("--ppid"), QString::number(parentPid)};
}

ProbeResult<ChildProcessMemory> ChildProcessMemory::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("ps");
    // procps exits 1, silently, when no process matched; a complaint on stderr is an error.
    if (output.exitCode == 1 && output.stdOut.trimmed().isEmpty() && output.stdErr.trimmed().isEmpty())
        return ChildProcessMemory{};
    if (output.exitCode != 0)
        return ProbeError::malformed(tool, utf8Text(output.stdErr).trimmed());
    ChildProcessMemory out;
    for (const QByteArray &raw : output.stdOut.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // "28943  8484 php-fpm: pool www": two numbers, then the command line as is.
        const int firstGap = int(line.indexOf(' '));
        const QByteArray afterPid = firstGap > 0 ? line.mid(firstGap).trimmed() : QByteArray();
        const int secondGap = int(afterPid.indexOf(' '));
        bool pidOk = false, rssOk = false;
        Child c;
        c.pid = line.left(firstGap).toLongLong(&pidOk);
        c.rssBytes = (secondGap > 0 ? afterPid.left(secondGap) : afterPid).toLongLong(&rssOk) * 1024;
        c.args = secondGap > 0 ? utf8Text(afterPid.mid(secondGap + 1)) : QString();
        if (!pidOk || !rssOk)
            return ProbeError::malformed(tool, utf8Text(line.left(200)));
        out.children << c;
    }
    return out;
}

QList<ChildProcessMemory::Child> ChildProcessMemory::phpFpmPool(const QString &pool) const
{
    const QRegularExpression title(
        QStringLiteral("^php-fpm[0-9.]*: pool %1\\s*$").arg(QRegularExpression::escape(pool)));
    QList<Child> out;
    for (const Child &c : children) {
        if (title.match(c.args).hasMatch())
            out << c;
    }
    return out;
}

qint64 ChildProcessMemory::totalRss(const QList<Child> &children)
{
    qint64 sum = 0;
    for (const Child &c : children)
        sum += c.rssBytes;
    return sum;
}

} // namespace gd
