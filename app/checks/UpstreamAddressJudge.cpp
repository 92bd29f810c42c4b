#include "app/checks/UpstreamAddressJudge.h"

#include "app/checks/ConfigEdits.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/RemoteUpstreamJudge.h"

namespace gd {

namespace {

bool isInfrastructure(const Listener &l)
{
    // nginx's own listeners and sshd are never "the app on another port".
    for (const SocketProcess &p : l.processes) {
        if (p.name == QLatin1String("nginx") || p.name == QLatin1String("sshd") ||
            p.name.startsWith(QLatin1String("systemd")))
            return true;
    }
    return false;
}

bool splitEndpoint(const QString &endpoint, QString *host, quint16 *port)
{
    const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *host = endpoint.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    bool ok = false;
    *port = quint16(endpoint.mid(colon + 1).toUInt(&ok));
    return ok && *port > 0;
}

// "::1" -> "[::1]": an IPv6 address in nginx's host:port notation.
QString bracketed(const QString &address)
{
    return address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('['))
               ? QLatin1Char('[') + address + QLatin1Char(']')
               : address;
}

bool isHostPort(const QString &text)
{
    quint16 port = 0;
    QString host;
    return splitEndpoint(text, &host, &port);
}

// The step that finds the cause and the one that fixes it come from the cause table.
Finding withStepsOfCause(Finding f)
{
    f.step = causeStep(f.cause);
    f.remedyStep = causeRemedyStep(f.cause);
    return f;
}

} // namespace

