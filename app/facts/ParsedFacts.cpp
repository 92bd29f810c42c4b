#include "app/facts/ParsedFacts.h"

#include "app/facts/PhpFpmPoolFiles.h"
#include "app/facts/ProbeCommands.h"
#include "app/logs/AppLogEvents.h"
#include "app/logs/ErrorLogLine.h"
#include "app/probes/FastCgiProbe.h"
#include "app/probes/IpAddress.h"
#include "app/probes/ProbeOutput.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gd {

namespace {

EndpointProbe::Outcome endpointOutcome(HttpProbeResult::Outcome outcome)
{
    using O = HttpProbeResult::Outcome;
    switch (outcome) {
    case O::HttpResponse:
        return EndpointProbe::Outcome::Answered;
    case O::Refused:
        return EndpointProbe::Outcome::Refused;
    case O::ConnectTimeout:
        return EndpointProbe::Outcome::Timeout;
    case O::ResponseTimeout:
        return EndpointProbe::Outcome::Connected; // connected, slow answer
    case O::NoRoute:
    case O::NetworkUnreachable:
        return EndpointProbe::Outcome::NoRoute;
    case O::SocketMissing:
        return EndpointProbe::Outcome::Missing;
    case O::SocketPermissionDenied:
    case O::ConnectPermissionDenied:
        return EndpointProbe::Outcome::PermissionDenied;
    case O::EmptyReply:
        return EndpointProbe::Outcome::Closed;
    case O::Reset:
        return EndpointProbe::Outcome::Reset;
    case O::DnsFailure:
        return EndpointProbe::Outcome::DnsFailure;
    default:
        return EndpointProbe::Outcome::Error;
    }
}

// ProbeCommands::tcpConnect: bash /dev/tcp under timeout (or curl telnet).
void readTcpConnect(EndpointProbe &p, const CommandResult &r)
{
    const QString err = localText(r.stdErr).trimmed();
    p.evidence = err.section(QLatin1Char('\n'), -1);
    if (r.exitCode == 0)
        p.outcome = EndpointProbe::Outcome::Connected;
    else if (err.contains(QLatin1String("Connection refused")) ||
             err.contains(QLatin1String("Couldn't connect")))
        p.outcome = EndpointProbe::Outcome::Refused;
    else if (r.exitCode == 124 || r.exitCode == 28)
        p.outcome = EndpointProbe::Outcome::Timeout;
    else if (err.contains(QLatin1String("No route to host")) ||
             err.contains(QLatin1String("Network is unreachable")))
        p.outcome = EndpointProbe::Outcome::NoRoute;
    else if (err.contains(QLatin1String("Permission denied")))
        p.outcome = EndpointProbe::Outcome::PermissionDenied;
    else if (err.contains(QLatin1String("Name or service not known")) ||
             err.contains(QLatin1String("resolve")))
        p.outcome = EndpointProbe::Outcome::DnsFailure;
}

EndpointProbe::Outcome fastCgiOutcome(FastCgiProbeResult::Outcome outcome)
{
    using O = FastCgiProbeResult::Outcome;
    switch (outcome) {
    case O::Answered:
        return EndpointProbe::Outcome::Answered;
    case O::Refused:
        return EndpointProbe::Outcome::Refused;
    case O::SocketMissing:
        return EndpointProbe::Outcome::Missing;
    case O::PermissionDenied:
        return EndpointProbe::Outcome::PermissionDenied;
    case O::NoRoute:
        return EndpointProbe::Outcome::NoRoute;
    case O::Timeout:
        return EndpointProbe::Outcome::Timeout;
    case O::Closed:
        return EndpointProbe::Outcome::Closed;
    case O::Reset:
        return EndpointProbe::Outcome::Reset;
    case O::NotFastCgi:
        return EndpointProbe::Outcome::WrongProtocol;
    case O::Connected:
        return EndpointProbe::Outcome::Connected;
    case O::NoClient:
    case O::OtherError:
        break;
    }
    return EndpointProbe::Outcome::Error;
}

// ProbeCommands::asUser's "gd-as=USER" line: who the probe ran as.
QString probeUser(const CommandResult &r)
{
    static const QRegularExpression as(QStringLiteral("^gd-as=(\\S+)$"), QRegularExpression::MultilineOption);
    return as.match(localText(r.stdErr.left(4096))).captured(1);
}

// `tcpOnly`: the command is ProbeCommands::tcpConnect whatever its text says (its
// script names curl as the fallback).
EndpointProbe probeFrom(const QString &endpoint, const CommandResult &r, bool tcpOnly = false)
{
    EndpointProbe p;
    p.endpoint = endpoint;
    p.command = r;
    if (!r.ran()) {
        p.outcome = EndpointProbe::Outcome::Error;
        p.evidence = r.error.message();
        return p;
    }
    p.asUser = probeUser(r);
    if (r.stdOut.contains("gd-fcgi\n")) { // FastCgiProbe (its fallback names /dev/tcp too)
        p.fastCgi = true;
        const ProbeResult<FastCgiProbeResult> f = FastCgiProbe::parse(ProbeOutput::from(r));
        if (!f) {
            p.evidence = f.error().message();
            return p;
        }
        p.outcome = fastCgiOutcome(f->outcome);
        p.httpCode = f->status;
        p.evidence = f->evidence;
        return p;
    }
    // tcpConnect's script names curl too (its fallback): /dev/tcp tells it apart.
    const bool isCurl =
        !r.commandLine.contains(QLatin1String("/dev/tcp/")) &&
        (r.commandLine.startsWith(QLatin1String("curl")) || r.commandLine.contains(QLatin1String(" curl ")));
    if (!isCurl || tcpOnly) {
        readTcpConnect(p, r);
        return p;
    }
    const ProbeResult<HttpProbeResult> http = HttpProbe::parse(ProbeOutput::from(r));
    if (!http) {
        p.evidence = http.error().message();
        return p;
    }
    p.httpCode = http->httpCode;
    p.seconds = http->timeTotal;
    // curl's time_connect is 0 when no connection came up.
    p.connectSeconds = http->timeConnect > 0 ? http->timeConnect : -1;
    p.firstByteSeconds = http->timeStartTransfer;
    p.headerBytes = http->headerBytes;
    p.evidence = http->evidence.isEmpty() ? http->errorMessage : http->evidence;
    p.outcome = endpointOutcome(http->outcome);
    return p;
}

// Listening sockets: ss, else /proc/net.
void parseListeners(const Facts &facts, ParsedFacts &p)
{
    if (ProbeResult<QList<Listener>> tcp = ListeningSockets::parseSsTcp(ProbeOutput::from(facts.ssTcp))) {
        p.listeners.add(*tcp);
        p.listenersKnown = true;
        for (const Listener &l : *tcp)
            p.listenerProcessesKnown = p.listenerProcessesKnown || !l.processes.isEmpty();
        if (ProbeResult<QList<Listener>> unix =
                ListeningSockets::parseSsUnix(ProbeOutput::from(facts.ssUnix)))
            p.listeners.add(*unix);
    } else if (!facts.procNet.isEmpty()) {
        for (auto it = facts.procNet.begin(); it != facts.procNet.end(); ++it) {
            const ProbeOutput out = ProbeOutput::from(it.value());
            ProbeResult<QList<Listener>> parsed =
                it.key().endsWith(QLatin1String("unix"))
                    ? ListeningSockets::parseProcNetUnix(out)
                    : ListeningSockets::parseProcNetTcp(out, it.key().endsWith(QLatin1Char('6')));
            if (parsed) {
                p.listeners.add(*parsed);
                p.listenersKnown = true;
            }
        }
    } else {
        p.listenersProblem = facts.ssTcp.ran() ? tcp.error().message() : facts.ssTcp.error.message();
    }
}

// One error log, classified.
ParsedLog parseErrorLog(const Facts &facts, const LogTail &log)
{
    ParsedLog parsed;
    parsed.path = log.path;
    parsed.error = log.error;
    parsed.neededRoot = log.neededRoot;
    if (!log.tail)
        return parsed;
    ErrorLogSummary summary(3);
    // nginx writes the server's local wall-clock time: cut relative to the
    // server's clock (read in the same format), ours only as a fallback.
    const QByteArray now = facts.clock.stdOut.trimmed();
    if (const std::optional<qint64> serverNow = ErrorLogLine::naiveTimeAt(now.constData(), now.size()))
        summary.setNotBeforeNaive(*serverNow - facts.sinceSeconds);
    else
        summary.setNotBefore(QDateTime::currentDateTime().addSecs(-facts.sinceSeconds));
    summary.addChunk(log.tail->data, log.tail->offset);
    parsed.groups = summary.groups();
    parsed.lines = summary.lineCount();
    parsed.bytesRead = log.tail->data.size();
    parsed.fileSize = log.tail->fileSize;
    return parsed;
}

// resolv.conf and the direct DNS queries (Facts::dnsQueryKey).
void parseResolvers(const Facts &facts, ParsedFacts &p)
{
    if (!facts.resolvConf.commandLine.isEmpty()) { // read at all (only when a name is resolved at run time)
        if (ProbeResult<ResolvConfServers> r = ResolvConf::parse(ProbeOutput::from(facts.resolvConf)))
            p.resolvConf = *r;
        else
            p.resolvConfProblem =
                facts.resolvConf.ran() ? r.error().message() : facts.resolvConf.error.message();
    }
    static const QRegularExpression key(QStringLiteral("^\\[?([0-9A-Fa-f:.]+?)\\]?:(\\d+) (\\S+)$"));
    for (auto it = facts.dnsQueries.begin(); it != facts.dnsQueries.end(); ++it) {
        const QRegularExpressionMatch m = key.match(it.key());
        if (!m.hasMatch())
            continue;
        const ProbeResult<DnsQueryAnswer> a = DnsQuery::parse(m.captured(1), quint16(m.captured(2).toUInt()),
                                                              m.captured(3), ProbeOutput::from(it.value()));
        if (a)
            p.dnsQueries.insert(it.key(), *a);
        else
            p.dnsQueryProblems.insert(it.key(),
                                      it.value().ran() ? a.error().message() : it.value().error.message());
    }
}

// The direct probes of the upstreams, the request through nginx, and DNS.
void parseProbes(const Facts &facts, ParsedFacts &p)
{
    for (auto it = facts.directProbes.begin(); it != facts.directProbes.end(); ++it)
        p.probes.insert(it.key(), probeFrom(it.key(), it.value()));
    for (auto it = facts.urlProbes.begin(); it != facts.urlProbes.end(); ++it)
        p.urlProbes.insert(it.key(), probeFrom(it.key(), it.value()));
    if (!facts.failingUrl.isEmpty()) {
        if (ProbeResult<HttpProbeResult> r = HttpProbe::parse(ProbeOutput::from(facts.probeThroughNginx)))
            p.throughNginx = *r;
        else
            p.throughNginxProblem =
                facts.probeThroughNginx.ran() ? r.error().message() : facts.probeThroughNginx.error.message();
    }
    for (auto it = facts.dns.begin(); it != facts.dns.end(); ++it) {
        if (ProbeResult<DnsAnswer> a = DnsLookup::parse(it.key(), ProbeOutput::from(it.value())))
            p.dns.insert(it.key(), *a);
    }
    parseResolvers(facts, p);
}

// Which systemd unit each process belongs to, and the units' states.
void parseUnits(const Facts &facts, ParsedFacts &p)
{
    p.systemdRunning = facts.serviceManager.stdOut.trimmed() == "systemd";
    for (auto it = facts.cgroups.begin(); it != facts.cgroups.end(); ++it) {
        const QString unit = ProcessTable::unitFromCgroup(it.value().stdOut);
        if (!unit.isEmpty())
            p.unitOfPid.insert(it.key().toLongLong(), unit);
    }
    for (auto it = facts.units.begin(); it != facts.units.end(); ++it) {
        const ProbeOutput out = ProbeOutput::from(it.value());
        if (SystemdUnitState::noSystemd(out)) {
            p.systemdMissing = true;
            continue;
        }
        if (ProbeResult<SystemdUnit> unit = SystemdUnitState::parseShow(out))
            p.units.insert(it.key(), *unit);
    }
}

// PHP-FPM pools: the files, as "==> path <==" sections.
void parsePhpFpmPools(const CommandResult &pools, PhpFpmPoolConfig &config)
{
    for (const auto &[path, text] : phpFpmPoolFiles(pools.stdOut))
        config.addFile(path, text);
}

// The php-fpm log lines and kernel OOM kills worth citing.
void parseServiceLogLines(const Facts &facts, ParsedFacts &p)
{
    for (const LogTail &log : facts.phpFpmLogs) {
        for (const QByteArray &line : log.tail->data.split('\n')) {
            if (std::optional<PhpFpmLogLine> e = PhpFpmLogLine::parse(line);
                e && e->event() != PhpFpmLogLine::Event::Other)
                p.phpFpmEvents.append({CitedLine{QStringLiteral("php-fpm log"), log.path, line}, *e});
        }
    }
    for (const QByteArray &line : facts.kernelLog.stdOut.split('\n')) {
        if (std::optional<KernelOomLine> k = KernelOomLine::parse(line))
            p.oomKills.append({CitedLine{QStringLiteral("kernel log"), QString(), line}, *k});
    }
}

// What an app server's log says (its file's tail, or its unit's journal), in the
// checks' terms; times kept as written, like nginx's (the two logs are compared so).
QList<AppEvent> appEvents(const QByteArray &text, bool journal)
{
    QList<AppEvent> out;
    for (const AppLogEvent &e : AppLogEvents::scan(text)) {
        AppEvent a;
        switch (e.event) {
        case AppLogLine::Event::WorkerTimeout:
            a.kind = AppEvent::Kind::WorkerTimeout;
            break;
        case AppLogLine::Event::WorkerKilled:
            a.kind = AppEvent::Kind::WorkerKilled;
            break;
        case AppLogLine::Event::WorkerExited:
            a.kind = AppEvent::Kind::WorkerExited;
            break;
        case AppLogLine::Event::WorkerBoot:
            a.kind = AppEvent::Kind::Boot;
            break;
        case AppLogLine::Event::Exception:
            a.kind = AppEvent::Kind::Exception;
            break;
        case AppLogLine::Event::ProcessExit:
            a.kind = AppEvent::Kind::ProcessExit;
            break;
        case AppLogLine::Event::InvalidRequestBlock:
            a.kind = AppEvent::Kind::InvalidRequestBlock;
            break;
        case AppLogLine::Event::ListenQueueFull:
            a.kind = AppEvent::Kind::ListenQueueFull;
            break;
        default:
            continue; // php-fpm's pool lines are read with its pools
        }
        if (e.timeStamp.isValid())
            a.time = ErrorLogLine::dateTimeOfNaive(e.timeStamp.naiveMSecs / 1000);
        a.workerPid = qMax<qint64>(0, e.workerPid);
        a.signal = qMax(0, e.signal);
        a.detail = e.detail;
        a.line = e.text.toUtf8();
        a.span = e.span.isValid() ? int(utf8Text(a.line.left(e.span.offset)).size()) : 0;
        a.fromJournal = journal;
        out << a;
    }
    return out;
}

// A time as written (the machine's wall clock), in the form ErrorLogLine gives
// nginx's: the two logs are compared as written.
QDateTime wallClock(const QDateTime &written)
{
    if (!written.isValid())
        return QDateTime();
    return ErrorLogLine::dateTimeOfNaive(
        QDateTime(written.date(), written.time(), Qt::UTC).toSecsSinceEpoch());
}

// The sockets a process owns (ss lists every process holding one).
QList<Listener> listenersOwnedBy(const ListeningSockets &sockets, qint64 pid)
{
    QList<Listener> owned;
    for (const Listener &l : sockets.listeners()) {
        if (std::any_of(l.processes.begin(), l.processes.end(),
                        [pid](const SocketProcess &owner) { return owner.pid == pid; }))
            owned << l;
    }
    return owned;
}

// An app server's config files as read: path -> text.
QMap<QString, QByteArray> configTexts(const AppServerFacts &raw)
{
    QMap<QString, QByteArray> texts;
    for (auto c = raw.configs.begin(); c != raw.configs.end(); ++c)
        texts.insert(c.key(), c->stdOut);
    return texts;
}

// PHP-FPM's masters, told like the other app servers: their sockets and what
// their log says (its lines are parsed already, for the pool checks).
void parsePhpFpmServers(const Facts &facts, ParsedFacts &p)
{
    if (!p.processes)
        return;
    for (const PhpFpmInstance &fpm : p.processes->phpFpm()) {
        ParsedAppServer a;
        a.pid = fpm.master.pid;
        const AppServerFacts raw = facts.appServers.value(QString::number(a.pid));
        a.settings = AppServerSettings::read(fpm.master.argv, QByteArray(), configTexts(raw));
        a.settings.kind = AppServerSettings::Kind::PhpFpm;
        a.settings.name = QStringLiteral("php-fpm");
        a.links = ProcessLinks::parse(raw.links.stdOut);
        a.unit = p.unitOfPid.value(a.pid);
        // Its own error_log, or where its stderr goes, when it was read as an app server.
        if (!raw.links.stdOut.isEmpty() || a.settings.logFile) {
            const AppLogLocation where = AppLogLocation::of(a.pid, a.settings, a.links, a.unit);
            if (where.kind != AppLogLocation::Kind::None)
                a.log = where;
            if (raw.log && !raw.log->tail)
                a.logProblem = raw.log->error.message();
        }
        a.listeners = listenersOwnedBy(p.listeners, a.pid);
        // Its log when its settings did not say: the php-fpm log read, when only one was
        // (with several, which master writes which is not known here).
        QStringList logsRead;
        for (const LogTail &log : facts.phpFpmLogs) {
            if (log.tail && !logsRead.contains(log.path))
                logsRead << log.path;
        }
        if (a.log.path.isEmpty() && a.log.kind == AppLogLocation::Kind::None && logsRead.size() == 1) {
            a.log.kind = AppLogLocation::Kind::File;
            a.log.found = AppLogLocation::Found::Setting;
            a.log.path = logsRead.first();
            a.log.how = QCoreApplication::translate("gd::AppLogLocation", "PHP-FPM's error_log");
        }
        for (const auto &[cited, line] : p.phpFpmEvents) {
            // Each master's events are its own log's: php7.4-fpm's crash is not php8.2-fpm's.
            if (cited.file != a.log.path)
                continue;
            AppEvent e;
            if (line.event() == PhpFpmLogLine::Event::ExecutionTimedOut)
                e.kind = AppEvent::Kind::WorkerTimeout;
            else if (line.event() == PhpFpmLogLine::Event::ChildExitedOnSignal)
                e.kind = AppEvent::Kind::WorkerKilled;
            else
                continue;
            e.time = wallClock(QLocale::c().toDateTime(line.time(), QStringLiteral("dd-MMM-yyyy HH:mm:ss")));
            e.workerPid = line.childPid();
            e.signal = line.signal();
            e.detail = line.message();
            e.line = cited.line;
            e.span = qMax(0, int(utf8Text(cited.line).indexOf(line.message())));
            a.events << e;
        }
        p.appServers << a;
    }
}

void parseAppServers(const Facts &facts, ParsedFacts &p)
{
    parsePhpFpmServers(facts, p);
    for (auto it = facts.appServers.begin(); it != facts.appServers.end(); ++it) {
        ParsedAppServer a;
        a.pid = it.key().toLongLong();
        QStringList argv = AppServerSettings::argvFromCmdline(it->cmdline.stdOut);
        if (argv.isEmpty() && p.processes) { // cmdline unreadable: what ps showed
            if (const ProcessInfo *info = p.processes->byPid(a.pid))
                argv = info->argv;
        }
        a.settings = AppServerSettings::read(argv, it->environ.stdOut, configTexts(*it));
        if (a.settings.kind == AppServerSettings::Kind::PhpFpm)
            continue; // told with its pools (parsePhpFpmServers)
        a.links = ProcessLinks::parse(it->links.stdOut);
        a.unit = p.unitOfPid.value(a.pid);
        a.listeners = listenersOwnedBy(p.listeners, a.pid);
        a.log = AppLogLocation::of(a.pid, a.settings, a.links, a.unit);
        if (a.log.kind == AppLogLocation::Kind::File && it->log) {
            if (it->log->tail)
                a.events = appEvents(it->log->tail->data, false);
            else
                a.logProblem = it->log->error.message();
        } else if (a.log.kind == AppLogLocation::Kind::Journal) {
            const CommandResult journal = facts.unitJournals.value(a.unit);
            if (journal.succeeded())
                a.events = appEvents(journal.stdOut, true);
            else if (journal.ran())
                a.logProblem = localText(journal.stdErr).trimmed();
        }
        p.appServers << a;
    }
}

void parseSecurity(const Facts &facts, ParsedFacts &p)
{
    if (ProbeResult<SelinuxState::Mode> mode =
            SelinuxState::parseGetenforce(ProbeOutput::from(facts.getenforce)))
        p.selinux = *mode;
    if (ProbeResult<std::optional<bool>> b = SelinuxState::parseGetsebool(
            ProbeOutput::from(facts.getsebool), QStringLiteral("httpd_can_network_connect")))
        p.httpdCanNetworkConnect = *b;
    p.ufw = FirewallState::parseUfw(ProbeOutput::from(facts.ufw));
    p.nft = FirewallState::parseNft(ProbeOutput::from(facts.nft));
    p.iptables = FirewallState::parseIptables(ProbeOutput::from(facts.iptables));
}

// Where the upstreams are, and the upstream hosts we logged in to.
void parseRemoteUpstreams(const Facts &facts, ParsedFacts &p)
{
    if (ProbeResult<HostAddressList> own = HostAddresses::parse(ProbeOutput::from(facts.hostAddresses)))
        p.hostAddresses = *own;
    for (auto it = facts.routes.begin(); it != facts.routes.end(); ++it) {
        if (ProbeResult<Route> r = RouteLookup::parse(it.key(), ProbeOutput::from(it.value())))
            p.routes.insert(it.key(), *r);
    }
    for (auto it = facts.hostProbes.begin(); it != facts.hostProbes.end(); ++it)
        p.hostProbes.insert(it.key(), probeFrom(ProbeCommands::endpoint(it.key(), 22), it.value(), true));
    for (const UpstreamHostFacts &h : facts.upstreamHosts) {
        ParsedUpstreamHost u;
        u.address = h.address;
        u.machine = h.machine;
        u.connectError = h.connectError;
        u.name = utf8Text(h.hostname.stdOut).trimmed();
        if (u.name.isEmpty() || !h.hostname.succeeded())
            u.name = h.machine.section(QLatin1Char('@'), -1).section(QLatin1Char(':'), 0, 0);
        if (ProbeResult<HostAddressList> own = HostAddresses::parse(ProbeOutput::from(h.addresses)))
            u.addresses = *own;
        if (ProbeResult<QList<Listener>> tcp = ListeningSockets::parseSsTcp(ProbeOutput::from(h.ssTcp))) {
            u.listeners.add(*tcp);
            u.listenersKnown = true;
        } else if (h.connected()) {
            u.listenersProblem = h.ssTcp.ran() ? tcp.error().message() : h.ssTcp.error.message();
        }
        for (auto c = h.cgroups.begin(); c != h.cgroups.end(); ++c) {
            const QString unit = ProcessTable::unitFromCgroup(c.value().stdOut);
            if (!unit.isEmpty())
                u.unitOfPid.insert(c.key().toLongLong(), unit);
        }
        for (auto c = h.units.begin(); c != h.units.end(); ++c) {
            if (ProbeResult<SystemdUnit> unit = SystemdUnitState::parseShow(ProbeOutput::from(c.value())))
                u.units.insert(c.key(), *unit);
        }
        u.nft = FirewallState::parseNft(ProbeOutput::from(h.nft));
        u.iptables = FirewallState::parseIptables(ProbeOutput::from(h.iptables));
        p.upstreamHosts.insert(h.address, u);
    }
}

// "uid=33(www-data) gid=33(www-data) groups=33(www-data),4(adm)"
void parseWorkerIdentity(const CommandResult &idCommand, ParsedFacts &p)
{
    const QString id = localText(idCommand.stdOut).trimmed();
    static const QRegularExpression name(QStringLiteral("\\(([^)]+)\\)"));
    QRegularExpressionMatchIterator names = name.globalMatch(id);
    int n = 0;
    while (names.hasNext()) {
        const QString value = names.next().captured(1);
        if (n++ == 0)
            p.workerUser = value;
        else if (!p.workerGroups.contains(value))
            p.workerGroups << value;
    }
}

} // namespace

