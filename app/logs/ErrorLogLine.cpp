#include "app/logs/ErrorLogLine.h"

#include "app/logs/ByteScanner.h"

#include <QDate>
#include <QTime>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
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

bool isDigit(char c)
{
    return unsigned(uchar(c) - '0') < 10;
}

// Two digits at p, or -1. Used on big-endian machines only (naiveTimeAt), where clang
// sees it called from a discarded branch.
[[maybe_unused]] int twoDigits(const char *p)
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

// The last `c` in [from, before), or nullptr.
const char *lastOf(const char *from, const char *before, char c)
{
    if (before <= from)
        return nullptr;
#if defined(__GLIBC__)
    return static_cast<const char *>(memrchr(from, c, size_t(before - from)));
#else
    while (before > from) {
        if (*--before == c)
            return before;
    }
    return nullptr;
#endif
}

// Inlined everywhere so that the markers' sizes are constants and the compare becomes a few
// word loads instead of a memcmp call.
[[gnu::always_inline]] inline bool startsWith(const char *p, const char *end, sv prefix)
{
    return end - p >= qsizetype(prefix.size()) && std::memcmp(p, prefix.data(), prefix.size()) == 0;
}

bool contains(sv text, sv needle)
{
    return text.find(needle) != sv::npos;
}

// How many digits start at p (16 when there are more), from one 16-byte load; -1 when fewer
// than 16 bytes are left before `end`.
int digitRun(const char *p, const char *end)
{
#if defined(__SSE2__)
    if (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                             _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
        return std::countr_one(unsigned(_mm_movemask_epi8(digits)));
    }
#endif
    Q_UNUSED(p);
    Q_UNUSED(end);
    return -1;
}

// Reads digits; returns the number and advances p, or -1 when there are none. Stops before a
// digit that would take the value past 2^50.
qint64 readNumber(const char *&p, const char *end)
{
    if (p >= end || !isDigit(*p))
        return -1;
    qint64 value = 0;
    while (p < end && isDigit(*p) && value < (qint64(1) << 50))
        value = value * 10 + (*p++ - '0');
    return value;
}

// Where the pid starts: after "YYYY/MM/DD HH:MM:SS [level] ".
size_t pidOffset(LogLevel level)
{
    static constexpr size_t kNameLength[] = {5, 4, 6, 4, 5, 4, 5, 5}; // strlen(logLevelName())
    return 21 + kNameLength[int(level)] + 2;
}

// The digits readNumber() would take at p, without adding them up: counted with one vector
// compare, since up to 15 digits stay below 10^15 < 2^50 and the cap cannot stop them. Empty
// when there are none.
sv numberAt(const char *p, const char *end)
{
    const int count = digitRun(p, end);
    if (count >= 0 && count < 16)
        return sv(p, size_t(count));
    const char *q = p;
    readNumber(q, end);
    return sv(p, size_t(q - p));
}

// Where the server name ends: where the next known field starts (names are config text, not
// client bytes, so the first marker is the right one).
const char *serverNameEnd(const char *p, const char *end)
{
    for (const char *q = p; q < end; ++q) {
        q = static_cast<const char *>(std::memchr(q, ',', size_t(end - q)));
        if (!q)
            break;
        if (startsWith(q, end, kRequest) || startsWith(q, end, kUpstream) || startsWith(q, end, kHost) ||
            startsWith(q, end, kReferrer) || startsWith(q, end, kSubrequest))
            return q;
    }
    return end;
}

// The fast path's helpers (see ErrorLogLine::parseFieldsFast).

// The first `marker` (which starts with ',') at or after `from`, as find() would return it.
[[gnu::always_inline]] inline const char *commaMarker(const ByteScanner &scan, const char *from,
                                                      const char *end, sv marker)
{
    for (const char *c = scan.find(from, ','); c; c = scan.find(c + 1, ',')) {
        if (startsWith(c, end, marker))
            return c;
    }
    return nullptr;
}

// The last " while " in the message. The general parser takes " while " left to right, each
// search starting after the previous match; `allowed` keeps that rule here.
const char *lastWhileFast(const char *body, const char *messageEnd, const char *readableEnd)
{
    const char *whileAt = nullptr;
    const char *allowed = body;
    const ByteScanner inMessage(messageEnd, readableEnd);
    for (const char *w = inMessage.find(body + 1, 'w'); w; w = inMessage.find(w + 1, 'w')) {
        const char *at = w - 1;
        if (at >= allowed && startsWith(at, messageEnd, kWhile)) {
            whileAt = at;
            allowed = at + kWhile.size();
        }
    }
    return whileAt;
}

// The fields after ", client: " as the fast path reads them, but for the ones after the
// request (kept apart: an array indexed at run time would keep all of them in memory).
struct FastContext
{
    sv client, server, request;
    bool hasServer = false;
};

