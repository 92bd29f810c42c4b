#pragma once

#include "app/logs/ClassifyMemo.h"
#include "app/logs/ErrorLogLine.h"
#include "app/logs/SubstringFinder.h"
#include "app/logs/UpstreamErrorClassifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace gd {

// One line kept as an example, with where it was and what matched in it.
struct ErrorLogSample
{
    QByteArray line;   // the raw bytes, without the line break
    qint64 offset = 0; // chunkOffset + the line's offset in the chunk (a file offset when
                       // the caller passes the chunk's offset in the file)
    TextSpan match;    // into `line`
};

// All lines of one (upstream, cause) pair.
struct ErrorLogGroup
{
    QString upstream;           // "127.0.0.1:8080", "unix:/run/php/php8.2-fpm.sock", a host name, or empty
    std::optional<Cause> cause; // none for hints and confounders (then `rule` tells them apart)
    QString rule;               // the catalogue row of the first line
    LineVerdict verdict = LineVerdict::Failure;
    int httpStatus = 0;
    UpstreamPhase phase = UpstreamPhase::Unknown;
    std::optional<Cause> alternativeCause;
    std::optional<Cause> secondaryCause;
    bool needsConfirmation = false;
    qint64 count = 0;
    QDateTime firstSeen; // wall-clock time as written in the log (its zone is unknown)
    QDateTime lastSeen;
    QList<ErrorLogSample> samples; // the first N lines
    QStringList servers;           // the `server:` names of its lines (a few at most), in order seen
};

// Classifies a piece of an nginx error log and groups the upstream lines.
//
// Built for big inputs (bench_logs: a 1 GiB log in about 1.1 times `grep -c upstream`): one
// vector pass (LineScanner) finds the line breaks and the lines that contain "upstream", and
// only those are parsed. Other lines cost a look at their level byte, plus a search for the few
// rare catalogue texts when the level is warn or above. Parsed lines go through ErrorLogLine's
// fast path and ClassifyMemo, and find their group through the memo's hint before any hashing.
// Nothing is allocated per line. Single-threaded: the speed is in the per-line work.
class ErrorLogSummary
{
public:
    explicit ErrorLogSummary(int maxSamples = 3);

    // Only lines written at or after `time` count (the log is chronological, so the start is
    // found by bisection). Set before addChunk().
    void setNotBefore(const QDateTime &time);
    void setNotBeforeNaive(qint64 naiveSeconds);

    // `data` is a piece of the log that starts at byte `chunkOffset` of the file. A chunk that
    // does not start at offset 0 may start mid-line: its first partial line is dropped. A last
    // line without a line break is kept only if it parses (a file cut while being written).
    // Chunks are independent: pass whole lines to successive calls.
    void addChunk(const char *data, qsizetype size, qint64 chunkOffset);
    void addChunk(const QByteArray &data, qint64 chunkOffset)
    {
        addChunk(data.constData(), data.size(), chunkOffset);
    }

    // Most lines first.
    QList<ErrorLogGroup> groups() const;
    qint64 lineCount() const { return m_lines; }
    qint64 levelCount(LogLevel level) const { return m_levels[size_t(level)]; }
    qint64 classifiedCount() const { return m_classified; }
    // Lines that are not nginx error-log lines (garbage, continuation of other tools' output).
    qint64 unparsedCount() const { return m_unparsed; }
    const QList<ErrorLogSample> &unparsedSamples() const { return m_unparsedSamples; }
    // Bytes skipped because they were older than the cut-off.
    qint64 skippedBytes() const { return m_skippedBytes; }

private:
    struct Group
    {
        std::string upstream;
        UpstreamErrorClass first;
        qint64 count = 0;
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
        QList<ErrorLogSample> samples;
        std::vector<std::string> servers;
    };
    static constexpr size_t kMaxServersPerGroup = 8;
    static void noteServer(Group &group, std::string_view server);

    const char *skipOlderLines(const char *from, const char *end) const;
    void processCandidate(const char *line, const char *end, const char *chunkEnd, qint64 offset);
    void addUnparsed(const char *line, const char *end, qint64 offset);
    static std::string_view groupUpstream(const ErrorLogLine &line, const UpstreamErrorClass &klass);
    Group &groupFor(std::string_view upstream, const UpstreamErrorClass &klass, qint64 time,
                    ClassifyMemo::Hint *hint);

    int m_maxSamples;
    std::optional<qint64> m_notBefore;
    SubstringFinder m_needle;
    ClassifyMemo m_classifier;
    std::vector<Group> m_groups;
    std::unordered_map<std::string, size_t> m_groupIndex;
    std::string m_key; // reused for lookups: no allocation once it has grown
    qint64 m_lines = 0;
    std::array<qint64, logLevelCount> m_levels{};
    qint64 m_classified = 0;
    qint64 m_unparsed = 0;
    QList<ErrorLogSample> m_unparsedSamples;
    qint64 m_skippedBytes = 0;
};

} // namespace gd
