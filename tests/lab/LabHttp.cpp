#include "tests/lab/LabHttp.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

namespace gd::lab {

QStringList LabHttp::curlArguments(const Request &request, const QString &bodyFile)
{
    QStringList args{QStringLiteral("-s"), QStringLiteral("-o"),
                     bodyFile.isEmpty() ? QStringLiteral("/dev/null") : bodyFile, QStringLiteral("-w"),
                     QStringLiteral("%{http_code}")};
    if (request.maxTimeSec > 0)
        args << QStringLiteral("--max-time") << QString::number(request.maxTimeSec);
    if (!request.host.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Host: ") + request.host;
    if (!request.unixSocket.isEmpty())
        args << QStringLiteral("--unix-socket") << request.unixSocket;
    if (request.method == QLatin1String("POST"))
        // --data-binary sends the bytes as they are; "@-" would need stdin.
        args << QStringLiteral("--data-binary") << QString::fromUtf8(request.body);
    else if (request.method != QLatin1String("GET"))
        args << QStringLiteral("-X") << request.method;
    args << request.url;
    return args;
}

LabHttp::Response LabHttp::send(const Request &request)
{
    QTemporaryFile bodyFile;
    if (!bodyFile.open())
        return {};
    QProcess curl;
    curl.start(QStringLiteral("curl"), curlArguments(request, bodyFile.fileName()));
    const int waitMs = request.maxTimeSec > 0 ? (request.maxTimeSec + 5) * 1000 : -1;
    if (!curl.waitForFinished(waitMs)) {
        curl.kill();
        curl.waitForFinished(2000);
        return {};
    }
    Response response;
    response.status = curl.readAllStandardOutput().trimmed().toInt();
    QFile body(bodyFile.fileName());
    if (body.open(QIODevice::ReadOnly))
        response.body = body.readAll();
    return response;
}

int LabHttp::status(const QString &url, int maxTimeSec)
{
    Request request;
    request.url = url;
    request.maxTimeSec = maxTimeSec;
    return send(request).status;
}

int LabHttp::post(const QString &url, const QByteArray &body, int maxTimeSec)
{
    Request request;
    request.url = url;
    request.method = QStringLiteral("POST");
    request.body = body;
    request.maxTimeSec = maxTimeSec;
    return send(request).status;
}

void LabHttp::sendTraffic(const QString &url, int requests, const QString &host, int maxTimeSec)
{
    Request request;
    request.url = url;
    request.host = host;
    request.maxTimeSec = maxTimeSec;
    for (int i = 0; i < requests; ++i)
        send(request);
}

} // namespace gd::lab
