#include "tests/lab/LabPorts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gd::lab {

namespace {

// Holds one socket fd and closes it on every return path.
class SocketFd
{
public:
    explicit SocketFd(int fd) : m_fd(fd) {}
    ~SocketFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketFd(const SocketFd &) = delete;
    SocketFd &operator=(const SocketFd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

struct LoopbackAddress
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_UNSPEC;
};

std::optional<LoopbackAddress> makeAddress(const QString &host, quint16 port)
{
    LoopbackAddress address;
    const QByteArray text = host.toLatin1();
    auto *in4 = reinterpret_cast<sockaddr_in *>(&address.storage);
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(&address.storage);
    if (inet_pton(AF_INET, text.constData(), &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        address.length = sizeof(sockaddr_in);
        address.family = AF_INET;
        return address;
    }
    if (inet_pton(AF_INET6, text.constData(), &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        address.length = sizeof(sockaddr_in6);
        address.family = AF_INET6;
        return address;
    }
    return std::nullopt;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

LabResult<quint16> LabPorts::freeTcpPort(const QString &host)
{
    static std::mutex mutex;
    static QSet<quint16> handedOut;

    const auto address = makeAddress(host, 0);
    if (!address)
        return LabStatus::failure(QStringLiteral("not a numeric address: %1").arg(host));
    for (int attempt = 0; attempt < 50; ++attempt) {
        SocketFd fd(::socket(address->family, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (fd.get() < 0)
            return LabStatus::failure(QStringLiteral("socket(): %1").arg(errnoText()));
        if (::bind(fd.get(), reinterpret_cast<const sockaddr *>(&address->storage), address->length) != 0)
            return LabStatus::failure(QStringLiteral("bind(%1:0): %2").arg(host, errnoText()));
        sockaddr_storage bound{};
        socklen_t length = sizeof bound;
        ::getsockname(fd.get(), reinterpret_cast<sockaddr *>(&bound), &length);
        const quint16 port =
            ntohs(address->family == AF_INET ? reinterpret_cast<const sockaddr_in *>(&bound)->sin_port
                                             : reinterpret_cast<const sockaddr_in6 *>(&bound)->sin6_port);
        const std::lock_guard lock(mutex);
        if (!handedOut.contains(port)) {
            handedOut.insert(port);
            return port;
        }
    }
    return LabStatus::failure(QStringLiteral("no free port found on %1").arg(host));
}

bool LabPorts::acceptsConnections(const QString &host, quint16 port, int timeoutMs)
{
    const auto address = makeAddress(host, port);
    if (!address)
        return false;
    SocketFd fd(::socket(address->family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (fd.get() < 0)
        return false;
    // Non-blocking connect with a deadline: a listener whose backlog is full drops the
    // SYN and a blocking connect would then hang for the kernel's SYN retry time.
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&address->storage), address->length) == 0)
        return true;
    if (errno != EINPROGRESS)
        return false;
    pollfd pfd{fd.get(), POLLOUT, 0};
    if (::poll(&pfd, 1, timeoutMs) != 1)
        return false;
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length);
    return error == 0;
}

LabStatus LabPorts::waitForTcpPort(const QString &host, quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!acceptsConnections(host, port)) {
        if (timer.hasExpired(timeoutMs))
            return LabStatus::failure(QStringLiteral("nothing accepted connections on %1:%2 within %3 ms")
                                          .arg(host)
                                          .arg(port)
                                          .arg(timeoutMs));
        QThread::msleep(10);
    }
    return LabStatus::success();
}

bool LabPorts::listenerNear(quint16 port, int distance)
{
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // "  0: 0100007F:1F90 00000000:0000 0A ...": local address:port in hex, state 0A = LISTEN.
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            bool ok = false;
            const int listening = fields.at(1).mid(fields.at(1).lastIndexOf(':') + 1).toInt(&ok, 16);
            if (ok && std::abs(listening - int(port)) <= distance)
                return true;
        }
    }
    return false;
}

} // namespace gd::lab
