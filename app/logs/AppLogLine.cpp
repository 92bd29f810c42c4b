#include "app/logs/AppLogLine.h"

#include "app/logs/PhpFpmLogLine.h"

#include <QTimeZone>

#include <array>

namespace gd {

namespace {

using namespace std::string_view_literals;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// The digits at `pos` (moved past them); nullopt when there are none or too many.
std::optional<qint64> readNumber(std::string_view s, size_t &pos)
{
    const size_t start = pos;
    qint64 value = 0;
    while (pos < s.size() && isDigit(s[pos]) && pos - start < 18)
        value = value * 10 + (s[pos++] - '0');
    if (pos == start || (pos < s.size() && isDigit(s[pos])))
        return std::nullopt;
    return value;
}

// The number right after `marker` in `s` (the first occurrence), or -1.
qint64 numberAfter(std::string_view s, std::string_view marker)
{
    const size_t at = s.find(marker);
    if (at == std::string_view::npos)
        return -1;
    size_t pos = at + marker.size();
    return readNumber(s, pos).value_or(-1);
}

// Exactly `count` digits at `pos`.
int fixedNumber(std::string_view s, size_t pos, int count)
{
    if (pos + size_t(count) > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + size_t(i)];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int monthOf(std::string_view s, size_t pos)
{
    static constexpr std::array<std::string_view, 12> months = {"Jan"sv, "Feb"sv, "Mar"sv, "Apr"sv,
                                                                "May"sv, "Jun"sv, "Jul"sv, "Aug"sv,
                                                                "Sep"sv, "Oct"sv, "Nov"sv, "Dec"sv};
    if (pos + 3 > s.size())
        return -1;
    const std::string_view name = s.substr(pos, 3);
    for (size_t i = 0; i < months.size(); ++i) {
        if (months[i] == name)
            return int(i) + 1;
    }
    return -1;
}

bool isWeekday(std::string_view s, size_t pos)
{
    static constexpr std::array<std::string_view, 7> days = {"Mon"sv, "Tue"sv, "Wed"sv, "Thu"sv,
                                                             "Fri"sv, "Sat"sv, "Sun"sv};
    if (pos + 3 > s.size())
        return false;
    const std::string_view name = s.substr(pos, 3);
    for (const std::string_view day : days) {
        if (day == name)
            return true;
    }
    return false;
}

// "HH:MM:SS" at `pos`.
QTime timeAt(std::string_view s, size_t pos)
{
    if (pos + 8 > s.size() || s[pos + 2] != ':' || s[pos + 5] != ':')
        return {};
    const int h = fixedNumber(s, pos, 2), m = fixedNumber(s, pos + 3, 2), sec = fixedNumber(s, pos + 6, 2);
    if (h < 0 || m < 0 || sec < 0)
        return {};
    return QTime(h, m, sec);
}

// "YYYY-MM-DD" at `pos`.
QDate dateAt(std::string_view s, size_t pos)
{
    if (pos + 10 > s.size() || s[pos + 4] != '-' || s[pos + 7] != '-')
        return {};
    const int y = fixedNumber(s, pos, 4), m = fixedNumber(s, pos + 5, 2), d = fixedNumber(s, pos + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

// "+0200", "-05:30" or "Z" at `pos`: seconds east of UTC; moves `pos` past it.
std::optional<int> zoneAt(std::string_view s, size_t &pos)
{
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
        return 0;
    }
    if (pos + 5 > s.size() || (s[pos] != '+' && s[pos] != '-'))
        return std::nullopt;
    const int sign = s[pos] == '-' ? -1 : 1;
    const int hours = fixedNumber(s, pos + 1, 2);
    size_t minutesAt = pos + 3;
    if (minutesAt < s.size() && s[minutesAt] == ':')
        ++minutesAt;
    const int minutes = fixedNumber(s, minutesAt, 2);
    if (hours < 0 || minutes < 0)
        return std::nullopt;
    pos = minutesAt + 2;
    return sign * (hours * 3600 + minutes * 60);
}

AppLogTime withOffset(QDate date, QTime time, int offsetSeconds)
{
    return AppLogTime::withOffset(date, time, offsetSeconds);
}

QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

bool startsWith(std::string_view s, size_t pos, std::string_view prefix)
{
    return pos <= s.size() && s.substr(pos).starts_with(prefix);
}

// gunicorn 21+ names the signal ("was sent SIGKILL!"); the numbers are Linux's.
int signalNumber(std::string_view name)
{
    struct Named
    {
        std::string_view name;
        int number;
    };
    static constexpr std::array<Named, 15> table = {{{"SIGHUP"sv, 1},
                                                     {"SIGINT"sv, 2},
                                                     {"SIGQUIT"sv, 3},
                                                     {"SIGILL"sv, 4},
                                                     {"SIGTRAP"sv, 5},
                                                     {"SIGABRT"sv, 6},
                                                     {"SIGBUS"sv, 7},
                                                     {"SIGFPE"sv, 8},
                                                     {"SIGKILL"sv, 9},
                                                     {"SIGUSR1"sv, 10},
                                                     {"SIGSEGV"sv, 11},
                                                     {"SIGUSR2"sv, 12},
                                                     {"SIGPIPE"sv, 13},
                                                     {"SIGALRM"sv, 14},
                                                     {"SIGTERM"sv, 15}}};
    for (const Named &n : table) {
        if (n.name == name)
            return n.number;
    }
    return -1;
}

AppLogServer serverOfIdentifier(std::string_view ident)
{
    if (ident == "gunicorn"sv || ident.starts_with("gunicorn-"sv))
        return AppLogServer::Gunicorn;
    if (ident.starts_with("uwsgi"sv))
        return AppLogServer::Uwsgi;
    if (ident == "node"sv || ident == "nodejs"sv)
        return AppLogServer::Node;
    if (ident.starts_with("php-fpm"sv) || (ident.starts_with("php"sv) && ident.ends_with("-fpm"sv)))
        return AppLogServer::PhpFpm;
    return AppLogServer::Unknown;
}

// How uWSGI's lines that do not name it start (core/master_checks.c, core/protocol.c, ...).
constexpr std::array<std::string_view, 5> kUwsgiStarts = {
    "DAMN ! worker "sv, "*** HARAKIRI "sv, "HARAKIRI "sv, "invalid request block size: "sv, "[pid: "sv};

struct JournalPrefix
{
    AppLogTime time; // short-iso only
    std::string_view host, ident;
    qint64 pid = -1;
    size_t messageAt = 0;
};

// "2026-12-05T20:49:27+0000 host ident[pid]: " (short-iso, also with fractions of a second) or
// "Dec 05 20:49:27 host ident[pid]: " (short); moves `pos` to the message.
std::optional<JournalPrefix> journalPrefixOf(std::string_view line)
{
    size_t p = 0;
    AppLogTime journalTime;
    if (line.size() > 20 && isDigit(line[0]) && line[10] == 'T') {
        const QDate date = dateAt(line, 0);
        const QTime time = timeAt(line, 11);
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        p = 19;
        int msec = 0;
        if (p < line.size() && line[p] == '.') {
            ++p;
            const size_t digitsFrom = p;
            qint64 fraction = 0;
            while (p < line.size() && isDigit(line[p])) {
                if (p - digitsFrom < 3)
                    fraction = fraction * 10 + (line[p] - '0');
                ++p;
            }
            for (size_t d = std::min<size_t>(p - digitsFrom, 3); d < 3; ++d)
                fraction *= 10;
            msec = int(fraction);
        }
        const std::optional<int> zone = zoneAt(line, p);
        if (zone)
            journalTime = withOffset(date, time.addMSecs(msec), *zone);
        else
            journalTime = AppLogTime::local(date, time.addMSecs(msec));
    } else if (line.size() > 16 && monthOf(line, 0) > 0 && line[3] == ' ') {
        // "Dec 05 20:49:27" or syslog's "Dec  5 20:49:27": no year, so no time is taken from it.
        p = 4;
        if (line[p] == ' ')
            ++p;
        if (!readNumber(line, p) || !timeAt(line, p + 1).isValid() || line[p] != ' ')
            return std::nullopt;
        p += 9;
    } else {
        return std::nullopt;
    }
    if (p >= line.size() || line[p] != ' ')
        return std::nullopt;
    ++p;
    const size_t hostEnd = line.find(' ', p);
    if (hostEnd == std::string_view::npos || hostEnd == p || hostEnd - p > 255)
        return std::nullopt;
    const size_t identFrom = hostEnd + 1;
    size_t q = identFrom;
    while (q < line.size() && line[q] != '[' && line[q] != ':' && line[q] != ' ' && q - identFrom < 256)
        ++q;
    if (q == identFrom || q >= line.size() || line[q] == ' ')
        return std::nullopt;
    qint64 pid = -1;
    const size_t identEnd = q;
    if (line[q] == '[') {
        ++q;
        const std::optional<qint64> number = readNumber(line, q);
        if (!number || q >= line.size() || line[q] != ']')
            return std::nullopt;
        pid = *number;
        ++q;
    }
    if (q >= line.size() || line[q] != ':')
        return std::nullopt;
    ++q;
    if (q < line.size() && line[q] == ' ')
        ++q;
    return JournalPrefix{journalTime, line.substr(p, hostEnd - p),
                         line.substr(identFrom, identEnd - identFrom), pid, q};
}

} // namespace

AppLogTime AppLogTime::local(QDate date, QTime time)
{
    AppLogTime t;
    if (!date.isValid() || !time.isValid())
        return t;
    t.naiveMSecs =
        (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000 + time.msecsSinceStartOfDay();
    t.kind = Kind::Local;
    return t;
}

AppLogTime AppLogTime::withOffset(QDate date, QTime time, int offsetSeconds)
{
    AppLogTime t = local(date, time);
    if (t.isValid()) {
        t.kind = Kind::Offset;
        t.offsetSeconds = offsetSeconds;
    }
    return t;
}

QDateTime AppLogTime::toDateTime() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Offset:
        return QDateTime::fromMSecsSinceEpoch(naiveMSecs - qint64(offsetSeconds) * 1000,
                                              QTimeZone(offsetSeconds));
    case Kind::Local: {
        const qint64 days = naiveMSecs >= 0 ? naiveMSecs / 86400000 : (naiveMSecs - 86399999) / 86400000;
        const QDate date = QDate(1970, 1, 1).addDays(days);
        return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(naiveMSecs - days * 86400000)));
    }
    }
    return {};
}

