#include "app/probes/ConfigLoadTimes.h"
#include "remote/ByteText.h"

namespace gd {

QList<ConfigLoadTimes::File> ConfigLoadTimes::savedAfterLoad() const
{
    QList<File> newer;
    for (const File &f : files) {
        if (loadedAt > 0 && f.modified > loadedAt)
            newer << f;
    }
    return newer;
}

QStringList ConfigLoadTimes::command(const QList<qint64> &workerPids, const QStringList &files)
{
    QStringList pids;
    for (qint64 pid : workerPids)
        pids << QString::number(pid);
    // The pids are numbers and the paths are arguments, never part of the script. Sections are
    // separated by "--" lines: ages have one field, files two.
    QStringList argv{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                     QStringLiteral("date +%s; echo --; ps -o etimes= -p \"$1\"; echo --; shift; "
                                    "stat -L -c '%Y %n' -- \"$@\" 2>/dev/null; exit 0"),
                     QStringLiteral("gd"), pids.join(QLatin1Char(','))};
    return argv + files;
}

ProbeResult<ConfigLoadTimes> ConfigLoadTimes::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("date, ps, stat");
    if (output.stdOut.trimmed().isEmpty())
        return ProbeError::empty(tool);
    const QList<QByteArray> sections = output.stdOut.split('\n');
    ConfigLoadTimes times;
    int section = 0;
    bool ok = false;
    for (const QByteArray &raw : sections) {
        const QByteArray line = raw.trimmed();
        if (line == "--") {
            ++section;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (section == 0) {
            times.now = line.toLongLong(&ok);
            if (!ok)
                return ProbeError::malformed(tool, utf8Text(line.left(120)));
        } else if (section == 1) {
            const qint64 age = line.toLongLong(&ok);
            if (ok && times.now > 0)
                times.loadedAt =
                    times.loadedAt == 0 ? times.now - age : qMin(times.loadedAt, times.now - age);
        } else {
            const int space = int(line.indexOf(' '));
            const qint64 modified = space > 0 ? line.left(space).toLongLong(&ok) : 0;
            if (space > 0 && ok)
                times.files << File{utf8Text(line.mid(space + 1)), modified};
        }
    }
    if (times.now == 0)
        return ProbeError::malformed(tool, utf8Text(output.stdOut.left(120)));
    return times;
}

} // namespace gd
