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
        } else if (const QList<AppCandidate> apps =
                       AppAddressCandidates(facts, parsed).fitting(endpoint, label);
                   apps.size() == 1) {
            pointAtApp(f, facts, endpoint, endpoint, apps.first());
        } else {
            f.cause = Cause::UpstreamDown;
            f.confidence = 0.85;
            f.severity = Severity::Critical;
            f.summary = tr("Nothing listens on the unix socket %1: the service behind it is stopped, or it "
                           "listens somewhere else.")
                            .arg(path);
            f.evidence << EvidenceOf::command(facts.ssUnix, QStringLiteral("ss"),
                                              tr("no unix socket listening at %1").arg(path), path);
            if (apps.size() > 1) {
                f.summary += QLatin1Char(' ') + listOf(apps);
                for (const AppCandidate &a : apps)
                    f.evidence << EvidenceOf::listener(
                        a.listener, a.listener.kind == Listener::Kind::Unix ? facts.ssUnix : facts.ssTcp);
            }
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
    // A nearby port counts when its listener could be the app: not nginx, sshd or a
    // database, and not where another upstream already sends its requests.
    const AppAddressCandidates candidates(facts, parsed);
    const ProcessTable *ps = parsed.processes ? &*parsed.processes : nullptr;
    QList<Listener> nearby;
    for (const Listener &l : parsed.listeners.nearbyPorts(port, 10)) {
        if (l.port != port && !isInfrastructure(l) && !candidates.referenced(l) &&
            AppProcess::ofListener(l, ps).role != AppProcess::Role::Database)
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
    } else if (const QList<AppCandidate> apps = candidates.fitting(endpoint, label); apps.size() == 1) {
        pointAtApp(f, facts, isHostPort(label) ? label : endpoint, endpoint, apps.first());
    } else {
        f.cause = Cause::UpstreamDown;
        f.confidence = 0.85;
        f.severity = Severity::Critical;
        f.summary = tr("Nothing listens on %1: the application server is not running (or crashed), so nginx "
                       "gets \"connection refused\" and answers 502.")
                        .arg(endpoint);
        f.evidence << EvidenceOf::command(facts.ssTcp, QStringLiteral("ss"),
                                          tr("no TCP listener for %1").arg(endpoint), endpoint);
        if (apps.size() > 1) {
            // Several apps listen where no upstream points: which one was meant is a guess.
            f.summary += QLatin1Char(' ') + listOf(apps);
            for (const AppCandidate &a : apps)
                f.evidence << EvidenceOf::listener(
                    a.listener, a.listener.kind == Listener::Kind::Unix ? facts.ssUnix : facts.ssTcp);
        }
        f.remedy = tr("Start the application server behind %1 and make sure it stays up. How it is started "
                      "here (a service, a process manager, a container) is not something nginx's side shows.")
                       .arg(label);
    }
    verdict.finding = withStepsOfCause(f);
    return verdict;
}

void UpstreamAddressJudge::pointAtApp(Finding &f, const Facts &facts, const QString &configured,
                                      const QString &wanted, const AppCandidate &app)
{
    const QString where = app.address.startsWith(QLatin1String("unix:")) ? app.address.mid(5) : app.address;
    const QString nowhere = wanted.startsWith(QLatin1String("unix:")) ? wanted.mid(5) : wanted;
    f.cause = Cause::WrongUpstreamAddress;
    f.confidence = 0.7;
    f.severity = Severity::Error;
    f.summary = tr("Nothing listens on %1, where nginx sends requests, but %2 listens on %3, an address no "
                   "upstream in nginx's configuration uses: nginx most likely points at the wrong address.")
                    .arg(nowhere, app.app.name, where);
    f.evidence << EvidenceOf::listener(app.listener, app.listener.kind == Listener::Kind::Unix ? facts.ssUnix
                                                                                               : facts.ssTcp);
    if (const Evidence ps = psEvidence(facts, app); !ps.excerpt.isEmpty())
        f.evidence << ps;
    f.actions = ConfigEdits(facts).retarget(configured, app.address,
                                            tr("connect to %1, where %2 listens").arg(where, app.app.name));
    f.remedy = tr("Point nginx at %1, where %2 really listens (or make the app listen on %3).")
                   .arg(where, app.app.name, nowhere);
}

QString UpstreamAddressJudge::listOf(const QList<AppCandidate> &apps)
{
    auto place = [](const AppCandidate &a) {
        return a.address.startsWith(QLatin1String("unix:")) ? a.address.mid(5) : a.address;
    };
    QStringList rest;
    for (const AppCandidate &a : apps.mid(1, apps.size() - 2))
        rest << tr("%1 on %2").arg(a.app.name, place(a));
    QString text = tr("%1 listens on %2").arg(apps.first().app.name, place(apps.first()));
    if (!rest.isEmpty())
        text += QStringLiteral(", ") + rest.join(QStringLiteral(", "));
    if (apps.size() > 1)
        text += tr(" and %1 on %2").arg(apps.last().app.name, place(apps.last()));
    return apps.size() == 2
               ? tr("%1; neither is used by nginx's configuration, so which one was meant is not "
                    "clear.")
                     .arg(text)
               : tr("%1; none of them is used by nginx's configuration, so which one was meant is "
                    "not clear.")
                     .arg(text);
}

Evidence UpstreamAddressJudge::psEvidence(const Facts &facts, const AppCandidate &app)
{
    const QString line = AppAddressCandidates::psLine(facts, app.app.pid);
    if (line.isEmpty())
        return {};
    Evidence e = EvidenceOf::command(facts.processes, QStringLiteral("ps"), line);
    // The bind option, when the command line names the address (gunicorn --bind, uwsgi --socket).
    e.highlight(app.listener.kind == Listener::Kind::Unix ? app.listener.path : app.address);
    return e;
}

} // namespace gd
