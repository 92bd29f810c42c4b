#include "app/logs/SystemdJournalLine.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

std::optional<SystemdJournalLine> SystemdJournalLine::parse(const QByteArray &raw)
{
    const QString text = latin1Text(raw).trimmed();
    // "<time> <host> systemd[1]: <unit>: <message>"; the prefix is optional (journalctl -o cat).
    static const QRegularExpression shape(
        QStringLiteral("^(?:(\\w{3} +\\d+ [\\d:]+|\\d{4}-\\d\\d-\\d\\dT[^ ]+) +(\\S+) +systemd\\[\\d+\\]: +)?"
                       "([A-Za-z0-9@_.:\\\\-]+\\.(?:service|scope|socket|mount|timer)): +(.*)$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    SystemdJournalLine line;
    line.m_time = m.captured(1);
    line.m_host = m.captured(2);
    line.m_unit = m.captured(3);
    line.m_messageOffset = int(m.capturedStart(4));
    const QString message = m.captured(4);

    static const QRegularExpression exited(
        QStringLiteral("^[Mm]ain process exited, code=(\\w+), status=([^ ,]+)"));
    static const QRegularExpression restart(
        QStringLiteral("^Scheduled restart job, restart counter is at (\\d+)"));
    static const QRegularExpression failed(QStringLiteral("^Failed with result '([^']+)'"));
    if (const auto e = exited.match(message); e.hasMatch()) {
        line.m_event = Event::MainProcessExited;
        line.m_code = e.captured(1);
        line.m_status = e.captured(2);
    } else if (const auto r = restart.match(message); r.hasMatch()) {
        line.m_event = Event::ScheduledRestart;
        line.m_counter = r.captured(1).toInt();
    } else if (message.startsWith(QLatin1String("Start request repeated too quickly"))) {
        line.m_event = Event::StartRepeatedTooQuickly;
    } else if (const auto f = failed.match(message); f.hasMatch()) {
        line.m_event = Event::FailedWithResult;
        line.m_result = f.captured(1);
    } else if (message.startsWith(
                   QLatin1String("A process of this unit has been killed by the OOM killer"))) {
        line.m_event = Event::KilledByOomKiller;
    } else {
        return std::nullopt;
    }
    return line;
}

std::optional<Cause> SystemdJournalLine::cause() const
{
    switch (m_event) {
    case Event::KilledByOomKiller:
        return Cause::ResourceExhaustion;
    case Event::FailedWithResult:
        if (m_result == QLatin1String("oom-kill"))
            return Cause::ResourceExhaustion;
        if (m_result == QLatin1String("success"))
            return std::nullopt;
        return Cause::UpstreamCrashed;
    case Event::MainProcessExited:
        if (m_code == QLatin1String("exited") && m_status.startsWith(QLatin1String("0/")))
            return std::nullopt;
        return Cause::UpstreamCrashed;
    case Event::ScheduledRestart:
    case Event::StartRepeatedTooQuickly:
        return Cause::UpstreamCrashed;
    }
    return std::nullopt;
}

} // namespace gd
