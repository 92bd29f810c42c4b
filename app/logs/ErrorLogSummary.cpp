#include "app/logs/ErrorLogSummary.h"

#include "app/logs/LineScanner.h"
#include "remote/ByteText.h"

#include <algorithm>
#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

// The level of a line from one or two bytes at a fixed place ("YYYY/MM/DD HH:MM:SS [error]"),
// without parsing it: -1 when the line does not have nginx's shape. A table rather than a
// switch: levels come in random order, and a jump per line mispredicts most of the time.
int quickLevel(const char *p, const char *end)
{
    if (end - p < 24 || p[20] != '[' || p[4] != '/' || p[13] != ':')
        return -1;
    constexpr int kE = logLevelCount; // "error" or "emerg": the next letter tells
    static constexpr auto kByLetter = [] {
        std::array<qint8, 256> t{};
        t.fill(-1);
        t['d'] = qint8(LogLevel::Debug);
        t['i'] = qint8(LogLevel::Info);
        t['n'] = qint8(LogLevel::Notice);
        t['w'] = qint8(LogLevel::Warn);
        t['e'] = qint8(kE);
        t['c'] = qint8(LogLevel::Crit);
        t['a'] = qint8(LogLevel::Alert);
        return t;
    }();
    const int level = kByLetter[uchar(p[21])];
    const int eLevel = p[22] == 'r' ? int(LogLevel::Error) : p[22] == 'm' ? int(LogLevel::Emerg) : -1;
    return level == kE ? eLevel : level;
}

const char *nextLine(const char *p, const char *end)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    return nl ? nl + 1 : end;
}

// Text between the first pair of double quotes: `host not found in upstream "app:8080" in ...`
sv quoted(sv text)
{
    const size_t open = text.find('"');
    if (open == sv::npos)
        return {};
    const size_t close = text.find('"', open + 1);
    return close == sv::npos ? sv() : text.substr(open + 1, close - open - 1);
}

} // namespace

ErrorLogSummary::ErrorLogSummary(int maxSamples)
    : m_maxSamples(maxSamples), m_needle(UpstreamErrorClassifier::commonNeedle())
{
}

void ErrorLogSummary::setNotBefore(const QDateTime &time)
{
    m_notBefore = ErrorLogLine::naiveSecondsOf(time);
}

void ErrorLogSummary::setNotBeforeNaive(qint64 naiveSeconds)
{
    m_notBefore = naiveSeconds;
}

// The first line at or after the cut-off. Bisection over byte offsets: each probe reads the
// time of the first whole line after the midpoint (lines without a time are stepped over).
const char *ErrorLogSummary::skipOlderLines(const char *from, const char *end) const
{
    auto timeAtOrAfter = [&](const char *p, const char **lineStart) -> std::optional<qint64> {
        for (int i = 0; i < 64 && p < end; ++i) {
            const char *next = nextLine(p, end);
            if (const auto t = ErrorLogLine::naiveTimeAt(p, next - p)) {
                *lineStart = p;
                return t;
            }
            p = next;
        }
        return std::nullopt;
    };
    const char *lo = from; // every line before lo is older
    const char *hi = end;  // some line at or before hi is new enough
    while (hi - lo > 8192) {
        const char *mid = nextLine(lo + (hi - lo) / 2, end);
        const char *start = nullptr;
        const std::optional<qint64> t = timeAtOrAfter(mid, &start);
        if (t && *t < *m_notBefore && start < hi)
            lo = start;
        else
            hi = mid;
    }
    // Walk the last stretch line by line; a line without a time belongs to the one before it.
    const char *p = lo;
    while (p < end) {
        const char *next = nextLine(p, end);
        const std::optional<qint64> t = ErrorLogLine::naiveTimeAt(p, next - p);
        if (t && *t >= *m_notBefore)
            break;
        p = next;
    }
    return p;
}

void ErrorLogSummary::addChunk(const char *data, qsizetype size, qint64 chunkOffset)
{
    const char *p = data;
    const char *end = data + size;
    if (chunkOffset != 0) {
        // Started mid-line (or exactly at a line start: the byte before is unknown, so the
        // first line is dropped either way).
        p = nextLine(p, end);
    }
    if (m_notBefore) {
        const char *start = skipOlderLines(p, end);
        m_skippedBytes += start - p;
        p = start;
    }

    // Line breaks and "upstream" found across lines in one pass (LineScanner), instead of a
    // memchr and a search per line.
    LineScanner lines(p, end, m_needle);
    while (p < end) {
        const char *nl = lines.nextBreak();
        const char *lineEnd = nl ? nl : end;
        const bool hasNeedle = lines.needleBefore(lineEnd);
        const char *contentEnd = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
        const qint64 offset = chunkOffset + (p - data);

        if (!nl && !ErrorLogLine::parse(p, contentEnd - p)) {
            // A cut last line that does not even parse is not evidence of anything.
            break;
        }
        if (contentEnd > p) {
            ++m_lines;
            const int level = quickLevel(p, contentEnd);
            if (level >= 0)
                ++m_levels[size_t(level)];
            else
                addUnparsed(p, contentEnd, offset);

            bool candidate = hasNeedle;
            if (!candidate && level >= int(LogLevel::Warn))
                candidate = UpstreamErrorClassifier::mayMatchRare(LogLevel(level), p, contentEnd - p);
            if (candidate && level >= 0)
                processCandidate(p, contentEnd, end, offset);
        }
        p = nl ? nl + 1 : end;
    }
}