// [, subrequest: "S"][, upstream: "U"][, host: "H"][, referrer: "R"] from `tail` to the line's
// end, each value up to the next quote, which must close it.
bool readTailFast(const ByteScanner &scan, const char *tail, const char *end, sv (&fields)[4])
{
    // Which of those starts at t (their markers differ in the third byte), -1 for none.
    auto tailField = [&](const char *t) -> int {
        switch (end - t < 3 ? 0 : t[2]) {
        case 's':
            return startsWith(t, end, kSubrequest) ? 0 : -1;
        case 'u':
            return startsWith(t, end, kUpstream) ? 1 : -1;
        case 'h':
            return startsWith(t, end, kHost) ? 2 : -1;
        case 'r':
            return startsWith(t, end, kReferrer) ? 3 : -1;
        default:
            return -1;
        }
    };
    static constexpr size_t kMarkerSize[] = {kSubrequest.size(), kUpstream.size(), kHost.size(),
                                             kReferrer.size()};
    int next = 0; // fields come in order, each once
    while (tail != end) {
        const int field = tailField(tail);
        if (field < next)
            return false;
        const char *valueStart = tail + kMarkerSize[field];
        const char *close = scan.find(valueStart, '"');
        if (!close)
            return false;
        fields[field] = sv(valueStart, size_t(close - valueStart));
        tail = close + 1;
        next = field + 1;
    }
    return true;
}

// From after ", client: " to the line's end, the fields after the request into `tail`
// (subrequest, upstream, host, referrer); false when the line is not in nginx's usual shape.
bool readContextFast(const ByteScanner &scan, const char *p, const char *end, FastContext &out, sv (&tail)[4])
{
    const char *serverAt = commaMarker(scan, p, end, kServer);
    out.hasServer = serverAt != nullptr;
    if (!serverAt) {
        const char *comma = commaMarker(scan, p, end, ", ");
        out.client = sv(p, size_t((comma ? comma : end) - p));
        return true;
    }
    out.client = sv(p, size_t(serverAt - p));
    p = serverAt + kServer.size();
    const char *serverEnd = end;
    for (const char *c = scan.find(p, ','); c; c = scan.find(c + 1, ',')) {
        if (startsWith(c, end, kRequest) || startsWith(c, end, kUpstream) || startsWith(c, end, kHost) ||
            startsWith(c, end, kReferrer) || startsWith(c, end, kSubrequest)) {
            serverEnd = c;
            break;
        }
    }
    out.server = sv(p, size_t(serverEnd - p));
    const char *tailAt = serverEnd;
    if (startsWith(serverEnd, end, kRequest)) {
        const char *requestStart = serverEnd + kRequest.size();
        const char *close = scan.find(requestStart, '"');
        if (!close || (close + 1 != end && close[1] != ','))
            return false;
        out.request = sv(requestStart, size_t(close - requestStart));
        tailAt = close + 1;
    }
    return readTailFast(scan, tailAt, end, tail);
}

} // namespace

const char *logLevelName(LogLevel level)
{
    static const char *const names[] = {"debug", "info", "notice", "warn", "error", "crit", "alert", "emerg"};
    return names[int(level)];
}

