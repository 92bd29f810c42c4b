#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gd {

// Reads access-log lines written with a known log_format and sums up the upstream latency.
//
// The format string (as in nginx.conf, e.g. nginx's `combined`, or one with
// $upstream_response_time) is turned into a matcher: literal text must match byte for byte, a
// variable takes everything up to the next literal. $upstream_response_time may hold a list:
// "0.001, 60.002 : 0.5" (commas: servers tried in turn; colon: an internal redirect to another
// upstream group); a line's upstream time is the sum of its numbers, "-" counts as nothing.
class AccessLogLatency
{
public:
    // `format` as written in log_format (quotes of the directive already removed); empty or
    // "combined" means nginx's built-in combined format.
    explicit AccessLogLatency(const QString &format = QString());

    static QString combinedFormat();
    bool hasVariable(const QString &name) const; // "upstream_response_time"

    struct Entry
    {
        int status = 0;
        std::optional<double> upstreamTime; // sum over the list, seconds
        std::optional<double> requestTime;
        QList<int> upstreamStatuses; // "502, 504 : 200"
        QByteArray upstreamAddress;
    };
    // One line without its line break; nullopt when it does not match the format.
    std::optional<Entry> parseLine(const char *line, qsizetype size) const;

    // Whole lines; a trailing partial line is counted like any other.
    void addData(const QByteArray &data);
    void addLine(const char *line, qsizetype size);

    qint64 lineCount() const { return m_lines; }
    qint64 unparsedCount() const { return m_unparsed; }
    qint64 count502() const { return m_502; }
    qint64 count504() const { return m_504; }
    qint64 timedCount() const { return qint64(m_times.size()); } // lines with an upstream time
    // Percentiles of the upstream time (nearest rank), nullopt without timed lines.
    std::optional<double> percentile(double p) const;
    std::optional<double> p50() const { return percentile(50); }
    std::optional<double> p95() const { return percentile(95); }
    std::optional<double> maximum() const;

private:
    struct Token
    {
        bool variable = false;
        std::string text; // the literal, or the variable's name without '$'
    };

    std::vector<Token> m_tokens;
    qint64 m_lines = 0;
    qint64 m_unparsed = 0;
    qint64 m_502 = 0;
    qint64 m_504 = 0;
    std::vector<double> m_times;
};

} // namespace gd
