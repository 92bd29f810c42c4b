#include "app/probes/HttpProbe.h"

#include "app/probes/ProbeText.h"

#include <QMap>
#include <QRegularExpression>

namespace gd {

namespace {

const QString kCurl = QStringLiteral("curl");
const QString kMarker = QStringLiteral("gd-curl");

bool hasControlChars(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

using Outcome = HttpProbeResult::Outcome;

// The key=value lines after the marker (writeOutFormat); `found` tells whether the
// marker was there at all.
QMap<QString, QString> writeOutValues(const QByteArray &stdOut, bool *found)
{
    QMap<QString, QString> w;
    *found = false;
    for (const QString &line : ProbeText::lines(stdOut)) {
        if (line == kMarker) {
            *found = true;
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (*found && eq > 0)
            w.insert(line.left(eq), line.mid(eq + 1));
    }
    return w;
}

void fillWriteOut(HttpProbeResult &r, const QMap<QString, QString> &w)
{
    r.httpCode = w.value(QStringLiteral("http_code")).toInt();
    r.timeNamelookup = w.value(QStringLiteral("time_namelookup")).toDouble();
    r.timeConnect = w.value(QStringLiteral("time_connect")).toDouble();
    r.timeAppConnect = w.value(QStringLiteral("time_appconnect")).toDouble();
    r.timeStartTransfer = w.value(QStringLiteral("time_starttransfer")).toDouble();
    r.timeTotal = w.value(QStringLiteral("time_total")).toDouble();
    r.remoteIp = w.value(QStringLiteral("remote_ip"));
    r.remotePort = w.value(QStringLiteral("remote_port")).toInt();
    r.numConnects = w.value(QStringLiteral("num_connects")).toInt();
    r.headerBytes = w.value(QStringLiteral("size_header")).toInt();
    r.errorMessage = w.value(QStringLiteral("errormsg"));
}

// stderr: curl -v lines ("* connect to ::1 port 8099 failed: Connection refused",
// "* Immediate connect fail for /run/x.sock: No such file or directory") go to
// r.attempts; the final "curl: (7) ..." sentence from -S is returned, and is the
// error message when %{errormsg} gave none (older curls).
QString readStderr(const QByteArray &stdErr, HttpProbeResult &r)
{
    QString curlLine;
    for (const QString &line : ProbeText::lines(stdErr)) {
        if (line.startsWith(QLatin1String("* connect to ")) ||
            line.startsWith(QLatin1String("* Immediate connect fail")) ||
            line.startsWith(QLatin1String("* Could not resolve")) ||
            line.contains(QLatin1String("connect timeout after"))) {
            r.attempts.append(line.mid(2));
        } else if (line.startsWith(QLatin1String("curl: ("))) {
            curlLine = line;
        }
    }
    if (r.errorMessage.isEmpty() && !curlLine.isEmpty()) {
        const int close = curlLine.indexOf(QLatin1String(") "));
        r.errorMessage = close > 0 ? curlLine.mid(close + 2) : curlLine;
    }
    return curlLine;
}

QString attemptWith(const HttpProbeResult &r, const QString &text)
{
    for (const QString &a : r.attempts) {
        if (a.contains(text))
            return a;
    }
    return QString();
}

// curl exit 7 (could not connect). The connect errno tells the causes apart; curl's
// own sentence does not.
void classifyConnectFailure(HttpProbeResult &r)
{
    const bool unixSocket =
        r.attempts.join(QLatin1Char('\n')).contains(QLatin1String("Immediate connect fail for /"));
    struct Pattern
    {
        const char *text;
        Outcome tcp;
        Outcome unix;
    };
    const Pattern patterns[] = {
        {"No such file or directory", Outcome::SocketMissing, Outcome::SocketMissing},
        {"Permission denied", Outcome::ConnectPermissionDenied, Outcome::SocketPermissionDenied},
        {"No route to host", Outcome::NoRoute, Outcome::NoRoute},
        {"Network is unreachable", Outcome::NetworkUnreachable, Outcome::NetworkUnreachable},
        {"Connection refused", Outcome::Refused, Outcome::Refused},
    };
    r.outcome = Outcome::OtherError;
    for (const Pattern &p : patterns) {
        const QString hit = attemptWith(r, QLatin1String(p.text));
        if (!hit.isEmpty()) {
            r.outcome = unixSocket ? p.unix : p.tcp;
            r.evidence = hit;
            break;
        }
    }
    // Without -v output (another caller, old curl) refused is by far the likeliest.
    if (r.outcome == Outcome::OtherError && r.attempts.isEmpty() &&
        r.errorMessage.contains(QLatin1String("Couldn't connect")))
        r.outcome = Outcome::Refused;
}

// curl exit 28 (timed out). "Failed to connect ... Timeout was reached" /
// "Connection timed out after": the TCP handshake never finished. "Operation timed
// out ... bytes received": connected, then waited for the answer.
Outcome timeoutOutcome(const HttpProbeResult &r, bool haveWriteOut)
{
    const bool connectPhase = r.errorMessage.startsWith(QLatin1String("Failed to connect")) ||
                              r.errorMessage.startsWith(QLatin1String("Connection timed out")) ||
                              !attemptWith(r, QStringLiteral("connect timeout after")).isEmpty() ||
                              (haveWriteOut && r.timeConnect == 0 && r.remoteIp.isEmpty());
    return connectPhase ? Outcome::ConnectTimeout : Outcome::ResponseTimeout;
}

} // namespace

QString HttpProbeResult::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::HttpResponse:
        return QStringLiteral("http_response");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case Outcome::ResponseTimeout:
        return QStringLiteral("response_timeout");
    case Outcome::NoRoute:
        return QStringLiteral("no_route");
    case Outcome::NetworkUnreachable:
        return QStringLiteral("network_unreachable");
    case Outcome::ConnectPermissionDenied:
        return QStringLiteral("connect_permission_denied");
    case Outcome::DnsFailure:
        return QStringLiteral("dns_failure");
    case Outcome::EmptyReply:
        return QStringLiteral("empty_reply");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::TlsError:
        return QStringLiteral("tls_error");
    case Outcome::TlsCertificate:
        return QStringLiteral("tls_certificate");
    case Outcome::SocketMissing:
        return QStringLiteral("socket_missing");
    case Outcome::SocketPermissionDenied:
        return QStringLiteral("socket_permission_denied");
    case Outcome::OtherError:
        return QStringLiteral("other_error");
    }
    return {};
}

QString HttpProbe::writeOutFormat()
{
    // %{exitcode} and %{errormsg} exist since curl 7.75 (Debian 12 has 7.88); older
    // curls print nothing for them and the parser falls back to exit code and stderr.
    const QStringList keys = {QStringLiteral("http_code"),          QStringLiteral("time_namelookup"),
                              QStringLiteral("time_connect"),       QStringLiteral("time_appconnect"),
                              QStringLiteral("time_starttransfer"), QStringLiteral("time_total"),
                              QStringLiteral("remote_ip"),          QStringLiteral("remote_port"),
                              QStringLiteral("num_connects"),       QStringLiteral("size_header"),
                              QStringLiteral("exitcode"),           QStringLiteral("errormsg")};
    QString format = kMarker + QStringLiteral("\\n");
    for (const QString &k : keys)
        format += QStringLiteral("%1=%{%1}\\n").arg(k);
    return format;
}

ProbeResult<QStringList> HttpProbe::command(const HttpProbeRequest &request)
{
    static const QRegularExpression scheme(QStringLiteral("^https?://[^\\s]+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!scheme.match(request.url).hasMatch() || hasControlChars(request.url))
        return ProbeError::invalidArgument(tr("the URL must start with http:// or https://"), request.url);
    if (hasControlChars(request.unixSocket) || hasControlChars(request.hostHeader) ||
        hasControlChars(request.connectAddress) || request.connectAddress.contains(QLatin1Char(' ')))
        return ProbeError::invalidArgument(tr("control characters in the socket path or Host header"), {});
    if (request.connectTimeoutSec <= 0 || request.maxTimeSec <= 0)
        return ProbeError::invalidArgument(tr("timeouts must be positive"), {});

    // -q first: ignore ~/.curlrc on that machine; --noproxy: talk to the upstream
    // itself, not through an http_proxy from the environment; --globoff: [::1] in a
    // URL is an address, not a glob; -v: the connect errors (refused vs no route)
    // only appear in the verbose lines. --url keeps a URL from being read as an option.
    QStringList argv = {kCurl,
                        QStringLiteral("-q"),
                        QStringLiteral("-sS"),
                        QStringLiteral("-v"),
                        QStringLiteral("-o"),
                        QStringLiteral("/dev/null"),
                        QStringLiteral("--noproxy"),
                        QStringLiteral("*"),
                        QStringLiteral("--globoff"),
                        QStringLiteral("--connect-timeout"),
                        seconds(request.connectTimeoutSec),
                        QStringLiteral("--max-time"),
                        seconds(request.maxTimeSec),
                        QStringLiteral("-w"),
                        writeOutFormat()};
    if (!request.unixSocket.isEmpty())
        argv << QStringLiteral("--unix-socket") << request.unixSocket;
    if (!request.hostHeader.isEmpty())
        argv << QStringLiteral("-H") << (QStringLiteral("Host: ") + request.hostHeader);
    if (!request.connectAddress.isEmpty()) {
        // HOST1:PORT1:HOST2:PORT2 with the first two empty: every connection of this request.
        const QString address = request.connectAddress.contains(QLatin1Char(':'))
                                    ? QLatin1Char('[') + request.connectAddress + QLatin1Char(']')
                                    : request.connectAddress;
        argv << QStringLiteral("--connect-to") << QStringLiteral("::%1:").arg(address);
    }
    argv << QStringLiteral("--url") << request.url;
    return argv;
}

ProbeResult<HttpProbeResult> HttpProbe::parse(const ProbeOutput &output)
{
    if (ProbeText::commandNotFound(output, kCurl))
        return ProbeError::commandMissing(kCurl, ProbeText::firstLine(output.stdErr));
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(kCurl);

    HttpProbeResult r;
    r.curlExitCode = output.exitCode;
    bool haveWriteOut = false;
    const QMap<QString, QString> w = writeOutValues(output.stdOut, &haveWriteOut);
    if (!haveWriteOut && output.stdOut.size() > 0 && output.stdErr.isEmpty())
        return ProbeError::malformed(kCurl, ProbeText::firstLine(output.stdOut));
    fillWriteOut(r, w);

    const QString curlLine = readStderr(output.stdErr, r);
    if (r.curlExitCode == 0 && w.contains(QStringLiteral("exitcode")))
        r.curlExitCode = w.value(QStringLiteral("exitcode")).toInt();

    r.evidence = curlLine.isEmpty() ? r.errorMessage : curlLine;
    switch (r.curlExitCode) {
    case 0:
        if (r.httpCode <= 0)
            return ProbeError::malformed(kCurl, ProbeText::firstLine(output.stdOut));
        r.outcome = Outcome::HttpResponse;
        r.evidence = QStringLiteral("HTTP %1").arg(r.httpCode);
        break;
    case 6:
        r.outcome = Outcome::DnsFailure;
        break;
    case 7:
        classifyConnectFailure(r);
        break;
    case 28:
        r.outcome = timeoutOutcome(r, haveWriteOut);
        break;
    case 52:
        r.outcome = Outcome::EmptyReply;
        break;
    case 56:
        r.outcome = r.errorMessage.contains(QLatin1String("reset"), Qt::CaseInsensitive)
                        ? Outcome::Reset
                        : Outcome::OtherError;
        break;
    case 35:
        r.outcome = Outcome::TlsError;
        break;
    case 51:
    case 60:
        r.outcome = Outcome::TlsCertificate;
        break;
    default:
        r.outcome = Outcome::OtherError;
        break;
    }
    return r;
}

} // namespace gd