const char *appLogServerName(AppLogServer server)
{
    switch (server) {
    case AppLogServer::Gunicorn:
        return "gunicorn";
    case AppLogServer::Uwsgi:
        return "uwsgi";
    case AppLogServer::Node:
        return "node";
    case AppLogServer::PhpFpm:
        return "php-fpm";
    case AppLogServer::Unknown:
        break;
    }
    return "unknown";
}

const char *AppLogLine::eventName(Event event)
{
    switch (event) {
    case Event::Other:
        return "other";
    case Event::WorkerTimeout:
        return "worker_timeout";
    case Event::WorkerKilled:
        return "worker_killed";
    case Event::WorkerExited:
        return "worker_exited";
    case Event::WorkerBoot:
        return "worker_boot";
    case Event::Exception:
        return "exception";
    case Event::InvalidRequestBlock:
        return "invalid_request_block";
    case Event::ListenQueueFull:
        return "listen_queue_full";
    case Event::MaxChildrenReached:
        return "max_children_reached";
    case Event::PrimaryScriptUnknown:
        return "primary_script_unknown";
    case Event::ProcessExit:
        return "process_exit";
    }
    return "other";
}

std::optional<AppLogLine> AppLogLine::parse(std::string_view line)
{
    if (qsizetype(line.size()) > kMaxLineBytes)
        line = line.substr(0, size_t(kMaxLineBytes));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);

    AppLogLine result;
    size_t pos = 0;
    std::string_view ident;
    result.m_journal = result.readJournalPrefix(line, pos, ident);
    if (result.m_journal)
        result.m_server = serverOfIdentifier(ident);
    // A traceback's head before uWSGI's texts: uWSGI's journal lines are all uWSGI's by their
    // identifier, Python's traceback among them.
    if (result.readGunicorn(line, pos) || result.readPhpFpm(line, pos, ident) || result.readNode(line, pos) ||
        result.readTraceback(line, pos) || result.readUwsgi(line, pos) || result.readOther(line, pos))
        return result;
    return std::nullopt;
}

