#include "app/logs/PhpFpmLogLine.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

namespace {

// php-fpm's texts (sapi/fpm/fpm/fpm_process_ctl.c, fpm_children.c), matched literally.
const QRegularExpression &maxChildrenRe()
{
    static const QRegularExpression re(
        QStringLiteral("server reached (pm\\.)?max_children setting \\((\\d+)\\)"));
    return re;
}
const QRegularExpression &seemsBusyRe()
{
    static const QRegularExpression re(QStringLiteral(
        "seems busy \\(.*\\), spawning (\\d+) children, there are (\\d+) idle, and (\\d+) total children"));
    return re;
}
const QRegularExpression &timedOutRe()
{
    static const QRegularExpression re(
        QStringLiteral("child (\\d+), script '(.*)' \\(request: \"(.*)\"\\) execution timed out \\(([0-9.]+) "
                       "sec\\), terminating"));
    return re;
}
const QRegularExpression &exitedRe()
{
    static const QRegularExpression re(QStringLiteral("child (\\d+) exited on signal (\\d+) \\((\\w+)\\)( - "
                                                      "core dumped)? after ([0-9.]+) seconds from start"));
    return re;
}

} // namespace

std::optional<PhpFpmLogLine> PhpFpmLogLine::parse(const QByteArray &raw)
{
    // Latin-1 keeps every byte; php-fpm writes script paths as bytes.
    QString text = latin1Text(raw);
    while (text.endsWith(QLatin1Char('\r')) || text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    PhpFpmLogLine line;
    const qsizetype p = line.readHead(text);
    if (p < 0)
        return std::nullopt;
    line.m_message = text.mid(p);
    line.readEvent();
    return line;
}

// Time, level and pool; returns where the message starts, -1 when the line is not php-fpm's.
qsizetype PhpFpmLogLine::readHead(const QString &text)
{
    qsizetype p = 0;
    if (text.startsWith(QLatin1Char('['))) {
        // "[23-Nov-2026 20:08:50] WARNING: "
        const qsizetype close = text.indexOf(QLatin1String("] "));
        if (close < 0)
            return -1;
        m_time = text.mid(1, close - 1);
        p = close + 2;
        const qsizetype colon = text.indexOf(QLatin1String(": "), p);
        if (colon < 0)
            return -1;
        m_level = text.mid(p, colon - p);
        p = colon + 2;
    } else {
        // journal/syslog: "... php-fpm8.2[812]: [WARNING] [pool www] ..."
        const qsizetype at = text.indexOf(QLatin1String("]: ["));
        if (at < 0 || !text.left(at).contains(QLatin1String("php")))
            return -1;
        const qsizetype close = text.indexOf(QLatin1Char(']'), at + 4);
        if (close < 0)
            return -1;
        m_level = text.mid(at + 4, close - at - 4);
        p = close + 1;
        while (p < text.size() && text.at(p) == QLatin1Char(' '))
            ++p;
    }
    if (m_level.isEmpty() || m_level.size() > 8 || m_level.toUpper() != m_level)
        return -1;
    if (text.mid(p).startsWith(QLatin1String("[pool "))) {
        const qsizetype close = text.indexOf(QLatin1String("] "), p);
        if (close < 0)
            return -1;
        m_pool = text.mid(p + 6, close - p - 6);
        p = close + 2;
    }
    return p;
}

// Which of php-fpm's texts the message is, with its numbers.
void PhpFpmLogLine::readEvent()
{
    const QString &m = m_message;
    if (const auto match = maxChildrenRe().match(m); match.hasMatch()) {
        m_event = Event::MaxChildrenReached;
        m_ondemand = match.captured(1).isEmpty();
        m_number = match.captured(2).toInt();
    } else if (const auto busy = seemsBusyRe().match(m); busy.hasMatch()) {
        m_event = Event::SeemsBusy;
        m_number = busy.captured(1).toInt();
        m_idle = busy.captured(2).toInt();
        m_total = busy.captured(3).toInt();
    } else if (const auto timedOut = timedOutRe().match(m); timedOut.hasMatch()) {
        m_event = Event::ExecutionTimedOut;
        m_child = timedOut.captured(1).toLongLong();
        m_script = timedOut.captured(2);
        m_request = timedOut.captured(3);
        m_seconds = timedOut.captured(4).toDouble();
    } else if (const auto exited = exitedRe().match(m); exited.hasMatch()) {
        m_event = Event::ChildExitedOnSignal;
        m_child = exited.captured(1).toLongLong();
        m_signal = exited.captured(2).toInt();
        m_signalName = exited.captured(3);
        m_seconds = exited.captured(5).toDouble();
    }
}

std::optional<Cause> PhpFpmLogLine::cause() const
{
    switch (m_event) {
    case Event::MaxChildrenReached:
    case Event::SeemsBusy:
        return Cause::PhpFpmSaturated;
    case Event::ExecutionTimedOut:
        return Cause::UpstreamCrashed;
    case Event::ChildExitedOnSignal:
        // SIGTERM follows "execution timed out" (already counted), SIGQUIT is a graceful stop.
        if (m_signal == 15 || m_signal == 3)
            return std::nullopt;
        return Cause::UpstreamCrashed;
    case Event::Other:
        break;
    }
    return std::nullopt;
}

} // namespace gd
