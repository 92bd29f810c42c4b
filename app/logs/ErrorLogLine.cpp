#include "ErrorLogLine.h"

#include <QDate>
#include <QTime>

#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

constexpr sv kClient = ", client: ";
constexpr sv kServer = ", server: ";
constexpr sv kRequest = ", request: \"";
constexpr sv kSubrequest = ", subrequest: \"";
constexpr sv kUpstream = ", upstream: \"";
constexpr sv kHost = ", host: \"";
constexpr sv kReferrer = ", referrer: \"";
constexpr sv kWhile = " while ";

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Two digits at p, or -1.
int twoDigits(const char *p)
{
    if (!isDigit(p[0]) || !isDigit(p[1]))
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// memchr on one byte of the needle (`pivot`, pick a rare one), then memcmp: on the short
// stretches of one line this beats memmem, whose set-up costs more than the search.
const char *find(const char *from, const char *end, sv needle, size_t pivot = 0)
{
    const qsizetype n = qsizetype(needle.size());
    const char *p = from + pivot;
    const char *last = end - n + qsizetype(pivot); // the last place the pivot byte can be
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, needle[pivot], size_t(last - p + 1)));
        if (!p)
            return nullptr;
        if (std::memcmp(p - pivot, needle.data(), size_t(n)) == 0)
            return p - pivot;
        ++p;
    }
    return nullptr;
}

bool startsWith(const char *p, const char *end, sv prefix)
{
    return end - p >= qsizetype(prefix.size()) && std::memcmp(p, prefix.data(), prefix.size()) == 0;
}

bool contains(sv text, sv needle) { return text.find(needle) != sv::npos; }

// Reads digits; returns the number and advances p, or -1 when there are none.
qint64 readNumber(const char *&p, const char *end)
{
    if (p >= end || !isDigit(*p))
        return -1;
    qint64 value = 0;
    while (p < end && isDigit(*p) && value < (qint64(1) << 50))
        value = value * 10 + (*p++ - '0');
    return value;
}

} // namespace

const char *logLevelName(LogLevel level)
{
    static const char *const names[] = {"debug", "info", "notice", "warn", "error", "crit", "alert", "emerg"};
    return names[int(level)];
}

std::optional<LogLevel> logLevelAt(const char *text, qsizetype size)
{
    // The first two letters tell every level apart; the full name is checked to reject noise.
    if (size < 4)
        return std::nullopt;
    struct Name
    {
        sv name;
        LogLevel level;
    };
    static const Name names[] = {{"debug", LogLevel::Debug}, {"info", LogLevel::Info},   {"notice", LogLevel::Notice},
                                 {"warn", LogLevel::Warn},   {"error", LogLevel::Error}, {"crit", LogLevel::Crit},
                                 {"alert", LogLevel::Alert}, {"emerg", LogLevel::Emerg}};
    for (const Name &n : names) {
        if (size >= qsizetype(n.name.size()) && std::memcmp(text, n.name.data(), n.name.size()) == 0)
            return n.level;
    }
    return std::nullopt;
}