void AppLogLine::setMessage(size_t from, size_t end)
{
    m_message.offset = int(from);
    m_message.length = int(end > from ? end - from : 0);
}

bool AppLogLine::readJournalPrefix(std::string_view line, size_t &pos, std::string_view &ident)
{
    const std::optional<JournalPrefix> prefix = journalPrefixOf(line);
    if (!prefix)
        return false;
    m_journalTime = prefix->time;
    m_journalHost = latin1(prefix->host);
    m_journalIdent = latin1(prefix->ident);
    m_journalPid = prefix->pid;
    ident = prefix->ident;
    pos = prefix->messageAt;
    return true;
}

int AppLogLine::journalPrefixLength(std::string_view line)
{
    const std::optional<JournalPrefix> prefix = journalPrefixOf(line);
    return prefix ? int(prefix->messageAt) : 0;
}

// "[2026-12-05 20:46:02 +0000] [26477] [CRITICAL] message"
bool AppLogLine::readGunicorn(std::string_view line, size_t pos)
{
    if (!startsWith(line, pos, "["sv) || line.size() < pos + 30 || line[pos + 11] != ' ')
        return false;
    const QDate date = dateAt(line, pos + 1);
    const QTime time = timeAt(line, pos + 12);
    if (!date.isValid() || !time.isValid() || line[pos + 20] != ' ')
        return false;
    size_t p = pos + 21;
    const std::optional<int> zone = zoneAt(line, p);
    if (!zone || !startsWith(line, p, "] ["sv))
        return false;
    p += 3;
    const std::optional<qint64> pid = readNumber(line, p);
    if (!pid || !startsWith(line, p, "] ["sv))
        return false;
    p += 3;
    const size_t levelEnd = line.find(']', p);
    if (levelEnd == std::string_view::npos || levelEnd == p || levelEnd - p > 10)
        return false;
    for (size_t i = p; i < levelEnd; ++i) {
        if (!isUpper(line[i]))
            return false;
    }
    m_server = AppLogServer::Gunicorn;
    m_time = withOffset(date, time, *zone);
    m_pid = *pid;
    m_level = latin1(line.substr(p, levelEnd - p));
    p = levelEnd + 1;
    if (p < line.size() && line[p] == ' ')
        ++p;
    setMessage(p, line.size());
    gunicornMessage(line.substr(p));
    return true;
}

