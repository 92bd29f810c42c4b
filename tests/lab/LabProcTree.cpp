#include "tests/lab/LabProcTree.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>

namespace gd::lab {

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Fields of /proc/PID/stat after the command name, which may itself contain spaces
// and parentheses: everything after the last ')'.
QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(' ');
}

} // namespace

QList<qint64> LabProcTree::allPids()
{
    QList<qint64> pids;
    const QStringList names = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (ok && pid > 0)
            pids.append(pid);
    }
    return pids;
}

qint64 LabProcTree::parentOf(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong();
}

QList<qint64> LabProcTree::childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QList<qint64> pids = allPids();
    for (const qint64 candidate : pids) {
        if (parentOf(candidate) == pid && isAlive(candidate))
            children.append(candidate);
    }
    return children;
}

QList<qint64> LabProcTree::descendantsOf(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    const QList<qint64> pids = allPids();
    for (const qint64 candidate : pids)
        children.insert(parentOf(candidate), candidate);
    QList<qint64> result;
    QList<qint64> todo{pid};
    while (!todo.isEmpty()) {
        const qint64 next = todo.takeLast();
        const QList<qint64> direct = children.values(next);
        for (const qint64 child : direct) {
            result.append(child);
            todo.append(child);
        }
    }
    return result;
}

bool LabProcTree::isAlive(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.at(0) != "Z" && fields.at(0) != "X";
}

QByteArray LabProcTree::commandLine(qint64 pid)
{
    QByteArray line = readProcFile(pid, "cmdline");
    if (line.endsWith('\0'))
        line.chop(1);
    line.replace('\0', ' ');
    return line;
}

QList<qint64> LabProcTree::findByCommandLine(const QByteArray &needle)
{
    QList<qint64> found;
    const QList<qint64> pids = allPids();
    for (const qint64 pid : pids) {
        if (commandLine(pid).contains(needle) && isAlive(pid))
            found.append(pid);
    }
    return found;
}

qint64 LabProcTree::userOf(qint64 pid)
{
    const QList<QByteArray> lines = readProcFile(pid, "status").split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Uid:")) {
            const QList<QByteArray> ids = line.mid(4).simplified().split(' ');
            return ids.size() >= 2 ? ids.at(1).toLongLong() : -1;
        }
    }
    return -1;
}

} // namespace gd::lab