ParsedFacts ParsedFacts::from(const Facts &facts)
{
    ParsedFacts p;
    p.processes = facts.processTable;
    p.nginx = facts.runningNginx();
    parseListeners(facts, p);
    for (const LogTail &log : facts.errorLogs)
        p.errorLogs.append(parseErrorLog(facts, log));
    if (facts.accessLog && facts.accessLog->tail) {
        AccessLogLatency latency(facts.accessLogFormat);
        latency.addData(facts.accessLog->tail->data);
        p.latency = latency;
    }
    parseProbes(facts, p);
    parseUnits(facts, p);
    parsePhpFpmPools(facts.phpFpmPools, p.pools);
    for (auto it = facts.phpFpmStatus.begin(); it != facts.phpFpmStatus.end(); ++it) {
        if (it.value().commandLine.isEmpty())
            continue; // never ran (an archive cut short)
        p.phpFpmStatus.insert(it.key(), {PhpFpmStatusProbe::read(ProbeOutput::from(it.value())), it.value(),
                                         probeUser(it.value())});
    }
    parseServiceLogLines(facts, p);
    parseAppServers(facts, p);
    parseSecurity(facts, p);
    parseWorkerIdentity(facts.workerIdentity, p);
    parseRemoteUpstreams(facts, p);
    return p;
}