// gunicorn's arbiter and worker texts (gunicorn/arbiter.py, workers/base.py, workers/sync.py).
void AppLogLine::gunicornMessage(std::string_view m)
{
    if (m.starts_with("WORKER TIMEOUT (pid:"sv)) {
        m_event = Event::WorkerTimeout;
        m_masterPid = m_pid;
        m_workerPid = numberAfter(m, "(pid:"sv);
    } else if (m.starts_with("Worker with pid "sv)) {
        // 20.x: "Worker with pid 26930 was terminated due to signal 9"
        m_event = Event::WorkerKilled;
        m_masterPid = m_pid;
        m_workerPid = numberAfter(m, "Worker with pid "sv);
        m_signal = int(numberAfter(m, "due to signal "sv));
    } else if (m.starts_with("Worker (pid:"sv)) {
        // 21+: "Worker (pid:66) was sent SIGKILL! Perhaps out of memory?", "... was sent code 7!",
        // "Worker (pid:3129714) exited with code 1"
        m_masterPid = m_pid;
        m_workerPid = numberAfter(m, "Worker (pid:"sv);
        if (const size_t sent = m.find(") was sent "sv); sent != std::string_view::npos) {
            m_event = Event::WorkerKilled;
            const std::string_view what = m.substr(sent + 11);
            if (what.starts_with("code "sv)) {
                m_signal = int(numberAfter(what, "code "sv));
            } else {
                const size_t end = what.find_first_of("! "sv);
                m_signal = signalNumber(what.substr(0, end));
            }
        } else if (m.find(") exited with code "sv) != std::string_view::npos) {
            m_event = Event::WorkerExited;
            m_exitCode = int(numberAfter(m, "exited with code "sv));
        }
    } else if (m.starts_with("Worker exiting (pid: "sv)) {
        m_event = Event::WorkerExited;
        m_workerPid = numberAfter(m, "(pid: "sv);
    } else if (m.starts_with("Booting worker with pid: "sv)) {
        m_event = Event::WorkerBoot;
        m_workerPid = numberAfter(m, "pid: "sv);
    } else if (m.starts_with("Error handling request"sv)) {
        m_event = Event::Exception;
        m_workerPid = m_pid;
        std::string_view rest = m.substr(22);
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        m_request = latin1(rest);
    } else if (m.starts_with("Exception in worker process"sv)) {
        m_event = Event::Exception;
        m_workerPid = m_pid;
    } else if (m.starts_with("Shutting down: "sv)) {
        m_event = Event::ProcessExit;
        m_masterPid = m_pid;
    } else if (m.starts_with("Listening at: "sv) || m.starts_with("Starting gunicorn "sv) ||
               m.starts_with("Handling signal: "sv)) {
        m_masterPid = m_pid;
    }
}

