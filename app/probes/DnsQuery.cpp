#include "app/probes/DnsQuery.h"

#include "app/probes/DnsLookup.h"
#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

#include <QRegularExpression>

namespace gd {

QString DnsQueryAnswer::endpoint() const
{
    return server.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(server).arg(port)
                                             : QStringLiteral("%1:%2").arg(server).arg(port);
}

QStringList DnsQuery::command(const QString &server, quint16 port, const QString &name)
{
    if (!IpAddress::parse(server) || !DnsLookup::isValidName(name) || port == 0)
        return {};
    return {QStringLiteral("dig"),
            QStringLiteral("+time=1"),
            QStringLiteral("+tries=1"),
            QLatin1Char('@') + server,
            QStringLiteral("-p"),
            QString::number(port),
            name,
            QStringLiteral("A")};
}

ProbeResult<DnsQueryAnswer> DnsQuery::parse(const QString &server, quint16 port, const QString &name,
                                            const ProbeOutput &output)
{
    const QString tool = QStringLiteral("dig");
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    DnsQueryAnswer a;
    a.server = server;
    a.port = port;
    a.name = name;
    static const QRegularExpression header(QStringLiteral("^;; ->>HEADER<<- .*status: ([A-Z]+)"));
    // dig 9.18: ";; communications error to 127.0.0.1#53: connection refused", and
    // without a route ";; UDP setup with 10.0.0.53#53(10.0.0.53) for NAME failed:
    // network unreachable."; older ones: ";; connection timed out; no servers could be reached".
    static const QRegularExpression transport(
        QStringLiteral("^;; (?:communications error to \\S+: (.+)|(connection timed out);.*|UDP setup with "
                       ".* failed: (.+?)\\.?)$"));
    bool sawDig = false, inAnswer = false, unreachable = false;
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        if (line.startsWith(QLatin1String("; <<>> DiG")))
            sawDig = true;
        if (const QRegularExpressionMatch m = header.match(line); m.hasMatch()) {
            a.status = m.captured(1);
            a.evidence = line.mid(3);
            continue;
        }
        if (const QRegularExpressionMatch m = transport.match(line); m.hasMatch()) {
            const QString what = m.captured(1) + m.captured(2) + m.captured(3);
            a.outcome = what.contains(QLatin1String("refused"))     ? DnsQueryAnswer::Outcome::Refused
                        : what.contains(QLatin1String("timed out")) ? DnsQueryAnswer::Outcome::TimedOut
                                                                    : DnsQueryAnswer::Outcome::Unreachable;
            a.evidence = line.mid(3);
            unreachable = true;
            continue;
        }
        if (line == QLatin1String(";; no servers could be reached")) {
            unreachable = true;
            continue;
        }
        if (line.startsWith(QLatin1String(";; ANSWER SECTION:"))) {
            inAnswer = true;
            continue;
        }
        if (inAnswer) {
            const QStringList f = ProbeText::fields(line);
            if (f.size() < 5 || line.startsWith(QLatin1Char(';'))) {
                inAnswer = false;
                continue;
            }
            // "app.gd-lab.test.	0	IN	A	127.0.0.1"; a CNAME on the way is skipped.
            if (f.at(3) == QLatin1String("A") && IpAddress::parse(f.at(4)) && !a.addresses.contains(f.at(4)))
                a.addresses << f.at(4);
        }
    }
    if (!sawDig && a.status.isEmpty() && !unreachable)
        return output.stdOut.trimmed().isEmpty()
                   ? ProbeError::empty(tool)
                   : ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
    if (a.status.isEmpty()) {
        if (!unreachable)
            return ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
        return a; // the transport outcome set above (Unreachable when dig named none)
    }
    if (a.status == QLatin1String("NOERROR"))
        a.outcome =
            a.addresses.isEmpty() ? DnsQueryAnswer::Outcome::NoAddress : DnsQueryAnswer::Outcome::Resolved;
    else if (a.status == QLatin1String("NXDOMAIN"))
        a.outcome = DnsQueryAnswer::Outcome::NoSuchName;
    else
        a.outcome = DnsQueryAnswer::Outcome::ServerError;
    return a;
}

QString DnsQuery::describe(const DnsQueryAnswer &a)
{
    switch (a.outcome) {
    case DnsQueryAnswer::Outcome::Resolved:
        return tr("%1 answers: %2 is %3").arg(a.endpoint(), a.name, a.addresses.join(QStringLiteral(", ")));
    case DnsQueryAnswer::Outcome::NoSuchName:
        return tr("%1 answers that %2 does not exist (NXDOMAIN)").arg(a.endpoint(), a.name);
    case DnsQueryAnswer::Outcome::NoAddress:
        return tr("%1 answers, but has no IPv4 address for %2").arg(a.endpoint(), a.name);
    case DnsQueryAnswer::Outcome::ServerError:
        return tr("%1 answers %2 for %3: it will not resolve that name").arg(a.endpoint(), a.status, a.name);
    case DnsQueryAnswer::Outcome::Refused:
        return tr("%1 does not answer: nothing listens there (connection refused)").arg(a.endpoint());
    case DnsQueryAnswer::Outcome::TimedOut:
        return tr("%1 does not answer: no reply within a second").arg(a.endpoint());
    case DnsQueryAnswer::Outcome::Unreachable:
        break;
    }
    return tr("%1 does not answer: %2").arg(a.endpoint(), a.evidence);
}

} // namespace gd