QString ParsedAppServer::label() const
{
    return QStringLiteral("%1 (pid %2)").arg(settings.name).arg(pid);
}

QStringList ParsedFacts::remoteAddressesOf(const QString &host) const
{
    if (!hostAddresses || host.isEmpty() || host == QLatin1String("localhost"))
        return {};
    const QString bare = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))
                             ? host.mid(1, host.size() - 2)
                             : host;
    QStringList addresses = IpAddress::parse(bare) ? QStringList{bare} : addressesOf(bare);
    if (addresses.isEmpty())
        return {};
    for (const QString &a : addresses) {
        if (hostAddresses->isLocal(a))
            return {};
    }
    return addresses;
}

const ParsedUpstreamHost *ParsedFacts::upstreamHostFor(const QString &host) const
{
    for (const QString &key : QStringList{host} + remoteAddressesOf(host)) {
        auto it = upstreamHosts.constFind(key);
        if (it != upstreamHosts.constEnd())
            return &it.value();
    }
    return nullptr;
}

QStringList ParsedFacts::addressesOf(const QString &host) const
{
    if (dns.contains(host) && dns.value(host).found)
        return dns.value(host).addresses;
    if (host == QLatin1String("localhost")) // no lookup possible: nginx's usual answer
        return {QStringLiteral("::1"), QStringLiteral("127.0.0.1")};
    return {};
}

QString ParsedFacts::labelForPeer(const Facts &facts, const QString &peer)
{
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (t.endpoint() == peer)
            return t.endpoint();
        if (t.kind == UpstreamTarget::Kind::HostPort) {
            for (const QString &address : t.knownAddresses()) {
                if (ProbeCommands::endpoint(address, t.port) == peer)
                    return t.endpoint();
            }
        }
        if (t.kind == UpstreamTarget::Kind::UpstreamBlock) {
            if (const UpstreamBlock *block = facts.targets.blockFor(t)) {
                for (const UpstreamServer &s : block->servers) {
                    if (s.endpoint() == peer)
                        return s.endpoint();
                }
            }
        }
    }
    return peer;
}

} // namespace gd
