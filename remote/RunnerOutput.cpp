#include "remote/RunnerOutput.h"

#include "remote/RunnerScript.h"

#include <cstring>

namespace gd {

namespace {
constexpr int kMaxPidLine = 64;
}

RunnerOutput::RunnerOutput(QByteArray nonce) : m_marker(RunnerScript::endMarker(nonce))
{
}

QByteArray RunnerOutput::scan(Stream &stream, const QByteArray &data, const QByteArray &marker,
                              QByteArray *after)
{
    if (stream.done)
        return {};
    const QByteArray buffer = stream.held.isEmpty() ? data : stream.held + data;
    stream.held.clear();
    const int at = buffer.indexOf(marker);
    if (at >= 0) {
        stream.done = true;
        *after = buffer.mid(at + marker.size());
        return buffer.left(at);
    }
    // Hold back the longest tail that a marker could start with (it starts with '<').
    const int from = qMax(0, int(buffer.size()) - int(marker.size()) + 1);
    for (int start = buffer.indexOf('<', from); start >= 0; start = buffer.indexOf('<', start + 1)) {
        if (std::memcmp(buffer.constData() + start, marker.constData(), size_t(buffer.size() - start)) == 0) {
            stream.held = buffer.mid(start);
            return buffer.left(start);
        }
    }
    return buffer;
}

QByteArray RunnerOutput::feedStdout(const QByteArray &data)
{
    QByteArray after; // output of leftover background writers: not this command's
    return scan(m_stdout, data, m_marker, &after);
}

QByteArray RunnerOutput::feedStderr(const QByteArray &data)
{
    if (m_stderrDone)
        return {};
    QByteArray out;
    QByteArray after = data;
    if (!m_stderr.done) {
        after.clear();
        out = scan(m_stderr, data, m_marker, &after);
        peekPid(out);
    }
    if (m_stderr.done) {
        m_status += after;
        const int newline = m_status.indexOf('\n');
        if (newline >= 0) {
            bool ok = false;
            const int status = m_status.left(newline).toInt(&ok);
            m_exitStatus = ok && status >= 0 && status <= 255 ? status : -1;
            m_stderrDone = true;
        } else if (m_status.size() > 16) {
            m_stderrDone = true; // not a status: the runner is confused
        }
    }
    return out;
}

void RunnerOutput::peekPid(const QByteArray &data)
{
    if (m_pidDone || data.isEmpty())
        return;
    m_head += data;
    const int newline = m_head.indexOf('\n');
    if (newline < 0 && m_head.size() < kMaxPidLine)
        return;
    m_pidDone = true;
    const QByteArray prefix = RunnerScript::pidPrefix();
    if (newline >= 0 && m_head.startsWith(prefix))
        m_pid = m_head.mid(prefix.size(), newline - prefix.size()).toLongLong();
    m_head.clear();
}

} // namespace gd
