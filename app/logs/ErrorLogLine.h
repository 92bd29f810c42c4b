#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <optional>
#include <string_view>

namespace gd {

// nginx's error_log levels, in nginx's order (debug is the most verbose).
enum class LogLevel : quint8
{
    Debug,
    Info,
    Notice,
    Warn,
    Error,
    Crit,
    Alert,
    Emerg
};
constexpr int logLevelCount = 8;
const char *logLevelName(LogLevel level); // "debug" ... "emerg"
// Reads the level name that starts at `text` ("error]..." -> Error); nullopt when none.
std::optional<LogLevel> logLevelAt(const char *text, qsizetype size);

// A part of a line, as offsets into it: what the UI highlights.
struct TextSpan
{
    int offset = -1;
    int length = 0;
    bool isValid() const { return offset >= 0; }
};

// One line of nginx's error log, parsed in place: every text accessor is a view into the
// caller's bytes, so the line must outlive this object. Parsing never allocates and never
// assumes UTF-8: request strings and hosts are whatever bytes the client sent.
//
// Shape (app/logs/nginx-upstream-errors.md):
//   YYYY/MM/DD HH:MM:SS [level] PID#TID: *CID <message>[ (errno: strerror)] while <action>,
//   client: ADDR, server: NAME, request: "...", upstream: "...", host: "...", referrer: "..."
class ErrorLogLine
{
public:
    // `line` without its line break; a trailing '\r' (CRLF files) is ignored. nullopt when the
    // bytes do not start with nginx's time and level. A line cut short (the end of a file being
    // written) parses as far as it goes.
    static std::optional<ErrorLogLine> parse(const char *line, qsizetype size);
    static std::optional<ErrorLogLine> parse(std::string_view line)
    {
        return parse(line.data(), qsizetype(line.size()));
    }
    // The same for a line inside a bigger buffer: the bytes up to `readableEnd` may be loaded
    // (never interpreted), so the scans can read 16 bytes at a time up to the line's last byte.
    static std::optional<ErrorLogLine> parse(const char *line, qsizetype size, const char *readableEnd);
    // parse() without its fast path for lines in nginx's usual shape: the general parser alone,
    // so that tests can prove both give the same fields. Everything else calls parse().
    static std::optional<ErrorLogLine> parseGeneral(const char *line, qsizetype size);

    // Seconds since 1970 of the wall-clock time as written, read as if it were UTC: the log has
    // no zone, so this only serves to order and compare lines (see naiveSecondsOf()).
    qint64 naiveTime() const { return m_naiveTime; }
    // The written time as a local QDateTime (the zone of the machine that wrote it is unknown).
    QDateTime dateTime() const { return dateTimeOfNaive(m_naiveTime); }
    static QDateTime dateTimeOfNaive(qint64 naiveSeconds);
    // The same scale as naiveTime() for a cut-off given by the user.
    static qint64 naiveSecondsOf(const QDateTime &time);
    // naiveTime() of the line at `line` without parsing the rest; nullopt if it has no time.
    static std::optional<qint64> naiveTimeAt(const char *line, qsizetype size);

    LogLevel level() const { return m_level; }
    // Read from the digits when asked: most callers never look at them.
    qint64 pid() const;
    qint64 tid() const;
    // The `*CID` connection id; -1 for lines of no connection (startup, resolver, master).
    qint64 connection() const;

    std::string_view line() const { return m_line; }
    // From after "PID#TID: [*CID ]" to " while " (or the fields): includes the errno part.
    std::string_view message() const { return m_message; }
    // The errno in "(111: Connection refused)"; -1 when there is none.
    int errnoValue() const { return m_errno; }
    std::string_view errnoText() const { return m_errnoText; } // "Connection refused"
    std::string_view action() const { return m_action; }       // "connecting to upstream", or empty
    std::string_view client() const { return m_client; }
    std::string_view server() const { return m_server; } // may be empty ("server: ,")
    bool hasServer() const { return m_hasServer; }
    std::string_view request() const { return m_request; }
    std::string_view upstream() const { return m_upstream; } // "http://127.0.0.1:8080/x"
    std::string_view host() const { return m_host; }
    std::string_view referrer() const { return m_referrer; }
    // True when the line ends inside a field (a file cut while nginx was writing it).
    bool truncated() const { return m_truncated; }

    // The upstream without scheme and URI, as findings name it: "127.0.0.1:8080",
    // "unix:/run/php/php8.2-fpm.sock", "backend" (an upstream{} name). Empty when none.
    std::string_view upstreamPeer() const;
    // Where a view returned by this object lies in line().
    TextSpan spanOf(std::string_view part) const;

private:
    // readableEnd == nullptr: the general parser only.
    static std::optional<ErrorLogLine> parseImpl(const char *line, qsizetype size, const char *readableEnd);
    bool read(const char *line, qsizetype size, const char *readableEnd); // into a fresh object
    void parseFields(const char *from, const char *end);
    bool parseFieldsFast(const char *from, const char *end, const char *readableEnd);
    void setMessage(const char *body, const char *messageEnd, const char *whileAt, const char *actionEnd);
    bool parseTail(const char *from, const char *end, bool strict);

    // Small on purpose: summaries build one per candidate line (~2 million in a 1 GiB log).
    std::string_view m_line;
    qint64 m_naiveTime = 0;
    std::string_view m_message;
    std::string_view m_errnoText;
    std::string_view m_action;
    std::string_view m_client;
    std::string_view m_server;
    std::string_view m_request;
    std::string_view m_upstream;
    std::string_view m_host;
    std::string_view m_referrer;
    int m_errno = -1;
    LogLevel m_level = LogLevel::Error;
    // The digits of "PID#TID: *CID " (which start right after "] ") are counted, not read.
    quint8 m_pidDigits = 0;
    quint8 m_tidDigits = 0;
    quint8 m_connectionDigits = 0; // 0: no connection id
    bool m_hasServer = false;
    bool m_truncated = false;
};

} // namespace gd
