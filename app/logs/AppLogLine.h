#pragma once

#include "app/logs/ErrorLogLine.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

namespace gd {

// The app server that wrote a line, told by the line itself (or by its journal identifier).
enum class AppLogServer : quint8
{
    Unknown, // a Python traceback line, nginx's "Primary script unknown", ... without a known writer
    Gunicorn,
    Uwsgi,
    Node,
    PhpFpm
};
const char *appLogServerName(AppLogServer server); // "gunicorn", "uwsgi", "node", "php-fpm", "unknown"

// A time as a log line writes it, kept as numbers: building a QDateTime (a local one above all,
// which asks the C library for the zone and stats /etc/localtime) costs more than reading the
// whole line, so AppLogLine builds one only when asked.
struct AppLogTime
{
    enum class Kind : quint8
    {
        None,
        Local,  // no zone written: the wall-clock time of the machine that wrote it
        Offset, // written with its UTC offset
    };
    qint64 naiveMSecs = 0; // the written wall-clock time, as milliseconds since 1970 read as UTC
    int offsetSeconds = 0; // Kind::Offset: east of UTC
    Kind kind = Kind::None;

    bool isValid() const { return kind != Kind::None; }
    QDateTime toDateTime() const; // invalid for Kind::None
    static AppLogTime local(QDate date, QTime time);
    static AppLogTime withOffset(QDate date, QTime time, int offsetSeconds);
};

// One line of an app server behind nginx, as the server writes it to its log, its stderr or the
// systemd journal (tests/data/app-logs holds real ones):
//   [2026-12-05 20:46:02 +0000] [26477] [CRITICAL] WORKER TIMEOUT (pid:26494)          gunicorn
//   Sat Dec  5 20:46:55 2026 - *** HARAKIRI ON WORKER 1 (pid: 27473, try: 1) ***        uWSGI
//   DAMN ! worker 1 (pid: 27473) died, killed by signal 9 :( trying respawn ...          uWSGI
//   /srv/app/server.js:5            (first line of node's uncaught exception), Node.js v20.20.2
//   [05-Dec-2026 20:48:24] WARNING: [pool www] child 30834 exited on signal 15 (SIGTERM) ...
// each also behind a journal prefix ("2026-12-05T20:49:27+0000 host gunicorn[32283]: ...",
// `journalctl -o short-iso`, or "Dec 05 20:49:27 host gunicorn[32283]: ...", `-o short`).
// php-fpm's own lines are read by PhpFpmLogLine; this class only maps them onto its events.
//
// A line is read byte by byte (no regular expression; PhpFpmLogLine's only for php-fpm's shape)
// and only its first kMaxLineBytes bytes are looked at, so a huge line costs no more than that.
class AppLogLine
{
public:
    enum class Event : quint8
    {
        Other,                // a line of a known server that is none of the below
        WorkerTimeout,        // gunicorn "WORKER TIMEOUT (pid:N)", uWSGI "*** HARAKIRI ON WORKER W (pid: N,
                              // try: T) ***", php-fpm "child N, script '...' (request: "...") execution
                              // timed out (X sec), terminating"
        WorkerKilled,         // gunicorn "Worker with pid N was terminated due to signal S" (20.x),
                              // "Worker (pid:N) was sent SIGKILL! Perhaps out of memory?" (21+);
                              // uWSGI "DAMN ! worker W (pid: N) died, killed by signal S :( ...",
                              // "!!! uWSGI process N got Segmentation Fault !!!"; php-fpm "child N
                              // exited on signal S (NAME) after X seconds from start"
        WorkerExited,         // gunicorn "Worker exiting (pid: N)", "Worker (pid:N) exited with code C";
                              // uWSGI "DAMN ! worker W (pid: N) died :( trying respawn ..."; php-fpm
                              // "child N exited with code C after ..."
        WorkerBoot,           // gunicorn "Booting worker with pid: N"; uWSGI "spawned uWSGI worker W
                              // (pid: N, ...)", "Respawned uWSGI worker W (new pid: N)"; php-fpm
                              // "child N started"
        Exception,            // gunicorn "Error handling request /x", "Exception in worker process";
                              // "Traceback (most recent call last):"; node's first line of an uncaught
                              // exception ("/path/x.js:5", "node:internal/...:389"),
                              // "(node:N) UnhandledPromiseRejectionWarning: ..."; php-fpm "said into
                              // stderr" with "PHP Fatal error"
        InvalidRequestBlock,  // uWSGI "invalid request block size: N (max M)...skip" (HTTP sent to a
                              // uwsgi socket)
        ListenQueueFull,      // uWSGI "*** uWSGI listen queue of socket "ADDR" (fd: F) full !!! (Q/L) ***"
        MaxChildrenReached,   // php-fpm "server reached [pm.]max_children setting (N)"
        PrimaryScriptUnknown, // php-fpm's "Primary script unknown" (it reaches nginx's error log as
                              // "FastCGI sent in stderr: ...", never php-fpm's own log)
        ProcessExit           // gunicorn "Shutting down: Master", uWSGI "goodbye to uWSGI.", php-fpm
                              // "exiting, bye-bye!", node's "Node.js vX" trailer after a crash
    };
    static const char *eventName(Event event); // "worker_timeout", ...

    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    // `line` without its line break (a trailing '\r' or '\n' is ignored). nullopt when the line
    // is neither a known server's (by its shape, its texts or its journal identifier) nor one of
    // the events above.
    static std::optional<AppLogLine> parse(std::string_view line);
    static std::optional<AppLogLine> parse(const QByteArray &line)
    {
        return parse(std::string_view(line.constData(), size_t(line.size())));
    }
    // Bytes of a journal prefix ("2026-12-05T20:49:29+0000 vm gunicorn[32306]: ") at the line's
    // start, 0 when there is none: a traceback's lines are read after it.
    static int journalPrefixLength(std::string_view line);

