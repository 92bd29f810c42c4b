#include "app/probes/MemInfo.h"
#include "remote/ByteText.h"

#include <limits>

#include <QHash>

namespace gd {

QStringList MemInfo::command()
{
    return {QStringLiteral("cat"), QStringLiteral("/proc/meminfo")};
}

ProbeResult<MemInfo> MemInfo::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("/proc/meminfo");
    if (output.exitCode != 0)
        return ProbeError::malformed(tool, utf8Text(output.stdErr).trimmed());
    if (output.stdOut.trimmed().isEmpty())
        return ProbeError::empty(tool);
    // "MemAvailable:   23655140 kB": name, value, unit (kB means KiB here).
    QHash<QByteArray, qint64> values;
    for (const QByteArray &line : output.stdOut.split('\n')) {
        const int colon = int(line.indexOf(':'));
        if (colon <= 0)
            continue;
        const QList<QByteArray> rest = line.mid(colon + 1).simplified().split(' ');
        bool ok = false;
        const qint64 number = rest.value(0).toLongLong(&ok);
        // No machine has 8 EiB: a larger kB figure is garbage (and would overflow).
        if (!ok || number < 0 || number > std::numeric_limits<qint64>::max() / 1024)
            continue;
        values.insert(line.left(colon), rest.value(1) == "kB" ? number * 1024 : number);
    }
    if (!values.contains("MemTotal"))
        return ProbeError::malformed(tool, utf8Text(output.stdOut.left(200)));
    MemInfo info;
    info.totalBytes = values.value("MemTotal");
    if (values.contains("MemAvailable")) {
        info.availableBytes = values.value("MemAvailable");
    } else {
        info.availableBytes = values.value("MemFree") + values.value("Buffers") + values.value("Cached");
        info.availableEstimated = true;
    }
    return info;
}

} // namespace gd