std::optional<LogLevel> logLevelAt(const char *text, qsizetype size)
{
    // The first letter picks the name ("error" and "emerg" share theirs); the full name is
    // checked to reject noise.
    if (size < 4)
        return std::nullopt;
    auto is = [&](sv name) { return startsWith(text, text + size, name); };
    switch (text[0]) {
    case 'd':
        return is("debug") ? std::optional(LogLevel::Debug) : std::nullopt;
    case 'i':
        return is("info") ? std::optional(LogLevel::Info) : std::nullopt;
    case 'n':
        return is("notice") ? std::optional(LogLevel::Notice) : std::nullopt;
    case 'w':
        return is("warn") ? std::optional(LogLevel::Warn) : std::nullopt;
    case 'e':
        if (is("error"))
            return LogLevel::Error;
        return is("emerg") ? std::optional(LogLevel::Emerg) : std::nullopt;
    case 'c':
        return is("crit") ? std::optional(LogLevel::Crit) : std::nullopt;
    case 'a':
        return is("alert") ? std::optional(LogLevel::Alert) : std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> ErrorLogLine::naiveTimeAt(const char *p, qsizetype size)
{
    // "YYYY/MM/DD HH:MM:SS"
    if (size < 19)
        return std::nullopt;
    int year, mo, d, h, mi, s;
    if constexpr (std::endian::native == std::endian::little) {
        // Eight bytes at a time: "YYYY/MM/", "DD HH:MM", "HH:MM:SS" (at 11). XOR with the shape
        // leaves digits as 0-9 and separators as 0; adding 0x76 (digits) or 0x7f (separators)
        // sets a byte's top bit exactly when it is out of range.
        const auto word = [p](int at) {
            quint64 w;
            std::memcpy(&w, p + at, 8);
            return w;
        };
        const quint64 x0 = word(0) ^ 0x2f30302f30303030ULL;  // "0000/00/"
        const quint64 x1 = word(8) ^ 0x30303a3030203030ULL;  // "00 00:00"
        const quint64 x2 = word(11) ^ 0x30303a30303a3030ULL; // "00:00:00"
        const quint64 k0 = 0x7f76767f76767676ULL, k1 = 0x76767f76767f7676ULL, k2 = 0x76767f76767f7676ULL;
        constexpr quint64 top = 0x8080808080808080ULL;
        if ((((x0 + k0) | x0) | ((x1 + k1) | x1) | ((x2 + k2) | x2)) & top)
            return std::nullopt;
        // Byte i of x * 10 + (x >> 8) is the two-digit number starting at byte i.
        const quint64 p0 = x0 * 10 + (x0 >> 8), p1 = x1 * 10 + (x1 >> 8), p2 = x2 * 10 + (x2 >> 8);
        year = int(p0 & 0xff) * 100 + int((p0 >> 16) & 0xff);
        mo = int((p0 >> 40) & 0xff);
        d = int(p1 & 0xff);
        h = int((p1 >> 24) & 0xff);
        mi = int((p1 >> 48) & 0xff);
        s = int((p2 >> 48) & 0xff);
    } else {
        if (p[4] != '/' || p[7] != '/' || p[10] != ' ' || p[13] != ':' || p[16] != ':')
            return std::nullopt;
        const int c = twoDigits(p), yy = twoDigits(p + 2);
        mo = twoDigits(p + 5), d = twoDigits(p + 8), h = twoDigits(p + 11), mi = twoDigits(p + 14),
        s = twoDigits(p + 17);
        if (c < 0 || yy < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
            return std::nullopt;
        year = c * 100 + yy;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    return daysFromCivil(year, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

qint64 ErrorLogLine::naiveSecondsOf(const QDateTime &time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return daysFromCivil(date.year(), date.month(), date.day()) * 86400 + clock.hour() * 3600 +
           clock.minute() * 60 + clock.second();
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
    return parseImpl(data, size, data + size);
}

std::optional<ErrorLogLine> ErrorLogLine::parse(const char *data, qsizetype size, const char *readableEnd)
{
    return parseImpl(data, size, std::max(readableEnd, data + size));
}

std::optional<ErrorLogLine> ErrorLogLine::parseGeneral(const char *data, qsizetype size)
{
    return parseImpl(data, size, nullptr);
}

std::optional<ErrorLogLine> ErrorLogLine::parseImpl(const char *data, qsizetype size, const char *readableEnd)
{
    // Built in place and handed back as is: no copy of the line object on the way out.
    std::optional<ErrorLogLine> result(std::in_place);
    if (!result->read(data, size, readableEnd))
        result.reset();
    return result;
}

bool ErrorLogLine::read(const char *data, qsizetype size, const char *readableEnd)
{
    if (size > 0 && data[size - 1] == '\r')
        --size;
    const std::optional<qint64> time = naiveTimeAt(data, size);
    if (!time || size < 24 || data[19] != ' ' || data[20] != '[')
        return false;
    const char *end = data + size;
    const std::optional<LogLevel> level = logLevelAt(data + 21, size - 21);
    if (!level)
        return false;
    const char *p = data + pidOffset(*level) - 2;
    if (!startsWith(p, end, "] "))
        return false;
    p += 2;

    const sv pid = numberAt(p, end);
    p += pid.size();
    if (pid.empty() || p >= end || *p != '#')
        return false;
    ++p;
    const sv tid = numberAt(p, end);
    p += tid.size();
    if (tid.empty() || !startsWith(p, end, ": "))
        return false;
    p += 2;

    m_line = sv(data, size_t(size));
    m_naiveTime = *time;
    m_level = *level;
    m_pidDigits = quint8(pid.size());
    m_tidDigits = quint8(tid.size());
    if (p < end && *p == '*') {
        const sv cid = numberAt(p + 1, end);
        const char *q = p + 1 + cid.size();
        if (!cid.empty() && q < end && *q == ' ') {
            m_connectionDigits = quint8(cid.size());
            p = q + 1;
        }
    }
    if (!readableEnd || !parseFieldsFast(p, end, readableEnd))
        parseFields(p, end);
    return true;
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
    const char *actionEnd = messageEnd;
    if (whileAt && !context) {
        // "while resolving, resolver: 127.0.0.1:53"
        if (const char *comma = find(whileAt + kWhile.size(), end, ", "))
            actionEnd = comma;
    }
    setMessage(body, messageEnd, whileAt, actionEnd);
    if (context)
        parseContext(context + kClient.size(), end);
}

// From after ", client: ": the client, the server, then the request and the fields after it.
void ErrorLogLine::parseContext(const char *p, const char *end)
{
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
    const char *serverEnd = serverNameEnd(p, end);
    m_server = sv(p, size_t(serverEnd - p));
    p = serverEnd;
    if (p == end)
        return;
    if (!startsWith(p, end, kRequest)) {
        if (!parseTail(p, end, true) && !parseTail(p, end, false))
            m_truncated = true;
        return;
    }
    parseRequest(p + kRequest.size(), end);
}

// The request is the client's bytes and may itself contain `", upstream: "`: try each place
// where it could end, and keep the first one after which the remaining fields parse in
// nginx's order (complete fields first, then allowing a cut last field).
void ErrorLogLine::parseRequest(const char *requestStart, const char *end)
{
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

// The fast path, for nginx's usual shape: every quoted value free of '"', the fields after the
// request in nginx's order (subrequest, upstream, host, referrer), each once, the last quote the
// line's last byte. On such lines the general parser's searches all stop at the first marker
// they meet, so walking from marker to marker with ByteScanner gives the very same fields (see
// tst_logs_fastpath's parseMatchesGeneral). Anything else (a quote inside a value, a cut field)
// returns false with nothing set, and the general parser reads the line.
bool ErrorLogLine::parseFieldsFast(const char *body, const char *end, const char *readableEnd)
{
    const ByteScanner scan(end, readableEnd);
    const char *context = commaMarker(scan, body, end, kClient);
    const char *messageEnd = context ? context : end;
    const char *whileAt = lastWhileFast(body, messageEnd, readableEnd);
    const char *actionEnd = messageEnd;
    if (whileAt && !context) {
        if (const char *comma = commaMarker(scan, whileAt + kWhile.size(), end, ", "))
            actionEnd = comma;
    }
    if (context) {
        FastContext c;
        sv tail[4];
        if (!readContextFast(scan, context + kClient.size(), end, c, tail))
            return false;
        m_client = c.client;
        m_hasServer = c.hasServer;
        m_server = c.server;
        m_request = c.request;
        m_upstream = tail[1];
        m_host = tail[2];
        m_referrer = tail[3];
    }
    setMessage(body, messageEnd, whileAt, actionEnd);
    return true;
}

// The message up to `messageEnd` (", client: " or the end), the action after the last " while "
// in it (when there is one) up to `actionEnd`, and the errno the message closes with.
void ErrorLogLine::setMessage(const char *body, const char *messageEnd, const char *whileAt,
                              const char *actionEnd)
{
    if (whileAt) {
        const char *actionStart = whileAt + kWhile.size();
        m_action = sv(actionStart, size_t(actionEnd - actionStart));
        messageEnd = whileAt;
    }
    m_message = sv(body, size_t(messageEnd - body));

    // "(111: Connection refused)" closes the message when nginx adds an errno.
    if (!m_message.empty() && m_message.back() == ')') {
        // The last " (": its '(' found backwards, which string_view::rfind does a byte at a time.
        const char *open = nullptr;
        const char *before = m_message.data() + m_message.size();
        while (const char *paren = lastOf(m_message.data() + 1, before, '(')) {
            if (paren[-1] == ' ') {
                open = paren - 1;
                break;
            }
            before = paren;
        }
        if (open) {
            const char *q = open + 2;
            const char *close = m_message.data() + m_message.size() - 1;
            const qint64 err = readNumber(q, close);
            if (err >= 0 && err < 4096 && startsWith(q, close, ": ")) {
                m_errno = int(err);
                m_errnoText = sv(q + 2, size_t(close - (q + 2)));
            }
        }
    }
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
    auto valueUntil = [&](const char *from, std::initializer_list<sv> terminators,
                          sv *value) -> const char * {
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

namespace {

qint64 valueOf(sv digits)
{
    const char *p = digits.data();
    return readNumber(p, p + digits.size());
}

} // namespace

qint64 ErrorLogLine::pid() const
{
    return valueOf(m_line.substr(pidOffset(m_level), m_pidDigits));
}
qint64 ErrorLogLine::tid() const
{
    return valueOf(m_line.substr(pidOffset(m_level) + m_pidDigits + 1, m_tidDigits));
}
qint64 ErrorLogLine::connection() const
{
    // "PID#TID: *CID "
    const size_t at = pidOffset(m_level) + m_pidDigits + 1 + m_tidDigits + 3;
    return m_connectionDigits == 0 ? -1 : valueOf(m_line.substr(at, m_connectionDigits));
}

std::string_view ErrorLogLine::upstreamPeer() const
{
    sv u = m_upstream;
    // A scheme is taken only when "://" starts within the first 16 bytes: no need to look further.
    const size_t scheme = u.substr(0, 18).find("://");
    if (scheme != sv::npos)
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