// php-fpm's own lines, read by PhpFpmLogLine: "[05-Dec-2026 20:48:24] WARNING: [pool www] ..."
// (also behind a journal prefix), and the journal/syslog form "php-fpm8.2[812]: [WARNING] ...".
bool AppLogLine::readPhpFpm(std::string_view line, size_t pos, std::string_view ident)
{
    size_t from = pos;
    const bool ownShape = startsWith(line, pos, "["sv) && line.size() > pos + 22 && line[pos + 3] == '-' &&
                          line[pos + 7] == '-' && fixedNumber(line, pos + 1, 2) >= 0 &&
                          monthOf(line, pos + 4) > 0 && line[pos + 12] == ' ';
    if (!ownShape) {
        // Its syslog form: the level in brackets right after the identifier.
        if (!m_journal || m_server != AppLogServer::PhpFpm || !startsWith(line, pos, "["sv) ||
            !isUpper(line.size() > pos + 1 ? line[pos + 1] : '\0'))
            return false;
        from = size_t(ident.data() - line.data());
    }
    const std::string_view part = line.substr(from);
    const std::optional<PhpFpmLogLine> fpm =
        PhpFpmLogLine::parse(QByteArray(part.data(), qsizetype(part.size())));
    if (!fpm)
        return false;
    m_server = AppLogServer::PhpFpm;
    m_level = fpm->level();
    if (ownShape) {
        // "05-Dec-2026 20:48:24": php-fpm writes local time without a zone.
        const std::string_view t = line.substr(pos + 1);
        const QDate date(fixedNumber(t, 7, 4), monthOf(t, 3), fixedNumber(t, 0, 2));
        const QTime time = timeAt(t, 12);
        if (date.isValid() && time.isValid())
            m_time = AppLogTime::local(date, time);
    }
    const QString message = fpm->message();
    const size_t messageAt = line.size() - size_t(message.size());
    setMessage(messageAt, line.size());
    const std::string_view m = line.substr(messageAt);
    if (fpm->childPid() >= 0)
        m_workerPid = fpm->childPid();
    switch (fpm->event()) {
    case PhpFpmLogLine::Event::MaxChildrenReached:
        m_event = Event::MaxChildrenReached;
        m_number = fpm->number();
        break;
    case PhpFpmLogLine::Event::ExecutionTimedOut:
        m_event = Event::WorkerTimeout;
        m_request = fpm->request();
        break;
    case PhpFpmLogLine::Event::ChildExitedOnSignal:
        m_event = Event::WorkerKilled;
        m_signal = fpm->signal();
        break;
    case PhpFpmLogLine::Event::SeemsBusy:
        break;
    case PhpFpmLogLine::Event::Other:
        // fpm_children.c's other texts about a child, and the master's.
        if (m.starts_with("child "sv)) {
            m_workerPid = numberAfter(m, "child "sv);
            if (m.find(" exited with code "sv) != std::string_view::npos) {
                m_event = Event::WorkerExited;
                m_exitCode = int(numberAfter(m, " exited with code "sv));
            } else if (m.ends_with(" started"sv)) {
                m_event = Event::WorkerBoot;
            } else if (m.find(" said into stderr: "sv) != std::string_view::npos &&
                       m.find("PHP Fatal error"sv) != std::string_view::npos) {
                m_event = Event::Exception;
            }
        } else if (m.starts_with("fpm is running, pid "sv)) {
            m_masterPid = numberAfter(m, "pid "sv);
        } else if (m.starts_with("exiting, bye-bye"sv)) {
            m_event = Event::ProcessExit;
        }
        if (m.find("Primary script unknown"sv) != std::string_view::npos)
            m_event = Event::PrimaryScriptUnknown;
        break;
    }
    return true;
}

