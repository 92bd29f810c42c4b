#include "ui/log/ErrorLogIndex.h"

#include "app/logs/AppLogLine.h"
#include "app/logs/ErrorLogLine.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

#include <cstring>

namespace gd {

QString ErrorLogIndex::keyOf(const char *line, qsizetype size, Group *describe, TextSpan *match)
{
    if (!UpstreamErrorClassifier::mayMatch(line, size))
        return {};
    const std::optional<ErrorLogLine> parsed = ErrorLogLine::parse(line, size);
    if (!parsed)
        return {};
    const std::optional<UpstreamErrorClass> klass = UpstreamErrorClassifier::classify(*parsed);
    if (!klass)
        return {};
    const std::string_view peer = parsed->upstreamPeer();
    const QString upstream = QString::fromUtf8(peer.data(), qsizetype(peer.size()));
    const QString what = klass->cause ? causeCode(*klass->cause) : latin1Text(klass->rule);
    if (describe) {
        describe->cause = klass->cause;
        describe->rule = latin1Text(klass->rule);
        describe->verdict = klass->verdict;
        describe->upstream = upstream;
        describe->httpStatus = klass->httpStatus;
        if (klass->match.isValid() && klass->match.offset + klass->match.length <= size)
            describe->matched = QString::fromUtf8(line + klass->match.offset, klass->match.length);
    }
    if (match)
        *match = klass->match;
    return what + QLatin1Char('|') + upstream;
}

namespace {

// An app server's line: grouped by what happened, titled in plain words.
QString appKeyOf(const char *line, qsizetype size, ErrorLogIndex::Group *describe, TextSpan *match)
{
    const std::optional<AppLogLine> parsed = AppLogLine::parse(std::string_view(line, size_t(size)));
    if (!parsed || parsed->event() == AppLogLine::Event::Other)
        return {};
    using Event = AppLogLine::Event;
    const char *title = "";
    LineVerdict verdict = LineVerdict::Failure;
    switch (parsed->event()) {
    case Event::WorkerTimeout:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Worker killed for its time limit");
        break;
    case Event::WorkerKilled:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Worker killed by a signal");
        break;
    case Event::WorkerExited:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Worker exited");
        verdict = LineVerdict::Hint;
        break;
    case Event::WorkerBoot:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Worker or server started");
        verdict = LineVerdict::Confounder;
        break;
    case Event::Exception:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Uncaught exception");
        break;
    case Event::InvalidRequestBlock:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Request in a protocol it does not speak");
        break;
    case Event::ListenQueueFull:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Listen queue full");
        break;
    case Event::MaxChildrenReached:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "pm.max_children reached");
        break;
    case Event::PrimaryScriptUnknown:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "Primary script unknown");
        verdict = LineVerdict::Confounder;
        break;
    case Event::ProcessExit:
        title = QT_TRANSLATE_NOOP("gd::ErrorLogIndex", "The server itself exited");
        break;
    case Event::Other:
        break;
    }
    const TextSpan span = parsed->messageSpan();
    if (describe) {
        describe->rule = QCoreApplication::translate("gd::ErrorLogIndex", title);
        describe->verdict = verdict;
        if (span.isValid() && span.offset + span.length <= size)
            describe->matched = QString::fromUtf8(line + span.offset, span.length).left(80);
    }
    if (match)
        *match = span;
    return latin1Text(AppLogLine::eventName(parsed->event())) + QLatin1Char('|') +
           latin1Text(appLogServerName(parsed->server()));
}

} // namespace

QString ErrorLogIndex::keyOf(Format format, const char *line, qsizetype size, Group *describe,
                             TextSpan *match)
{
    return format == Format::App ? appKeyOf(line, size, describe, match) : keyOf(line, size, describe, match);
}

ErrorLogIndex ErrorLogIndex::build(const QByteArray &data, Format format)
{
    ErrorLogIndex index;
    index.m_format = format;
    index.m_starts.reserve(size_t(data.size() / 120 + 16));
    index.indexRange(data.constData(), 0, data.size());
    return index;
}

int ErrorLogIndex::append(const QByteArray &data)
{
    const int first = lineCount();
    indexRange(data.constData(), m_end, data.size());
    return first;
}

void ErrorLogIndex::indexRange(const char *data, qint64 from, qint64 to)
{
    qint64 at = from;
    while (at < to) {
        const void *nl = std::memchr(data + at, '\n', size_t(to - at));
        if (!nl)
            break; // a line still being written: indexed when it is complete
        const qint64 end = static_cast<const char *>(nl) - data;
        const int row = int(m_starts.size());
        m_starts.push_back(at);
        Group describe;
        const QString key = keyOf(m_format, data + at, end - at, &describe);
        if (!key.isEmpty()) {
            auto it =
                std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.key == key; });
            if (it == m_groups.end()) {
                describe.key = key;
                m_groups.push_back(describe);
                it = m_groups.end() - 1;
            }
            it->rows.push_back(row);
        }
        at = end + 1;
    }
    m_end = at;
}

qint64 ErrorLogIndex::lineEnd(int row) const
{
    const size_t next = size_t(row) + 1;
    return (next < m_starts.size() ? m_starts[next] : m_end) - 1;
}

QByteArray ErrorLogIndex::line(const QByteArray &data, int row) const
{
    const qint64 start = lineStart(row);
    qint64 end = lineEnd(row);
    if (end > start && data.at(end - 1) == '\r')
        --end;
    return data.mid(start, end - start);
}

QList<const ErrorLogIndex::Group *> ErrorLogIndex::groups() const
{
    QList<const Group *> out;
    for (const Group &g : m_groups)
        out << &g;
    std::stable_sort(out.begin(), out.end(),
                     [](const Group *a, const Group *b) { return a->rows.size() > b->rows.size(); });
    return out;
}

const ErrorLogIndex::Group *ErrorLogIndex::group(const QString &key) const
{
    for (const Group &g : m_groups) {
        if (g.key == key)
            return &g;
    }
    return nullptr;
}

} // namespace gd
