#include "tests/lab/LabKeepAliveRace.h"

#include "tests/lab/LabAppServer.h"
#include "tests/lab/LabNginx.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <functional>

#include <signal.h>

namespace gd::lab {

namespace {

// One line of /proc/net/tcp (IPv4), numbers decoded.
struct TcpSocket
{
    quint32 localAddress = 0;
    quint16 localPort = 0;
    quint32 remoteAddress = 0;
    quint16 remotePort = 0;
    int state = 0;       // include/net/tcp_states.h: 1 ESTABLISHED, 8 CLOSE_WAIT, 10 LISTEN
    quint32 rxQueue = 0; // for a listening socket: connections waiting for accept()
};

constexpr int kEstablished = 1;
constexpr int kCloseWait = 8;
constexpr int kListen = 10;

QList<TcpSocket> tcpSockets()
{
    QList<TcpSocket> out;
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        if (f.size() < 5)
            continue;
        const QList<QByteArray> local = f.at(1).split(':');
        const QList<QByteArray> remote = f.at(2).split(':');
        const QList<QByteArray> queues = f.at(4).split(':');
        if (local.size() != 2 || remote.size() != 2 || queues.size() != 2)
            continue;
        TcpSocket s;
        s.localAddress = local.at(0).toUInt(nullptr, 16);
        s.localPort = quint16(local.at(1).toUInt(nullptr, 16));
        s.remoteAddress = remote.at(0).toUInt(nullptr, 16);
        s.remotePort = quint16(remote.at(1).toUInt(nullptr, 16));
        s.state = f.at(3).toInt(nullptr, 16);
        s.rxQueue = queues.at(1).toUInt(nullptr, 16);
        out << s;
    }
    return out;
}

// nginx's ends of its connections to the app, by state.
int nginxToApp(quint16 appPort, int state)
{
    int n = 0;
    for (const TcpSocket &s : tcpSockets())
        n += s.remotePort == appPort && s.state == state;
    return n;
}

quint32 acceptQueue(quint16 listenPort)
{
    for (const TcpSocket &s : tcpSockets()) {
        if (s.localPort == listenPort && s.state == kListen)
            return s.rxQueue;
    }
    return 0;
}

LabStatus pollUntil(const std::function<bool()> &ready, const QString &what, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.hasExpired(timeoutMs))
            return LabStatus::failure(
                QStringLiteral("keep-alive race: no %1 within %2 ms").arg(what).arg(timeoutMs));
        QThread::msleep(5);
    }
    return LabStatus::success();
}

// Stops processes and lets them go again on every way out.
class Frozen
{
public:
    explicit Frozen(QList<qint64> pids) : m_pids(std::move(pids))
    {
        for (const qint64 pid : m_pids)
            ::kill(pid_t(pid), SIGSTOP);
    }
    ~Frozen() { thaw(); }
    Frozen(const Frozen &) = delete;
    Frozen &operator=(const Frozen &) = delete;
    void thaw()
    {
        for (const qint64 pid : m_pids)
            ::kill(pid_t(pid), SIGCONT);
        m_pids.clear();
    }

private:
    QList<qint64> m_pids;
};

} // namespace

QString LabKeepAliveRace::httpBody(const LabAppServer &app, const QString &locationExtra)
{
    return QStringLiteral("upstream app {\n"
                          "    server %1;\n"
                          "    keepalive 4;\n"
                          "}\n"
                          "server {\n"
                          "    listen 127.0.0.1:@PORT@ deferred;\n"
                          "    server_name gd-lab;\n"
                          "    location / {\n"
                          "        proxy_pass http://app;\n"
                          "        proxy_http_version 1.1;\n"
                          "        proxy_set_header Connection \"\";\n"
                          "%2"
                          "    }\n"
                          "}\n")
        .arg(app.upstreamServer(), locationExtra.isEmpty()
                                       ? QString()
                                       : QStringLiteral("        ") + locationExtra + QLatin1Char('\n'));
}

LabResult<int> LabKeepAliveRace::send(const LabHttp::Request &request, int timeoutMs)
{
    const quint16 appPort = m_app.port();
    if (appPort == 0)
        return LabStatus::failure(QStringLiteral("keep-alive race: the app must listen on a TCP port"));
    const QList<qint64> workers = m_nginx.workerPids();
    if (workers.size() != 1)
        return LabStatus::failure(
            QStringLiteral("keep-alive race: nginx must run one worker, it runs %1").arg(workers.size()));

    // 1. An idle kept-alive connection in nginx's cache.
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_nginx.port());
    if (const int status = LabHttp::status(origin + QStringLiteral("/ok")); status != 200)
        return LabStatus::failure(
            QStringLiteral("keep-alive race: GET /ok through nginx answered %1").arg(status));

    // 2. Both sides stopped while it is still open.
    Frozen app(m_app.workerPids());
    Frozen nginx(workers);
    if (nginxToApp(appPort, kEstablished) == 0)
        return LabStatus::failure(
            QStringLiteral("keep-alive race: nginx kept no connection to the app open (its "
                           "keep-alive time may be shorter than this step took)"));

    // 3. The client's request, waiting for nginx.
    QProcess curl;
    curl.start(QStringLiteral("curl"), LabHttp::curlArguments(request));
    if (!curl.waitForStarted(5000))
        return LabStatus::failure(QStringLiteral("keep-alive race: cannot run curl"));
    const auto finishCurl = [&curl] {
        if (curl.state() != QProcess::NotRunning) {
            curl.kill();
            curl.waitForFinished(2000);
        }
    };
    if (LabStatus s = pollUntil([&] { return acceptQueue(m_nginx.port()) > 0; },
                                QStringLiteral("request in nginx's accept queue"), 10000);
        !s) {
        finishCurl();
        return s;
    }

    // 4. The app closes the idle connection.
    app.thaw();
    if (LabStatus s = pollUntil(
            [&] { return nginxToApp(appPort, kEstablished) == 0 && nginxToApp(appPort, kCloseWait) > 0; },
            QStringLiteral("close of the idle connection by the app"), timeoutMs);
        !s) {
        finishCurl();
        return s;
    }

    // 5. nginx takes the request first, then learns of the close.
    nginx.thaw();
    if (!curl.waitForFinished(timeoutMs)) {
        finishCurl();
        return LabStatus::failure(QStringLiteral("keep-alive race: the client got no answer"));
    }
    return curl.readAllStandardOutput().trimmed().toInt();
}

} // namespace gd::lab
