#include "app/logs/AppLogEvents.h"

#include <algorithm>
#include <cstring>

namespace gd {

namespace {

using namespace std::string_view_literals;

using Event = AppLogLine::Event;

bool isBlank(std::string_view s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// node's caret line under the source line: "                 ^"
bool isCaretLine(std::string_view s)
{
    bool caret = false;
    for (const char c : s) {
        if (c == '^')
            caret = true;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return caret;
}

// What a traceback's lines look like between its head and its final line.
bool isPythonContinuation(std::string_view s)
{
    return s.empty() || s.front() == ' ' || s.front() == '\t' ||
           s.starts_with("Traceback (most recent call last):"sv) ||
           s.starts_with("During handling of the above exception"sv) ||
           s.starts_with("The above exception was the direct cause"sv);
}

} // namespace

AppLogEvents::AppLogEvents(int maxEvents) : m_maxEvents(maxEvents > 0 ? maxEvents : 1)
{
}

QString AppLogEvents::cut(std::string_view text)
{
    if (text.size() > size_t(kMaxTextChars))
        text = text.substr(0, size_t(kMaxTextChars));
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

void AppLogEvents::addLine(std::string_view line)
{
    ++m_lineNumber;
    if (qsizetype(line.size()) > AppLogLine::kMaxLineBytes)
        line = line.substr(0, size_t(AppLogLine::kMaxLineBytes));
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    const std::optional<AppLogLine> parsed = AppLogLine::parse(line);
    if (m_open != Open::None && continueOpen(line, parsed))
        return;
    if (parsed) {
        if (parsed->event() != Event::Other)
            startEvent(line, *parsed);
        if (const AppLogTime stamp = parsed->timeStamp(); stamp.isValid())
            m_lastTime = stamp;
    }
}

// Whether `line` belongs to the traceback or stack being read; closes it when not.
bool AppLogEvents::continueOpen(std::string_view line, const std::optional<AppLogLine> &parsed)
{
    qint64 journalPid = -1;
    std::string_view body = line;
    if (parsed) {
        journalPid = parsed->journalPid();
        if (parsed->hasJournalPrefix())
            body = line.substr(size_t(parsed->messageOffset()));
    } else if (const int prefix = AppLogLine::journalPrefixLength(line); prefix > 0) {
        body = line.substr(size_t(prefix));
        // The pid is only needed to tell interleaved processes apart.
        const size_t open = line.rfind('[', size_t(prefix));
        if (open != std::string_view::npos) {
            journalPid = 0;
            for (size_t i = open + 1; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i)
                journalPid = journalPid * 10 + (line[i] - '0');
        }
    }
    // Another process's line (the journal interleaves them), or a line that is an event of its own
    // or carries its own time (the server moved on): the open event ends without its final line.
    const bool otherProcess =
        m_pendingJournalPid >= 0 && journalPid >= 0 && journalPid != m_pendingJournalPid;
    const bool ownLine = parsed && (parsed->hasOwnTime() ||
                                    (parsed->event() != Event::Other &&
                                     !(m_open == Open::PythonHeader && body.starts_with("Traceback"sv))));
    if (otherProcess || ownLine) {
        closeOpen();
        return false;
    }

    switch (m_open) {
    case Open::PythonHeader:
        if (body.starts_with("Traceback (most recent call last):"sv)) {
            m_open = Open::Python;
            ++m_pending.lineCount;
            return true;
        }
        closeOpen();
        return false;
    case Open::Python:
        ++m_pending.lineCount;
        if (!isPythonContinuation(body)) {
            m_pending.detail = cut(body);
            closeOpen();
        }
        return true;
    case Open::NodeHead:
        if (!m_nodeCaret) {
            // the source line, then the caret under the throwing expression
            if (isCaretLine(body))
                m_nodeCaret = true;
            else if (m_pending.lineCount >= 3)
                break;
            ++m_pending.lineCount;
            return true;
        }
        ++m_pending.lineCount;
        if (!isBlank(body)) {
            m_pending.detail = cut(body);
            m_open = Open::NodeStack;
        }
        return true;
    case Open::NodeStack:
        // "    at f (file:1:2)" frames, and the error's own properties ("{", "  code: '...'", "}")
        if (!body.empty() &&
            (body.front() == ' ' || body.front() == '\t' || body == "{"sv || body == "}"sv)) {
            ++m_pending.lineCount;
            return true;
        }
        break;
    case Open::None:
        return false;
    }
    closeOpen();
    return false;
}

void AppLogEvents::startEvent(std::string_view line, const AppLogLine &parsed)
{
    AppLogEvent e;
    e.server = parsed.server();
    e.event = parsed.event();
    e.timeStamp = parsed.timeStamp();
    if (!e.timeStamp.isValid() && e.server != AppLogServer::Node && m_lastTime.isValid()) {
        e.timeStamp = m_lastTime;
        e.timeFromEarlierLine = true;
    }
    e.pid = parsed.pid();
    e.masterPid = parsed.masterPid();
    e.workerPid = parsed.workerPid();
    e.signal = parsed.signal();
    e.exitCode = parsed.exitCode();
    e.number = parsed.number();
    e.request = parsed.request();
    e.text = cut(line);
    const TextSpan span = parsed.messageSpan();
    if (span.isValid() && span.offset <= int(e.text.size())) {
        e.span.offset = span.offset;
        e.span.length = std::min(span.length, int(e.text.size()) - span.offset);
        e.detail = e.text.mid(e.span.offset, e.span.length);
    }
    e.lineNumber = m_lineNumber;

    if (e.event == Event::Exception) {
        const std::string_view message = span.isValid() ? line.substr(size_t(span.offset)) : line;
        if (message.starts_with("Traceback (most recent call last):"sv)) {
            m_open = Open::Python;
        } else if (message.starts_with("Error handling request"sv) ||
                   message.starts_with("Exception in worker process"sv)) {
            m_open = Open::PythonHeader;
        } else if (e.server == AppLogServer::Node && message.find(' ') == std::string_view::npos) {
            m_open = Open::NodeHead; // "/srv/app.js:5"
            m_nodeCaret = false;
        } else if (const size_t at = message.find("UnhandledPromiseRejectionWarning: "sv);
                   at != std::string_view::npos) {
            e.detail = cut(message.substr(at + 34));
        } else if (const size_t fatal = message.find("PHP Fatal error:"sv); fatal != std::string_view::npos) {
            // php-fpm: child N said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught ..."
            std::string_view text = message.substr(fatal);
            if (text.ends_with('"'))
                text.remove_suffix(1);
            e.detail = cut(text);
        }
        if (m_open != Open::None) {
            m_pending = e;
            m_pendingJournalPid = parsed.journalPid();
            return;
        }
    }
    push(std::move(e));
}

void AppLogEvents::closeOpen()
{
    if (m_open == Open::None)
        return;
    m_open = Open::None;
    push(std::move(m_pending));
    m_pending = AppLogEvent();
    m_pendingJournalPid = -1;
}

void AppLogEvents::finish()
{
    closeOpen();
}

void AppLogEvents::push(AppLogEvent event)
{
    m_events.append(std::move(event));
    if (m_events.size() >= 2 * qsizetype(m_maxEvents)) {
        const qsizetype extra = m_events.size() - m_maxEvents;
        m_events.erase(m_events.begin(), m_events.begin() + extra);
        m_dropped += extra;
    }
}

QList<AppLogEvent> AppLogEvents::events() const
{
    if (m_events.size() <= m_maxEvents)
        return m_events;
    return m_events.mid(m_events.size() - m_maxEvents);
}

qint64 AppLogEvents::dropped() const
{
    return m_dropped + std::max<qsizetype>(0, m_events.size() - m_maxEvents);
}

QList<AppLogEvent> AppLogEvents::scan(const QByteArray &tail, int maxEvents)
{
    AppLogEvents events(maxEvents);
    const char *p = tail.constData();
    const char *end = p + tail.size();
    while (p < end) {
        const void *found = std::memchr(p, '\n', size_t(end - p));
        const char *lineEnd = found ? static_cast<const char *>(found) : end;
        events.addLine(std::string_view(p, size_t(lineEnd - p)));
        p = lineEnd + 1;
    }
    events.finish();
    return events.events();
}

} // namespace gd
