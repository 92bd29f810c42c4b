#pragma once

#include "app/logs/UpstreamErrorClassifier.h"
#include "app/model/Cause.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace gd {

// Where each line of a log tail starts, and which (cause, upstream) group each
// classified line belongs to: what the step-2 view needs to show any line, or only
// one group's lines, without touching the rest. Built off the GUI thread (it reads
// every byte once); the classifying itself is UpstreamErrorClassifier's.
class ErrorLogIndex
{
public:
    // What kind of log it is: nginx's error log, or an app server's own log (gunicorn,
    // uwsgi, node, php-fpm: grouped by what happened, AppLogLine's events).
    enum class Format
    {
        Nginx,
        App,
    };

    struct Group
    {
        QString key; // stable within one index: "cause|upstream"
        std::optional<Cause> cause;
        QString rule;
        // nginx's own words that matched (of the group's first line): a title that names
        // no cause, for practice mode.
        QString matched;
        LineVerdict verdict = LineVerdict::Failure;
        QString upstream;
        int httpStatus = 0;
        std::vector<int> rows; // line numbers (0-based) in this group
    };

    // `data` must start at a line start (drop a partial first line before).
    static ErrorLogIndex build(const QByteArray &data, Format format = Format::Nginx);
    Format format() const { return m_format; }
    // Indexes whole lines added at the end; returns the first new line number.
    int append(const QByteArray &data);

    int lineCount() const { return int(m_starts.size()); }
    // The bytes of line `row` (without the line break).
    QByteArray line(const QByteArray &data, int row) const;
    qint64 lineStart(int row) const { return m_starts[size_t(row)]; }
    qint64 lineEnd(int row) const; // excluding the line break
    // Groups by number of lines, most first.
    QList<const Group *> groups() const;
    const Group *group(const QString &key) const;
    // The group key of one line (classifies it), empty when it is in none.
    static QString keyOf(const char *line, qsizetype size, Group *describe = nullptr,
                         TextSpan *match = nullptr);
    static QString keyOf(Format format, const char *line, qsizetype size, Group *describe = nullptr,
                         TextSpan *match = nullptr);

private:
    void indexRange(const char *data, qint64 from, qint64 to);

    std::vector<qint64> m_starts;
    qint64 m_end = 0; // the end of the last whole line indexed (after its '\n')
    std::vector<Group> m_groups;
    Format m_format = Format::Nginx;
};

} // namespace gd