    AppLogServer server() const { return m_server; }
    Event event() const { return m_event; }
    // The line's own time (gunicorn's with its UTC offset; uWSGI's and php-fpm's local), else the
    // journal's (short-iso, with its offset); invalid when neither has one. `journalctl -o short`
    // has no year, so its time is not read.
    QDateTime time() const { return timeStamp().toDateTime(); }
    QDateTime ownTime() const { return m_time.toDateTime(); }
    QDateTime journalTime() const { return m_journalTime.toDateTime(); }
    // The same without building a QDateTime.
    AppLogTime timeStamp() const { return m_time.isValid() ? m_time : m_journalTime; }
    bool hasOwnTime() const { return m_time.isValid(); }
    bool hasJournalPrefix() const { return m_journal; }
    QString journalHost() const { return m_journalHost; }
    QString journalIdentifier() const { return m_journalIdent; } // "gunicorn", "php-fpm8.2", "wsgi.sh"
    qint64 journalPid() const { return m_journalPid; }           // -1 when absent
    // The process that wrote the line when the line says so (gunicorn's "[PID]", uWSGI's
    // "[pid: N|...]"), else the journal's pid; -1 when unknown.
    qint64 pid() const { return m_pid >= 0 ? m_pid : m_journalPid; }
    qint64 masterPid() const { return m_masterPid; }  // -1 when the line does not name it
    qint64 workerPid() const { return m_workerPid; }  // the worker (php-fpm: child) the line is about
    int workerIndex() const { return m_workerIndex; } // uWSGI's worker number ("worker 1"), -1
    int signal() const { return m_signal; }           // WorkerKilled; -1 when not given
    int exitCode() const { return m_exitCode; }       // WorkerExited with a code; -1 otherwise
    // InvalidRequestBlock: the size read; ListenQueueFull: connections queued; MaxChildrenReached:
    // the limit; WorkerTimeout (uWSGI): the try. -1 when none.
    qint64 number() const { return m_number; }
    qint64 limit() const { return m_limit; } // InvalidRequestBlock's max, ListenQueueFull's backlog
    // The request: php-fpm's `request: "GET /x.php"`, uWSGI's "GET /slow" (harakiri status, request
    // log), gunicorn's "/boom" ("Error handling request /boom"). Empty when not given.
    QString request() const { return m_request; }
    QString socketAddress() const { return m_socket; } // ListenQueueFull: "127.0.0.1:18442"
    QString level() const { return m_level; }          // "CRITICAL", "WARNING", ... when written
    // Where the server's own words start and how far they go, in bytes of the line as given
    // (after the journal prefix, the time, the pid and the level): what the UI highlights.
    TextSpan messageSpan() const { return m_message; }
    int messageOffset() const { return m_message.offset; }

private:
    bool readJournalPrefix(std::string_view line, size_t &pos, std::string_view &ident);
    bool readGunicorn(std::string_view line, size_t pos);
    bool readPhpFpm(std::string_view line, size_t pos, std::string_view ident);
    bool readTraceback(std::string_view line, size_t pos);
    bool readUwsgi(std::string_view line, size_t pos);
    bool readNode(std::string_view line, size_t pos);
    bool readOther(std::string_view line, size_t pos);
    void gunicornMessage(std::string_view message);
    void uwsgiMessage(std::string_view message);
    void setMessage(size_t from, size_t end);

    AppLogTime m_time, m_journalTime;
    QString m_journalHost, m_journalIdent, m_request, m_socket, m_level;
    qint64 m_journalPid = -1, m_pid = -1, m_masterPid = -1, m_workerPid = -1, m_number = -1, m_limit = -1;
    int m_workerIndex = -1, m_signal = -1, m_exitCode = -1;
    TextSpan m_message;
    AppLogServer m_server = AppLogServer::Unknown;
    Event m_event = Event::Other;
    bool m_journal = false;
};

} // namespace gd
