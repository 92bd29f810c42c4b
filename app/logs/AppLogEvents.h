#pragma once

#include "app/logs/AppLogLine.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace gd {

// One event of an app server's log: a line, or a whole Python traceback / node stack.
struct AppLogEvent
{
    AppLogServer server = AppLogServer::Unknown;
    AppLogLine::Event event = AppLogLine::Event::Other;
    // The event's own time (its line's, or the journal's); for a Python traceback or a uWSGI line
    // without one, the nearest time on an earlier line (timeFromEarlierLine); node's stacks carry
    // none of their own and keep an invalid time outside the journal. Kept as numbers: time()
    // builds the QDateTime.
    AppLogTime timeStamp;
    bool timeFromEarlierLine = false;
    QDateTime time() const { return timeStamp.toDateTime(); }
    qint64 pid = -1; // the process that wrote the first line, when known
    qint64 masterPid = -1;
    qint64 workerPid = -1;
    int signal = -1;
    int exitCode = -1;
    qint64 number = -1; // AppLogLine::number()
    QString request;
    // Exception: the exception's final line ("ZeroDivisionError: division by zero", "TypeError:
    // Cannot read properties of undefined (reading 'x')"), or the first line's message when the
    // stack never came. Other events: the message of the line.
    QString detail;
    QString text;          // the first line as written, at most kMaxTextChars characters
    TextSpan span;         // the server's own words in `text`
    qint64 lineNumber = 0; // where the event starts in what was scanned, from 1
    int lineCount = 1;     // lines it spans: a traceback's header, frames and final line
};

// Reads a tail of an app server's log (or of the journal) line by line and keeps its events:
// every line AppLogLine classifies as an event other than Other, with a Python traceback (also
// behind gunicorn's "Error handling request" line) or node's uncaught-exception text grouped into
// one Exception. Memory stays bounded whatever comes in: lines are looked at up to
// AppLogLine::kMaxLineBytes, texts are cut at kMaxTextChars and only the last maxEvents events
// are kept (dropped() counts the rest).
class AppLogEvents
{
public:
    static constexpr int kDefaultMaxEvents = 1000;
    static constexpr int kMaxTextChars = 2000;

    explicit AppLogEvents(int maxEvents = kDefaultMaxEvents);

    // One line without its line break (a '\r' before it is ignored). Feed lines in order;
    // a follow view may keep feeding as the log grows.
    void addLine(std::string_view line);
    void addLine(const QByteArray &line) { addLine(std::string_view(line.constData(), size_t(line.size()))); }
    // Closes a traceback or stack still open (the tail may end inside one).
    void finish();

    // Oldest first, at most maxEvents. An exception still open is not in it until finish().
    QList<AppLogEvent> events() const;
    qint64 dropped() const; // events left out by the cap
    qint64 linesRead() const { return m_lineNumber; }

    // The whole tail at once: every line, then finish().
    static QList<AppLogEvent> scan(const QByteArray &tail, int maxEvents = kDefaultMaxEvents);

private:
    enum class Open : quint8
    {
        None,
        PythonHeader, // gunicorn's "Error handling request" line, its traceback may follow
        Python,       // inside "Traceback (most recent call last):"
        NodeHead,     // after node's "file:line", before the exception's line
        NodeStack     // its "    at ..." frames
    };

    bool continueOpen(std::string_view line, const std::optional<AppLogLine> &parsed);
    void startEvent(std::string_view line, const AppLogLine &parsed);
    void closeOpen();
    void push(AppLogEvent event);
    static QString cut(std::string_view text);

    int m_maxEvents;
    QList<AppLogEvent> m_events; // up to twice m_maxEvents before it is trimmed
    qint64 m_dropped = 0;
    qint64 m_lineNumber = 0;
    AppLogTime m_lastTime; // of the last line that had one
    Open m_open = Open::None;
    AppLogEvent m_pending;
    qint64 m_pendingJournalPid = -1;
    bool m_nodeCaret = false;
};

} // namespace gd