// node's texts on stderr when it dies: the uncaught exception's first line ("/srv/app.js:5",
// "file:///srv/app.mjs:3", "node:internal/process/promises:389"), the "Node.js v20.20.2" trailer,
// and the pre-15 warning "(node:1234) UnhandledPromiseRejectionWarning: ...".
bool AppLogLine::readNode(std::string_view line, size_t pos)
{
    const std::string_view m = line.substr(std::min(pos, line.size()));
    if (m.starts_with("Node.js v"sv) && m.size() > 9 && isDigit(m[9])) {
        m_server = AppLogServer::Node;
        m_event = Event::ProcessExit;
        setMessage(pos, line.size());
        return true;
    }
    if (m.starts_with("(node:"sv)) {
        size_t p = 6;
        const std::optional<qint64> pid = readNumber(m, p);
        if (!pid || !startsWith(m, p, ") "sv))
            return false;
        m_server = AppLogServer::Node;
        m_pid = *pid;
        if (m.find("UnhandledPromiseRejectionWarning: "sv) != std::string_view::npos)
            m_event = Event::Exception;
        setMessage(pos + p + 2, line.size());
        return true;
    }
    // "<file>:<line>" alone on the line.
    const size_t colon = m.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= m.size() ||
        m.find(' ') != std::string_view::npos)
        return false;
    for (size_t i = colon + 1; i < m.size(); ++i) {
        if (!isDigit(m[i]))
            return false;
    }
    const std::string_view file = m.substr(0, colon);
    const bool script = file.ends_with(".js"sv) || file.ends_with(".mjs"sv) || file.ends_with(".cjs"sv) ||
                        file.ends_with(".ts"sv);
    if (!(file.starts_with("node:"sv) ||
          (script && (file.starts_with('/') || file.starts_with("file://"sv)))))
        return false;
    m_server = AppLogServer::Node;
    m_event = Event::Exception;
    setMessage(pos, line.size());
    return true;
}