UpstreamAddressJudge::Verdict UpstreamAddressJudge::judge(const Facts &facts, const ParsedFacts &parsed,
                                                          const QString &endpoint, const QString &label)
{
    Verdict verdict;
    // An upstream on another host: this machine's socket table says nothing about it.
    QString remoteHost;
    quint16 remotePort = 0;
    if (!endpoint.startsWith(QLatin1String("unix:")) && splitEndpoint(endpoint, &remoteHost, &remotePort) &&
        parsed.isRemote(remoteHost))
        return RemoteUpstreamJudge::judge(facts, parsed, endpoint, remoteHost, remotePort, label);
    if (!parsed.listenersKnown)
        return verdict;
    Finding f;
    f.upstream = label;
    if (endpoint.startsWith(QLatin1String("unix:"))) {
        const QString path = endpoint.mid(5);
        if (!parsed.listeners.unixListeners(path).isEmpty()) {
            verdict.listeningNow = true;
            return verdict;
        }
        const QList<Listener> similar = parsed.listeners.similarUnixPaths(path);
        if (!similar.isEmpty()) {
            f.cause = Cause::WrongUpstreamAddress;
            f.confidence = 0.85;
            f.severity = Severity::Error;
            f.summary =
                tr("nginx connects to the socket %1, which does not exist, while a similar socket %2 is "
                   "listening%3. The path in the config is probably wrong (a PHP version in the path?).")
                    .arg(path, similar.first().path,
                         similar.first().processNames().isEmpty()
                             ? QString()
                             : tr(" (%1)").arg(similar.first().processNames()));
            f.evidence << EvidenceOf::listener(similar.first(), facts.ssUnix);
            f.actions = ConfigEdits(facts).retarget(
                endpoint, QStringLiteral("unix:") + similar.first().path,
                tr("send requests to the socket that exists, %1").arg(similar.first().path));
            f.remedy =
                tr("Point nginx at %1, where the service really listens (or make the service create %2).")
                    .arg(similar.first().path, path);
        } else {
            f.cause = Cause::UpstreamDown;
            f.confidence = 0.85;
            f.severity = Severity::Critical;
            f.summary = tr("Nothing listens on the unix socket %1: the service behind it is stopped, or it "
                           "listens somewhere else.")
                            .arg(path);
            f.evidence << EvidenceOf::command(facts.ssUnix, QStringLiteral("ss"),
                                              tr("no unix socket listening at %1").arg(path), path);
            f.remedy = tr("Start (or restart) the service that should create %1 and check that it stays up.")
                           .arg(path);
        }
        verdict.finding = withStepsOfCause(f);
        return verdict;
    }

    QString host;
    quint16 port = 0;
    if (!splitEndpoint(endpoint, &host, &port))
        return verdict;
    const QStringList resolved = parsed.addressesOf(host);
    const TcpTargetMatch match = parsed.listeners.matchTcp(host, port, resolved);
    if (match.allListening()) {
        verdict.listeningNow = true;
        return verdict;
    }
    const QList<Listener> otherAddress = parsed.listeners.samePortOtherAddress(host, port, resolved);
    QList<Listener> nearby;
    for (const Listener &l : parsed.listeners.nearbyPorts(port, 10)) {
        if (l.port != port && !isInfrastructure(l))
            nearby << l;
    }
    if (match.anyListening() || !otherAddress.isEmpty()) {
        // Some of the addresses nginx uses have a listener, the refused one does not.
        QStringList missing, present;
        for (const EndpointMatch &e : match.endpoints)
            (e.listening() ? present : missing) << e.address;
        const Listener *other = otherAddress.isEmpty() ? nullptr : &otherAddress.first();
        f.cause = Cause::WrongUpstreamAddress;
        f.confidence = 0.85;
        f.severity = match.anyListening() ? Severity::Warning : Severity::Error;
        if (host == QLatin1String("localhost"))
            f.summary =
                tr("nginx resolves \"localhost\" to both ::1 and 127.0.0.1 and tries each, but the app "
                   "listens only on %1. Connections to %2 are refused, which fills the error log and, "
                   "under load or with keepalive, turns into 502s.")
                    .arg(present.isEmpty() && other ? other->address : present.join(QStringLiteral(", ")),
                         missing.join(QStringLiteral(", ")));
        else
            f.summary =
                tr("Nothing listens on %1, but the same port is open on %2%3: nginx points at the wrong "
                   "address, or the app is bound to the wrong interface.")
                    .arg(endpoint, other ? other->address : present.join(QStringLiteral(", ")),
                         other && !other->processNames().isEmpty() ? tr(" (%1)").arg(other->processNames())
                                                                   : QString());
        if (other)
            f.evidence << EvidenceOf::listener(*other, facts.ssTcp);
        // The address that does listen, written the way nginx wants it.
        const QString listening = present.isEmpty() && other ? other->address : present.value(0);
        const QString to = bracketed(listening) + QLatin1Char(':') + QString::number(port);
        const QString configured = isHostPort(label) ? label : endpoint;
        if (!listening.isEmpty())
            f.actions = ConfigEdits(facts).retarget(configured, to,
                                                    tr("connect to %1, where the app listens").arg(to));
        f.remedy = host == QLatin1String("localhost")
                       ? tr("Write the address the app listens on, %1, instead of \"localhost\".").arg(to)
                       : tr("Make nginx connect to %1, where the app listens (or bind the app to %2).")
                             .arg(to, host);
    } else if (!nearby.isEmpty()) {
        const Listener &n = nearby.first();
        f.cause = Cause::WrongUpstreamAddress;
        f.confidence = 0.7;
        f.severity = Severity::Error;
        f.summary =
            tr("Nothing listens on port %1, but %2 listens on port %3 right next to it: the port in the "
               "nginx config (or the app's) is probably wrong.")
                .arg(port)
                .arg(n.processNames().isEmpty() ? tr("a service") : n.processNames())
                .arg(n.port);
        f.evidence << EvidenceOf::listener(n, facts.ssTcp);
        const QString configured = isHostPort(label) ? label : endpoint;
        const QString to = bracketed(host) + QLatin1Char(':') + QString::number(n.port);
        f.actions = ConfigEdits(facts).retarget(
            configured, to,
            tr("use port %1, where %2 listens")
                .arg(n.port)
                .arg(n.processNames().isEmpty() ? tr("the app") : n.processNames()));
        f.remedy =
            tr("Use port %1 in nginx's configuration, where the app listens (or start the app on port %2).")
                .arg(n.port)
                .arg(port);
    } else {
        f.cause = Cause::UpstreamDown;
        f.confidence = 0.85;
        f.severity = Severity::Critical;
        f.summary = tr("Nothing listens on %1: the application server is not running (or crashed), so nginx "
                       "gets \"connection refused\" and answers 502.")
                        .arg(endpoint);
        f.evidence << EvidenceOf::command(facts.ssTcp, QStringLiteral("ss"),
                                          tr("no TCP listener for %1").arg(endpoint), endpoint);
        f.remedy = tr("Start the application server behind %1 and make sure it stays up. How it is started "
                      "here (a service, a process manager, a container) is not something nginx's side shows.")
                       .arg(label);
    }
    verdict.finding = withStepsOfCause(f);
    return verdict;
}

} // namespace gd