void ErrorLogSummary::addUnparsed(const char *line, const char *end, qint64 offset)
{
    ++m_unparsed;
    if (m_unparsedSamples.size() < m_maxSamples) {
        // Keep the sample short: a garbage "line" can be megabytes of binary.
        const qsizetype keep = std::min<qsizetype>(end - line, 4096);
        m_unparsedSamples.append({QByteArray(line, keep), offset, {}});
    }
}

std::string_view ErrorLogSummary::groupUpstream(const ErrorLogLine &line, const UpstreamErrorClass &klass)
{
    const sv peer = line.upstreamPeer();
    if (!peer.empty())
        return peer;
    const sv message = line.message();
    const sv rule = klass.rule;
    if (rule == "no_resolver") {
        sv name = message.substr(std::strlen("no resolver defined to resolve "));
        return name;
    }
    if (rule == "could_not_be_resolved")
        return message.substr(0, message.find(" could not be resolved ("));
    if (rule == "emerg_host_not_found")
        return quoted(message);
    return {};
}

void ErrorLogSummary::processCandidate(const char *begin, const char *end, const char *chunkEnd,
                                       qint64 offset)
{
    const std::optional<ErrorLogLine> line = ErrorLogLine::parse(begin, end - begin, chunkEnd);
    if (!line) {
        addUnparsed(begin, end, offset);
        return;
    }
    const ClassifyMemo::Answer answer = m_classifier.classify(*line);
    if (!answer.klass)
        return;
    const UpstreamErrorClass &klass = *answer.klass;
    ++m_classified;

    Group &group = groupFor(groupUpstream(*line, klass), klass, line->naiveTime(), answer.hint);
    ++group.count;
    group.firstSeen = std::min(group.firstSeen, line->naiveTime());
    group.lastSeen = std::max(group.lastSeen, line->naiveTime());
    noteServer(group, line->server());
    if (group.samples.size() < m_maxSamples)
        group.samples.append({QByteArray(begin, end - begin), offset, klass.match});
}

// The group of (upstream, cause), or of (upstream, rule) for lines without a cause. Lines with
// the same classifier answer nearly always belong to one or two upstreams, so the groups found
// last for that answer (`hint`) are tried before the map. A new group starts at `time`.
ErrorLogSummary::Group &ErrorLogSummary::groupFor(std::string_view upstream, const UpstreamErrorClass &klass,
                                                  qint64 time, ClassifyMemo::Hint *hint)
{
    for (qsizetype slot : hint->groups) {
        if (slot >= 0 && sv(m_groups[size_t(slot)].upstream) == upstream)
            return m_groups[size_t(slot)];
    }

    m_key.assign(upstream.data(), upstream.size());
    m_key.push_back('\0');
    if (klass.cause)
        m_key.append(1, char('A' + int(*klass.cause)));
    else
        m_key.append(klass.rule);
    auto it = m_groupIndex.find(m_key);
    if (it == m_groupIndex.end()) {
        it = m_groupIndex.emplace(m_key, m_groups.size()).first;
        Group group;
        group.upstream.assign(upstream.data(), upstream.size());
        group.first = klass;
        group.firstSeen = time;
        m_groups.push_back(std::move(group));
    }
    hint->groups[1] = hint->groups[0];
    hint->groups[0] = qsizetype(it->second);
    return m_groups[it->second];
}

// The `server:` names a group's lines carry, for telling sites apart on a shared log. Almost
// always one or two: comparing costs less than the parse, and a string is allocated only for a
// name not seen before in the group.
void ErrorLogSummary::noteServer(Group &group, std::string_view server)
{
    if (server.empty())
        return;
    for (const std::string &known : group.servers) {
        if (sv(known) == server)
            return;
    }
    if (group.servers.size() < kMaxServersPerGroup)
        group.servers.emplace_back(server);
}

QList<ErrorLogGroup> ErrorLogSummary::groups() const
{
    QList<ErrorLogGroup> result;
    result.reserve(qsizetype(m_groups.size()));
    for (const Group &g : m_groups) {
        ErrorLogGroup out;
        out.upstream = QString::fromUtf8(g.upstream.data(), qsizetype(g.upstream.size()));
        out.cause = g.first.cause;
        out.rule = latin1Text(g.first.rule);
        out.verdict = g.first.verdict;
        out.httpStatus = g.first.httpStatus;
        out.phase = g.first.phase;
        out.alternativeCause = g.first.alternativeCause;
        out.secondaryCause = g.first.secondaryCause;
        out.needsConfirmation = g.first.needsConfirmation;
        out.count = g.count;
        out.firstSeen = ErrorLogLine::dateTimeOfNaive(g.firstSeen);
        out.lastSeen = ErrorLogLine::dateTimeOfNaive(g.lastSeen);
        out.samples = g.samples;
        for (const std::string &server : g.servers)
            out.servers << QString::fromUtf8(server.data(), qsizetype(server.size()));
        result.append(out);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ErrorLogGroup &a, const ErrorLogGroup &b) { return a.count > b.count; });
    return result;
}

} // namespace gd