// uWSGI: an optional --log-date (and harakiri's) "Sat Dec  5 20:46:55 2026 - " prefix, then its texts.
bool AppLogLine::readUwsgi(std::string_view line, size_t pos)
{
    size_t p = pos;
    bool dated = false;
    if (isWeekday(line, p) && line.size() > p + 27 && line[p + 3] == ' ' && monthOf(line, p + 4) > 0 &&
        line[p + 7] == ' ') {
        size_t q = p + 8;
        if (line[q] == ' ')
            ++q;
        const std::optional<qint64> day = readNumber(line, q);
        const QTime time = timeAt(line, q + 1);
        size_t y = q + 10;
        const int year = fixedNumber(line, y, 4);
        if (day && line[q] == ' ' && time.isValid() && line[q + 9] == ' ' && year > 0 &&
            startsWith(line, y + 4, " - "sv)) {
            const QDate date(year, monthOf(line, p + 4), int(*day));
            if (date.isValid())
                m_time = AppLogTime::local(date, time); // uWSGI writes local time without a zone
            p = y + 7;
            dated = true;
        }
    }
    const std::string_view m = line.substr(std::min(p, line.size()));
    bool ours = dated || m_server == AppLogServer::Uwsgi || m.find("uWSGI"sv) != std::string_view::npos;
    for (size_t i = 0; !ours && i < kUwsgiStarts.size(); ++i)
        ours = m.starts_with(kUwsgiStarts[i]);
    if (!ours && m.starts_with("worker "sv)) // "worker 1 buried after 1 seconds"
        ours = m.find(" buried after "sv) != std::string_view::npos;
    if (!ours)
        return false;
    m_server = AppLogServer::Uwsgi;
    setMessage(p, line.size());
    uwsgiMessage(m);
    return true;
}

