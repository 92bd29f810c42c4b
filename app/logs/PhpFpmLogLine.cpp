#include "app/logs/PhpFpmLogLine.h"

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
    QString text = QString::fromLatin1(raw);
    while (text.endsWith(QLatin1Char('\r')) || text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    PhpFpmLogLine line;
    qsizetype p = 0;
    if (text.startsWith(QLatin1Char('['))) {
        // "[23-Nov-2026 20:08:50] WARNING: "
        const qsizetype close = text.indexOf(QLatin1String("] "));
        if (close < 0)
            return std::nullopt;
        line.m_time = text.mid(1, close - 1);
        p = close + 2;
        const qsizetype colon = text.indexOf(QLatin1String(": "), p);
        if (colon < 0)
            return std::nullopt;
        line.m_level = text.mid(p, colon - p);
        p = colon + 2;
    } else {
        // journal/syslog: "... php-fpm8.2[812]: [WARNING] [pool www] ..."
        const qsizetype at = text.indexOf(QLatin1String("]: ["));
        if (at < 0 || !text.left(at).contains(QLatin1String("php")))
            return std::nullopt;
        const qsizetype close = text.indexOf(QLatin1Char(']'), at + 4);
        if (close < 0)
            return std::nullopt;
        line.m_level = text.mid(at + 4, close - at - 4);
        p = close + 1;
        while (p < text.size() && text.at(p) == QLatin1Char(' '))
            ++p;
    }
    if (line.m_level.isEmpty() || line.m_level.size() > 8 || line.m_level.toUpper() != line.m_level)
        return std::nullopt;
    if (text.mid(p).startsWith(QLatin1String("[pool "))) {
        const qsizetype close = text.indexOf(QLatin1String("] "), p);
        if (close < 0)
            return std::nullopt;
        line.m_pool = text.mid(p + 6, close - p - 6);
        p = close + 2;
    }
    line.m_message = text.mid(p);

    const QString &m = line.m_message;
    if (const auto match = maxChildrenRe().match(m); match.hasMatch()) {
        line.m_event = Event::MaxChildrenReached;
        line.m_ondemand = match.captured(1).isEmpty();
        line.m_number = match.captured(2).toInt();
    } else if (const auto busy = seemsBusyRe().match(m); busy.hasMatch()) {
        line.m_event = Event::SeemsBusy;
        line.m_number = busy.captured(1).toInt();
        line.m_idle = busy.captured(2).toInt();
        line.m_total = busy.captured(3).toInt();
    } else if (const auto timedOut = timedOutRe().match(m); timedOut.hasMatch()) {
        line.m_event = Event::ExecutionTimedOut;
        line.m_child = timedOut.captured(1).toLongLong();
        line.m_script = timedOut.captured(2);
        line.m_request = timedOut.captured(3);
        line.m_seconds = timedOut.captured(4).toDouble();
    } else if (const auto exited = exitedRe().match(m); exited.hasMatch()) {
        line.m_event = Event::ChildExitedOnSignal;
        line.m_child = exited.captured(1).toLongLong();
        line.m_signal = exited.captured(2).toInt();
        line.m_signalName = exited.captured(3);
        line.m_seconds = exited.captured(5).toDouble();
    }
    return line;
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
