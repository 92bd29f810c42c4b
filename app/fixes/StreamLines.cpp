#include "app/fixes/StreamLines.h"

namespace gd {

QList<QByteArray> StreamLines::add(const QByteArray &chunk)
{
    m_pending += chunk;
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        const qsizetype end = nl < 0 ? m_pending.size() : nl;
        if (end - start > m_maxLineBytes) {
            lines << m_pending.mid(start, m_maxLineBytes);
            start += m_maxLineBytes;
            continue;
        }
        if (nl < 0)
            break;
        lines << m_pending.mid(start, nl - start);
        start = nl + 1;
    }
    // One removal for all the lines taken, not one per line.
    m_pending.remove(0, start);
    return lines;
}

} // namespace gd
