#pragma once

#include <QByteArray>

namespace gd {

// Tells one runner command's output from the runner's end markers (see
// RunnerScript): feed the channel's stdout and stderr as they arrive and pass on what
// comes back, byte for byte. Bytes that could be the start of a marker are held back
// until the next chunk shows they are not, so output streams as it arrives and
// binary data (NUL bytes included) goes through untouched.
class RunnerOutput
{
public:
    explicit RunnerOutput(QByteArray nonce);

    QByteArray feedStdout(const QByteArray &data);
    QByteArray feedStderr(const QByteArray &data);

    // Both markers seen: the command has ended and all its output is through.
    bool isComplete() const { return m_stdout.done && m_stderrDone; }
    // The status the runner reported (0-255), or -1 when it was not a number.
    int exitStatus() const { return m_exitStatus; }
    // The command's PID from the "GDPID:" line, once seen (the line still passes on).
    qint64 pid() const { return m_pid; }

private:
    struct Stream
    {
        QByteArray held;
        bool done = false;
    };
    // Returns what precedes the marker (or may not be part of one); sets done when
    // the marker is found, with what follows it in *after.
    static QByteArray scan(Stream &stream, const QByteArray &data, const QByteArray &marker,
                           QByteArray *after);
    void peekPid(const QByteArray &data);

    QByteArray m_marker;
    Stream m_stdout;
    Stream m_stderr;
    bool m_stderrDone = false;
    QByteArray m_status; // digits after the stderr marker, up to the newline
    int m_exitStatus = -1;
    QByteArray m_head; // the start of stderr, until the PID line is complete
    bool m_pidDone = false;
    qint64 m_pid = 0;
};

} // namespace gd
