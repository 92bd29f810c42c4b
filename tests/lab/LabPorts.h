#pragma once

#include "tests/lab/LabStatus.h"

#include <QString>

namespace gd::lab {

// Loopback TCP ports for the lab's servers.
//
// nginx's `listen` and sshd's `Port` need a number up front (neither accepts port 0
// and reports back), so the lab asks the kernel for a free one by binding port 0,
// reading it and closing the socket. Another process could take it in between; the
// servers that use these ports retry with a new one when bind fails. Ports are never
// handed out twice by one test process.
class LabPorts
{
public:
    // host is a numeric loopback address: "127.0.0.1" or "::1".
    static LabResult<quint16> freeTcpPort(const QString &host = QStringLiteral("127.0.0.1"));

    // True when some TCP socket listens within `distance` of port (the port itself
    // included), on any address, from /proc/net/tcp and tcp6. Tests that need "nothing
    // listens there, nor nearby" use it: the diagnosis calls a listener a few ports away
    // a likely wrong port, and other tests' servers run at the same time.
    static bool listenerNear(quint16 port, int distance);

    // True when something accepts a TCP connection on host:port within timeoutMs.
    // Note that this really connects: nginx logs such a probe at info level
    // ("client closed connection while waiting for request").
    static bool acceptsConnections(const QString &host, quint16 port, int timeoutMs = 200);

    // Polls until host:port accepts a connection or timeoutMs has passed.
    static LabStatus waitForTcpPort(const QString &host, quint16 port, int timeoutMs = 5000);
};

} // namespace gd::lab
