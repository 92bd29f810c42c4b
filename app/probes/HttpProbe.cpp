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
    if (hasControlChars(request.unixSocket) || hasControlChars(request.hostHeader))
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
    QMap<QString, QString> w;
    bool inBlock = false;
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        if (line == kMarker) {
            inBlock = true;
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (inBlock && eq > 0)
            w.insert(line.left(eq), line.mid(eq + 1));
    }
    if (!inBlock && output.stdOut.size() > 0 && output.stdErr.isEmpty())
        return ProbeError::malformed(kCurl, ProbeText::firstLine(output.stdOut));

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

    // stderr: curl -v lines ("* connect to ::1 port 8099 failed: Connection refused",
    // "* Immediate connect fail for /run/x.sock: No such file or directory") and the
    // final "curl: (7) ..." sentence from -S.
    QString curlLine;
    for (const QString &line : ProbeText::lines(output.stdErr)) {
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
    if (r.curlExitCode == 0 && w.contains(QStringLiteral("exitcode")))
        r.curlExitCode = w.value(QStringLiteral("exitcode")).toInt();

    using O = HttpProbeResult::Outcome;
    const QString attempts = r.attempts.join(QLatin1Char('\n'));
    auto attemptWith = [&r](const QString &text) {
        for (const QString &a : r.attempts) {
            if (a.contains(text))
                return a;
        }
        return QString();
    };
    r.evidence = curlLine.isEmpty() ? r.errorMessage : curlLine;
    switch (r.curlExitCode) {
    case 0:
        if (r.httpCode <= 0)
            return ProbeError::malformed(kCurl, ProbeText::firstLine(output.stdOut));
        r.outcome = O::HttpResponse;
        r.evidence = QStringLiteral("HTTP %1").arg(r.httpCode);
        break;
    case 6:
        r.outcome = O::DnsFailure;
        break;
    case 7: {
        // The connect errno tells the causes apart; curl's own sentence does not.
        const bool unixSocket = attempts.contains(QLatin1String("Immediate connect fail for /"));
        struct Pattern
        {
            const char *text;
            O tcp;
            O unix;
        };
        const Pattern patterns[] = {
            {"No such file or directory", O::SocketMissing, O::SocketMissing},
            {"Permission denied", O::ConnectPermissionDenied, O::SocketPermissionDenied},
            {"No route to host", O::NoRoute, O::NoRoute},
            {"Network is unreachable", O::NetworkUnreachable, O::NetworkUnreachable},
            {"Connection refused", O::Refused, O::Refused},
        };
        r.outcome = O::OtherError;
        for (const Pattern &p : patterns) {
            const QString hit = attemptWith(QLatin1String(p.text));
            if (!hit.isEmpty()) {
                r.outcome = unixSocket ? p.unix : p.tcp;
                r.evidence = hit;
                break;
            }
        }
        // Without -v output (another caller, old curl) refused is by far the likeliest.
        if (r.outcome == O::OtherError && r.attempts.isEmpty() &&
            r.errorMessage.contains(QLatin1String("Couldn't connect")))
            r.outcome = O::Refused;
        break;
    }
    case 28: {
        // "Failed to connect ... Timeout was reached" / "Connection timed out after":
        // the TCP handshake never finished. "Operation timed out ... bytes received":
        // connected, then waited for the answer.
        const bool connectPhase = r.errorMessage.startsWith(QLatin1String("Failed to connect")) ||
                                  r.errorMessage.startsWith(QLatin1String("Connection timed out")) ||
                                  !attemptWith(QStringLiteral("connect timeout after")).isEmpty() ||
                                  (inBlock && r.timeConnect == 0 && r.remoteIp.isEmpty());
        r.outcome = connectPhase ? O::ConnectTimeout : O::ResponseTimeout;
        break;
    }
    case 52:
        r.outcome = O::EmptyReply;
        break;
    case 56:
        r.outcome =
            r.errorMessage.contains(QLatin1String("reset"), Qt::CaseInsensitive) ? O::Reset : O::OtherError;
        break;
    case 35:
        r.outcome = O::TlsError;
        break;
    case 51:
    case 60:
        r.outcome = O::TlsCertificate;
        break;
    default:
        r.outcome = O::OtherError;
        break;
    }
    return r;
}

} // namespace gd
