#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd::lab {

// Requests through the lab's nginx, with curl: blocking, no event loop, and exactly the
// client a user would run by hand. One place for what many tests did with their own
// httpStatus() and sendTraffic().
class LabHttp
{
public:
    struct Request
    {
        QString url;
        QString method = QStringLiteral("GET");
        QByteArray body;     // sent with POST (curl --data-binary)
        QString host;        // a Host header, when set
        QString unixSocket;  // curl --unix-socket, for asking an app server directly
        int maxTimeSec = 10; // curl --max-time; 0: none
    };

    struct Response
    {
        int status = 0; // 0: no HTTP answer (refused, timed out, curl missing)
        QByteArray body;
    };

    static Response send(const Request &request);
    // The status code of a GET; 0 when there was no answer.
    static int status(const QString &url, int maxTimeSec = 10);
    // The status code of a POST with body.
    static int post(const QString &url, const QByteArray &body, int maxTimeSec = 10);
    // `requests` GETs one after another, answers ignored: traffic for nginx's logs.
    static void sendTraffic(const QString &url, int requests, const QString &host = QString(),
                            int maxTimeSec = 10);

    // curl's arguments for request, the body going to bodyFile (or /dev/null when empty)
    // and the status code to stdout; for a caller that runs curl itself, e.g. in the
    // background.
    static QStringList curlArguments(const Request &request, const QString &bodyFile = QString());
};

} // namespace gd::lab
