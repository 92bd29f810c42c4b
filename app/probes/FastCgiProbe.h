#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gd {

// What a FastCGI upstream (PHP-FPM) said to one minimal FastCGI request, the way
// nginx's fastcgi_pass talks to it. An HTTP request would be the wrong protocol:
// a healthy pool just drops it, which looked like "resets the connection".
struct FastCgiProbeResult
{
    enum class Outcome
    {
        Answered,         // a complete FastCGI reply (FCGI_END_REQUEST)
        Refused,          // nothing listens there
        SocketMissing,    // the socket file does not exist
        PermissionDenied, // the socket exists, but this user may not connect
        NoRoute,          // no route to the host
        Timeout,          // no answer within the limit (connect or reply)
        Closed,           // it accepted, then closed without a FastCGI reply
        Reset,            // it reset the connection
        NotFastCgi,       // it answered, but not in FastCGI (an HTTP server, say)
        Connected,        // it accepts connections; nothing here could speak FastCGI
        NoClient,         // nothing on that host could connect to a unix socket
        OtherError,
    };
    Outcome outcome = Outcome::OtherError;
    int status = 0;     // the reply's Status: header (200 when it sent none)
    QString statusLine; // "404 Not Found"
    QString appStderr;  // what the app wrote to FCGI_STDERR ("Primary script unknown")
    int errnoValue = 0; // of a failed connect or read
    QString errorText;  // the system's words for it
    QString firstBytes; // hex of what came back when it was not FastCGI
    QString evidence;   // the single most telling line
    QByteArray body;    // the reply's body, when a script was asked for

    bool connected() const
    {
        return outcome == Outcome::Answered || outcome == Outcome::Closed || outcome == Outcome::Reset ||
               outcome == Outcome::NotFastCgi || outcome == Outcome::Connected;
    }
};

// The argv of the probe and the parser of what it printed. The client is a short
// Perl script (perl-base is part of every Debian and Ubuntu system) given the address
// as arguments; without Perl a TCP upstream still gets a plain connect.
class FastCgiProbe
{
    Q_DECLARE_TR_FUNCTIONS(FastCgiProbe)
public:
    // Either host and port, or a unix socket path.
    static QStringList command(const QString &host, quint16 port, const QString &unixPath, int timeoutSec);
    // The same request for one script name (SCRIPT_NAME and SCRIPT_FILENAME, as nginx
    // sends them), with a query string: PHP-FPM's status page, for one.
    static QStringList request(const QString &host, quint16 port, const QString &unixPath, int timeoutSec,
                               const QString &script, const QString &query);
    static ProbeResult<FastCgiProbeResult> parse(const ProbeOutput &output);
};

} // namespace gd
