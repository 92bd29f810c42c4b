#include "app/logs/KernelOomLine.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

namespace {

qint64 kbField(const QString &text, QLatin1String name)
{
    // "anon-rss:1052760kB"
    const qsizetype at = text.indexOf(name);
    if (at < 0)
        return -1;
    qsizetype p = at + name.size();
    qsizetype q = p;
    while (q < text.size() && text.at(q).isDigit())
        ++q;
    return q > p ? text.mid(p, q - p).toLongLong() : -1;
}

QString kvField(const QString &text, QLatin1String key)
{
    // ",task=wireplumber," in the comma-separated oom-kill summary
    qsizetype at = text.indexOf(key);
    while (at > 0 && text.at(at - 1) != QLatin1Char(',') && text.at(at - 1) != QLatin1Char(':'))
        at = text.indexOf(key, at + 1);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    qsizetype end = text.indexOf(QLatin1Char(','), start);
    if (end < 0)
        end = text.size();
    return text.mid(start, end - start).trimmed();
}

} // namespace

std::optional<KernelOomLine> KernelOomLine::parse(const QByteArray &raw)
{
    const QString text = latin1Text(raw).trimmed();
    KernelOomLine line;
    static const QRegularExpression killed(
        QStringLiteral("(Memory cgroup )?[Oo]ut of [Mm]emory: Killed process (\\d+) \\(([^)]*)\\)"));
    if (const auto m = killed.match(text); m.hasMatch()) {
        line.m_kind = Kind::KilledProcess;
        line.m_cgroupLimit = !m.captured(1).isEmpty();
        line.m_pid = m.captured(2).toLongLong();
        line.m_process = m.captured(3);
        line.m_anonRssKb = kbField(text, QLatin1String("anon-rss:"));
        line.m_totalVmKb = kbField(text, QLatin1String("total-vm:"));
        line.m_messageOffset = int(m.capturedStart(0));
    } else if (const qsizetype at = text.indexOf(QLatin1String("oom-kill:constraint=")); at >= 0) {
        line.m_kind = Kind::OomKillSummary;
        const QString summary = text.mid(at);
        line.m_process = kvField(summary, QLatin1String("task="));
        line.m_pid = kvField(summary, QLatin1String("pid=")).toLongLong();
        line.m_memcg = kvField(summary, QLatin1String("task_memcg="));
        line.m_cgroupLimit = summary.contains(QLatin1String("CONSTRAINT_MEMCG"));
        line.m_messageOffset = int(at);
    } else {
        return std::nullopt;
    }
    line.m_prefix = text.left(line.m_messageOffset).trimmed();
    return line;
}

} // namespace gd
