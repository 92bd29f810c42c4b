#pragma once

#include <QByteArray>
#include <QList>

namespace gd {

// A followed stream (tail -F, journalctl -f) cut into lines as its chunks arrive:
// each complete line out, the unfinished rest kept for the next chunk. A line longer
// than the cap goes out in pieces of the cap, so a log that never writes a line break
// (binary garbage, one endless line) cannot grow the buffer without end.
class StreamLines
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 64 * 1024;
    explicit StreamLines(qsizetype maxLineBytes = kDefaultMaxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    // The lines `chunk` completes, without their '\n'.
    QList<QByteArray> add(const QByteArray &chunk);
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    QByteArray m_pending;
    qsizetype m_maxLineBytes;
};

} // namespace gd