std::optional<qint64> ErrorLogLine::naiveTimeAt(const char *p, qsizetype size)
{
    // "YYYY/MM/DD HH:MM:SS"
    if (size < 19 || p[4] != '/' || p[7] != '/' || p[10] != ' ' || p[13] != ':' || p[16] != ':')
        return std::nullopt;
    const int c = twoDigits(p), yy = twoDigits(p + 2), mo = twoDigits(p + 5), d = twoDigits(p + 8);
    const int h = twoDigits(p + 11), mi = twoDigits(p + 14), s = twoDigits(p + 17);
    if (c < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0
        || s > 60)
        return std::nullopt;
    return daysFromCivil(c * 100 + yy, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

qint64 ErrorLogLine::naiveSecondsOf(const QDateTime &time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return daysFromCivil(date.year(), date.month(), date.day()) * 86400 + clock.hour() * 3600 + clock.minute() * 60
           + clock.second();
}

QDateTime ErrorLogLine::dateTimeOfNaive(qint64 naive)
{
    const qint64 days = naive >= 0 ? naive / 86400 : (naive - 86399) / 86400;
    const qint64 seconds = naive - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    return QDateTime(date, QTime(int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60)));
}

std::optional<ErrorLogLine> ErrorLogLine::parse(const char *data, qsizetype size)
{
    if (size > 0 && data[size - 1] == '\r')
        --size;
    const std::optional<qint64> time = naiveTimeAt(data, size);
    if (!time || size < 24 || data[19] != ' ' || data[20] != '[')
        return std::nullopt;
    const char *end = data + size;
    const std::optional<LogLevel> level = logLevelAt(data + 21, size - 21);
    if (!level)
        return std::nullopt;
    const char *p = data + 21 + std::strlen(logLevelName(*level));
    if (!startsWith(p, end, "] "))
        return std::nullopt;
    p += 2;

    ErrorLogLine line;
    line.m_line = sv(data, size_t(size));
    line.m_naiveTime = *time;
    line.m_level = *level;
    line.m_pid = readNumber(p, end);
    if (line.m_pid < 0 || p >= end || *p != '#')
        return std::nullopt;
    ++p;
    line.m_tid = readNumber(p, end);
    if (line.m_tid < 0 || !startsWith(p, end, ": "))
        return std::nullopt;
    p += 2;
    if (p < end && *p == '*') {
        const char *q = p + 1;
        const qint64 cid = readNumber(q, end);
        if (cid >= 0 && q < end && *q == ' ') {
            line.m_connection = cid;
            p = q + 1;
        }
    }
    line.parseFields(p, end);
    return line;
}

void ErrorLogLine::parseFields(const char *body, const char *end)
{
    // The context fields start at the first ", client: "; without one (startup, resolver and
    // master lines) everything is message, except an action after " while ".
    const char *context = find(body, end, kClient);
    const char *messageEnd = context ? context : end;

    // The last " while " before the context: a message can quote upstream bytes that contain
    // " while ", an action never does.
    const char *whileAt = nullptr;
    for (const char *q = body; (q = find(q, messageEnd, kWhile, 1)); q += kWhile.size())
        whileAt = q;
    if (whileAt) {
        const char *actionStart = whileAt + kWhile.size();
        const char *actionEnd = messageEnd;
        if (!context) {
            // "while resolving, resolver: 127.0.0.1:53"
            if (const char *comma = find(actionStart, end, ", "))
                actionEnd = comma;
        }
        m_action = sv(actionStart, size_t(actionEnd - actionStart));
        messageEnd = whileAt;
    }
    m_message = sv(body, size_t(messageEnd - body));

    // "(111: Connection refused)" closes the message when nginx adds an errno.
    if (!m_message.empty() && m_message.back() == ')') {
        const size_t open = m_message.rfind(" (");
        if (open != sv::npos) {
            const char *q = m_message.data() + open + 2;
            const char *close = m_message.data() + m_message.size() - 1;
            const qint64 err = readNumber(q, close);
            if (err >= 0 && err < 4096 && startsWith(q, close, ": ")) {
                m_errno = int(err);
                m_errnoText = sv(q + 2, size_t(close - (q + 2)));
            }
        }
    }

    if (!context)
        return;
    const char *p = context + kClient.size();
    const char *serverAt = find(p, end, kServer);
    if (!serverAt) {
        // "client: 1.2.3.4" alone, or the line was cut.
        const char *comma = find(p, end, ", ");
        m_client = sv(p, size_t((comma ? comma : end) - p));
        return;
    }
    m_client = sv(p, size_t(serverAt - p));
    m_hasServer = true;
    p = serverAt + kServer.size();

    // The server name ends where the next known field starts (names are config text, not
    // client bytes, so the first marker is the right one).
    const char *serverEnd = end;
    for (const char *q = p; q < end; ++q) {
        q = static_cast<const char *>(std::memchr(q, ',', size_t(end - q)));
        if (!q)
            break;
        if (startsWith(q, end, kRequest) || startsWith(q, end, kUpstream) || startsWith(q, end, kHost)
            || startsWith(q, end, kReferrer) || startsWith(q, end, kSubrequest)) {
            serverEnd = q;
            break;
        }
    }
    m_server = sv(p, size_t(serverEnd - p));
    p = serverEnd;
    if (p == end)
        return;

    if (!startsWith(p, end, kRequest)) {
        if (!parseTail(p, end, true) && !parseTail(p, end, false))
            m_truncated = true;
        return;
    }
    // The request is the client's bytes and may itself contain `", upstream: "`: try each place
    // where it could end, and keep the first one after which the remaining fields parse in
    // nginx's order (complete fields first, then allowing a cut last field).
    const char *requestStart = p + kRequest.size();
    for (bool strict : {true, false}) {
        for (const char *q = requestStart; q < end; ++q) {
            q = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
            if (!q)
                break;
            if (q + 1 == end || (q[1] == ',' && parseTail(q + 1, end, strict))) {
                m_request = sv(requestStart, size_t(q - requestStart));
                if (q + 1 == end) {
                    m_upstream = m_host = m_referrer = sv();
                }
                return;
            }
        }
    }
    // Cut inside the request.
    m_upstream = m_host = m_referrer = sv();
    m_request = sv(requestStart, size_t(end - requestStart));
    m_truncated = true;
}

// The fields after the request: [, subrequest: "S"][, upstream: "U"][, host: "H"][, referrer: "R"].
// Upstream and host values never contain a later field's marker (they end at the first one);
// the referrer is last and takes the rest. Strict mode wants the closing quote; lenient mode
// accepts a final value without it (a line cut while nginx wrote it).
bool ErrorLogLine::parseTail(const char *p, const char *end, bool strict)
{
    sv upstream, host, referrer;
    bool cut = false;
    const bool closed = end > p && end[-1] == '"';
    auto valueUntil = [&](const char *from, std::initializer_list<sv> terminators, sv *value) -> const char * {
        const char *stop = nullptr;
        for (sv t : terminators) {
            // terminators start with the closing quote: `", host: "`
            const char *at = find(from, end, t);
            if (at && (!stop || at < stop))
                stop = at;
        }
        if (stop) {
            *value = sv(from, size_t(stop - from));
            return stop + 1;
        }
        if (closed && end - 1 >= from) {
            *value = sv(from, size_t(end - 1 - from));
            return end;
        }
        if (strict)
            return nullptr;
        cut = true;
        *value = sv(from, size_t(end - from));
        return end;
    };
    constexpr sv qUpstream = "\", upstream: \"", qHost = "\", host: \"", qReferrer = "\", referrer: \"";

    if (startsWith(p, end, kSubrequest)) {
        sv ignored;
        p = valueUntil(p + kSubrequest.size(), {qUpstream, qHost, qReferrer}, &ignored);
        if (!p)
            return false;
    }
    if (p < end && startsWith(p, end, kUpstream)) {
        p = valueUntil(p + kUpstream.size(), {qHost, qReferrer}, &upstream);
        if (!p || contains(upstream, qUpstream))
            return false;
    }
    if (p < end && startsWith(p, end, kHost)) {
        p = valueUntil(p + kHost.size(), {qReferrer}, &host);
        if (!p || contains(host, qUpstream) || contains(host, qHost))
            return false;
    }
    if (p < end && startsWith(p, end, kReferrer)) {
        p = valueUntil(p + kReferrer.size(), {}, &referrer);
        if (!p)
            return false;
    }
    if (p != end)
        return false;
    m_upstream = upstream;
    m_host = host;
    m_referrer = referrer;
    m_truncated = cut;
    return true;
}

std::string_view ErrorLogLine::upstreamPeer() const
{
    sv u = m_upstream;
    const size_t scheme = u.find("://");
    if (scheme != sv::npos && scheme < 16)
        u.remove_prefix(scheme + 3);
    if (u.substr(0, 5) == "unix:") {
        // "unix:/run/app.sock:/path": the socket path ends at the next ':'
        const size_t colon = u.find(':', 5);
        return colon == sv::npos ? u : u.substr(0, colon);
    }
    const size_t slash = u.find('/');
    return slash == sv::npos ? u : u.substr(0, slash);
}

TextSpan ErrorLogLine::spanOf(std::string_view part) const
{
    if (part.data() < m_line.data() || part.data() + part.size() > m_line.data() + m_line.size())
        return {};
    return {int(part.data() - m_line.data()), int(part.size())};
}

} // namespace gd