// uWSGI's texts (core/master_checks.c, core/master_utils.c, core/uwsgi.c, core/protocol.c).
void AppLogLine::uwsgiMessage(std::string_view m)
{
    if (m.starts_with("*** HARAKIRI ON WORKER "sv)) {
        // "*** HARAKIRI ON WORKER 1 (pid: 27473, try: 1) ***"
        m_event = Event::WorkerTimeout;
        m_workerIndex = int(numberAfter(m, "WORKER "sv));
        m_workerPid = numberAfter(m, "(pid: "sv);
        m_number = numberAfter(m, "try: "sv);
    } else if (m.starts_with("HARAKIRI [core "sv)) {
        // "HARAKIRI [core 0] 127.0.0.1 - GET /slow since 1796503612"
        const size_t dash = m.find(" - "sv);
        const size_t since = m.rfind(" since "sv);
        if (dash != std::string_view::npos && since != std::string_view::npos && since > dash)
            m_request = latin1(m.substr(dash + 3, since - dash - 3));
    } else if (m.starts_with("DAMN ! worker "sv)) {
        // "DAMN ! worker 1 (pid: 27473) died, killed by signal 9 :( trying respawn ..."
        // "DAMN ! worker 1 (pid: 28678) died :( trying respawn ..."
        m_workerIndex = int(numberAfter(m, "worker "sv));
        m_workerPid = numberAfter(m, "(pid: "sv);
        if (m.find("killed by signal "sv) != std::string_view::npos) {
            m_event = Event::WorkerKilled;
            m_signal = int(numberAfter(m, "killed by signal "sv));
        } else {
            m_event = Event::WorkerExited;
            m_exitCode = int(numberAfter(m, "exit code: "sv)); // newer uWSGI say it; 2.0.21 does not
        }
    } else if (m.starts_with("!!! uWSGI process "sv) &&
               m.find(" got Segmentation Fault"sv) != std::string_view::npos) {
        m_event = Event::WorkerKilled;
        m_workerPid = numberAfter(m, "process "sv);
        m_signal = 11;
    } else if (m.starts_with("Respawned uWSGI worker "sv)) {
        // "Respawned uWSGI worker 1 (new pid: 27495)"
        m_event = Event::WorkerBoot;
        m_workerIndex = int(numberAfter(m, "worker "sv));
        m_workerPid = numberAfter(m, "(new pid: "sv);
    } else if (m.starts_with("spawned uWSGI worker "sv)) {
        // "spawned uWSGI worker 1 (pid: 27473, cores: 1)"
        m_event = Event::WorkerBoot;
        m_workerIndex = int(numberAfter(m, "worker "sv));
        m_workerPid = numberAfter(m, "(pid: "sv);
    } else if (m.starts_with("spawned uWSGI master process (pid: "sv)) {
        m_masterPid = numberAfter(m, "(pid: "sv);
    } else if (m.starts_with("invalid request block size: "sv)) {
        // "invalid request block size: 21573 (max 4096)...skip"
        m_event = Event::InvalidRequestBlock;
        m_number = numberAfter(m, "size: "sv);
        m_limit = numberAfter(m, "(max "sv);
    } else if (m.starts_with("*** uWSGI listen queue of socket \""sv)) {
        // "*** uWSGI listen queue of socket "127.0.0.1:18442" (fd: 3) full !!! (2/1) ***"
        const size_t open = m.find('"');
        const size_t close = m.find('"', open + 1);
        if (close != std::string_view::npos)
            m_socket = latin1(m.substr(open + 1, close - open - 1));
        if (m.find(" full !!! ("sv) != std::string_view::npos) {
            m_event = Event::ListenQueueFull;
            m_number = numberAfter(m, "full !!! ("sv);
            const size_t slash = m.find('/', m.find("full !!! ("sv));
            if (slash != std::string_view::npos) {
                size_t p = slash + 1;
                m_limit = readNumber(m, p).value_or(-1);
            }
        }
    } else if (m.starts_with("goodbye to uWSGI"sv)) {
        m_event = Event::ProcessExit;
    } else if (m.starts_with("[pid: "sv)) {
        // The request log: "[pid: 27473|app: 0|req: 1/1] 127.0.0.1 () {24 vars in 246 bytes}
        // [Sat Dec  5 20:46:52 2026] GET / => generated 3 bytes in 0 msecs (HTTP/1.1 200) ..."
        m_pid = numberAfter(m, "[pid: "sv);
        m_workerPid = m_pid;
        const size_t dateEnd = m.find("] "sv, m.find("} ["sv));
        const size_t arrow = m.find(" => "sv);
        if (dateEnd != std::string_view::npos && arrow != std::string_view::npos && arrow > dateEnd)
            m_request = latin1(m.substr(dateEnd + 2, arrow - dateEnd - 2));
    }
}

// The head of a Python traceback (gunicorn's, uWSGI's, any Python app's).
bool AppLogLine::readTraceback(std::string_view line, size_t pos)
{
    if (!startsWith(line, pos, "Traceback (most recent call last):"sv))
        return false;
    m_event = Event::Exception;
    setMessage(pos, line.size());
    return true;
}

// Lines of no particular server: php-fpm's "Primary script unknown"
// in nginx's error log, and any other line whose journal identifier names a server.
bool AppLogLine::readOther(std::string_view line, size_t pos)
{
    const std::string_view m = line.substr(std::min(pos, line.size()));
    if (const size_t at = m.find("Primary script unknown"sv); at != std::string_view::npos) {
        m_server = AppLogServer::PhpFpm;
        m_event = Event::PrimaryScriptUnknown;
        setMessage(pos + at, pos + at + 22);
        if (!m_journal) {
            if (const std::optional<ErrorLogLine> nginx = ErrorLogLine::parse(m)) {
                m_time.naiveMSecs = nginx->naiveTime() * 1000;
                m_time.kind = AppLogTime::Kind::Local;
                m_request = latin1(nginx->request());
            }
        }
        return true;
    }
    if (m_journal && m_server != AppLogServer::Unknown) {
        setMessage(pos, line.size());
        return true;
    }
    return false;
}

} // namespace gd
