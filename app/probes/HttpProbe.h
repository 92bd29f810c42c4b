#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gd {

// One direct HTTP request with curl, run on the nginx host.
struct HttpProbeRequest
{
    QString url;        // http://127.0.0.1:8080/health, https://app.internal/
    QString unixSocket; // set for unix-socket upstreams; the URL then only names host and path
    double connectTimeoutSec = 3;
    double maxTimeSec = 10;
    QString hostHeader; // optional Host: header (testing a server block through nginx)
    // Connect to this address instead of what the URL's host resolves to, keeping the URL
    // (and its Host header and TLS name) as is: the failing URL sent to this nginx even when
    // its name points at a load balancer or nowhere. "127.0.0.1", "::1"; empty: resolve.
    QString connectAddress;
};

struct HttpProbeResult
{
    // What happened on the wire, most specific first.
    enum class Outcome
    {
        HttpResponse,            // a status line arrived (any code, also 502/504)
        Refused,                 // ECONNREFUSED: nothing listens there (TCP or unix)
        ConnectTimeout,          // no answer to SYN: dropped by a firewall, or host down
        ResponseTimeout,         // connected, but no complete answer in --max-time
        NoRoute,                 // EHOSTUNREACH: REJECT rule (icmp host/admin prohibited) or host down
        NetworkUnreachable,      // ENETUNREACH: no route to that network
        ConnectPermissionDenied, // EACCES on a TCP connect (SELinux)
        DnsFailure,              // the name did not resolve
        EmptyReply,              // the upstream closed without answering
        Reset,                   // the upstream reset the connection
        TlsError,                // handshake failed (https to a plain port, protocol mismatch)
        TlsCertificate,          // the certificate was not trusted
        SocketMissing,           // unix socket path does not exist
        SocketPermissionDenied,  // unix socket exists, but we may not connect
        OtherError,              // any other curl failure (see curlExitCode, errorMessage)
    };

    Outcome outcome = Outcome::OtherError;
    int httpCode = 0; // 0: no response
    double timeNamelookup = 0;
    double timeConnect = 0;
    double timeAppConnect = 0;
    double timeStartTransfer = 0;
    double timeTotal = 0;
    QString remoteIp; // the peer that answered (for unix sockets: the path)
    int remotePort = 0;
    int numConnects = 0;
    int headerBytes = 0; // the response's status line and headers, as received (curl's size_header)
    int curlExitCode = 0;
    QString errorMessage; // curl's own sentence ("Failed to connect to ...")
    QStringList attempts; // curl -v lines that tell why a connect failed, in order
    QString evidence;     // the single most telling line

    static QString outcomeCode(Outcome outcome); // "refused", "connect_timeout", ...
    bool transportOk() const { return outcome == Outcome::HttpResponse; }
};

// curl's argv for one probe, and the parser of what it printed.
class HttpProbe
{
    Q_DECLARE_TR_FUNCTIONS(HttpProbe)
public:
    // The -w format: one key=value per line after a marker line, so nothing the
    // server sends can be mistaken for it (the body goes to /dev/null anyway).
    static QString writeOutFormat();
    static ProbeResult<QStringList> command(const HttpProbeRequest &request);
    static ProbeResult<HttpProbeResult> parse(const ProbeOutput &output);
};

} // namespace gd
