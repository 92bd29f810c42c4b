#include "app/probes/PhpFpmStatusProbe.h"

#include "app/probes/FastCgiProbe.h"

namespace gd {

QStringList PhpFpmStatusProbe::command(const QString &listen, const QString &statusPath, int timeoutSec)
{
    if (listen.startsWith(QLatin1Char('/')))
        return FastCgiProbe::request(QString(), 0, listen, timeoutSec, statusPath, QString());
    // php-fpm's listen: "port", "addr:port", "[v6]:port"; a wildcard is reached on loopback.
    const int colon = int(listen.lastIndexOf(QLatin1Char(':')));
    QString host = colon < 0 ? QString() : listen.left(colon);
    const quint16 port = quint16(listen.mid(colon + 1).toUInt());
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == QLatin1String("*") || host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    return FastCgiProbe::request(host, port, QString(), timeoutSec, statusPath, QString());
}

PhpFpmStatusProbe::Answer PhpFpmStatusProbe::read(const ProbeOutput &output)
{
    Answer a;
    const ProbeResult<FastCgiProbeResult> probe = FastCgiProbe::parse(output);
    if (!probe) {
        a.problem = probe.error().message();
        return a;
    }
    using O = FastCgiProbeResult::Outcome;
    if (probe->outcome == O::Timeout) {
        a.timedOut = true;
        a.problem = tr("the status page did not answer in time: its request waited behind busy children");
        return a;
    }
    if (probe->outcome != O::Answered) {
        a.problem = tr("could not ask the pool: %1").arg(probe->evidence);
        return a;
    }
    if (probe->status != 200) {
        // 404 "Primary script unknown" or "File not found.": the pool has no such status path.
        a.problem =
            tr("the pool answered %1 to its status path%2")
                .arg(probe->statusLine,
                     probe->appStderr.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(probe->appStderr));
        return a;
    }
    const ProbeResult<PhpFpmStatus> status = PhpFpmStatus::parse(probe->body);
    if (!status) {
        a.problem = tr("the page at the status path is not PHP-FPM's status page");
        return a;
    }
    a.answered = true;
    a.status = *status;
    return a;
}

} // namespace gd
