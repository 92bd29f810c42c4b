#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QString>

#include <memory>

namespace gd::lab {

// One gateway-doctor-lab-upstream server (app/lab/tools/): a real HTTP upstream that
// answers, closes, resets, stalls or sends an oversized header on purpose, on a
// loopback TCP port or a unix socket.
class LabUpstream
{
public:
    enum class Mode
    {
        Ok,         // 200 with a small body
        Close,      // reads the request, closes without answering (FIN)
        Reset,      // reads the request, aborts with an RST (SO_LINGER 0)
        Slow,       // answers 200 after delayMs
        HugeHeader, // 200 with a Set-Cookie header of headerBytes
        BadHeader,  // 200 with a NUL byte in a header value (an app bug)
        Hang,       // accepts, never answers
        NoAccept,   // listens but never accepts: a saturated backlog
    };

    struct Options
    {
        Mode mode = Mode::Ok;
        // TCP: numeric loopback host; port 0 lets the server pick (and report) one.
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        // Unix socket instead of TCP when set; "auto" puts upstream.sock in the lab dir.
        QString unixPath;
        QString unixMode;     // octal, e.g. "0600"
        QString unixOwner;    // user name
        QString unixGroup;    // group name
        int delayMs = -1;     // -1: the mode's default (Slow: 5000, others 0)
        int headerBytes = -1; // -1: 16384
        int backlog = -1;     // -1: 511
        QString body;         // Ok/Slow/HugeHeader response body
        QString partial;      // Close/Reset: raw bytes sent before closing
        QStringList wrapper;  // argv prefix to run it through, e.g. LabNetns::exec()
    };

    LabUpstream();
    ~LabUpstream();
    LabUpstream(const LabUpstream &) = delete;
    LabUpstream &operator=(const LabUpstream &) = delete;

    LabStatus start(Mode mode);
    LabStatus start(const Options &options);
    LabStatus stop();

    quint16 port() const { return m_port; }
    // "127.0.0.1:PORT", "[::1]:PORT" or "unix:/path": what READY reported.
    QString address() const { return m_address; }
    // Empty for TCP.
    QString socketPath() const { return m_socketPath; }
    // The argument for nginx's proxy_pass: "http://127.0.0.1:PORT" or "http://unix:/path:".
    QString proxyPassUrl() const;
    LabProcess &process() { return m_process; }

    // A loopback port with nothing listening, nor within 10 ports, while the test runs:
    // connect() is refused (below the kernel's range for bind to port 0).
    static LabResult<quint16> refusingPort();
    static QString modeName(Mode mode);

private:
    LabDir m_dir;
    LabProcess m_process;
    quint16 m_port = 0;
    QString m_address;
    QString m_socketPath;
};

} // namespace gd::lab
