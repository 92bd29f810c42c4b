#include "app/facts/FactCollector.h"

#include "app/config/LocationMatcher.h"
#include "app/config/ResolverDirective.h"
#include "app/config/UpstreamPlace.h"
#include "app/config/UpstreamRequestUri.h"
#include "app/facts/AppLogLocation.h"
#include "app/facts/NginxTestFiles.h"
#include "app/facts/PhpFpmStatusTargets.h"
#include "app/facts/ProbeCommands.h"
#include "app/facts/RuntimeNames.h"
#include "app/model/Log.h"
#include "app/probes/AppProcess.h"
#include "app/probes/AppServerSettings.h"
#include "app/probes/ChildProcessMemory.h"
#include "app/probes/ConfigLoadTimes.h"
#include "app/probes/DnsLookup.h"
#include "app/probes/DnsQuery.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HostAddresses.h"
#include "app/probes/IpAddress.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/MemInfo.h"
#include "app/probes/NginxLocator.h"
#include "app/probes/ProbeOutput.h"
#include "app/probes/ProcessLinks.h"
#include "app/probes/ProcessTable.h"
#include "app/probes/ResolvConf.h"
#include "app/probes/RouteLookup.h"
#include "app/probes/SelinuxState.h"
#include "app/probes/SystemdUnitState.h"
#include "remote/ByteText.h"
#include "remote/FileAccess.h"
#include "remote/Machine.h"

#include <QRegularExpression>
#include <QSet>

namespace gd {

namespace {

// Prints files (include globs expanded by this shell, each file once) in the
// shape of `nginx -T`, so the same parser reads them. An empty IFS keeps paths
// with blanks whole while globs still expand.
const QString kCatConfigScript = QStringLiteral(
    "IFS=''; seen=''; for p in \"$@\"; do for f in $p; do [ -f \"$f\" ] || continue; "
    "case \"$seen\" in *\"|$f|\"*) continue;; esac; seen=\"$seen|$f|\"; "
    "printf '# configuration file %s:\\n' \"$f\"; cat -- \"$f\"; printf '\\n'; done; done; exit 0");

// While every child is busy the status request waits in the queue like any other:
// a short limit, and the wait itself is the finding.
constexpr int kStatusTimeoutSec = 3;

bool isRootUnavailable(const RemoteError &error)
{
    switch (error.kind()) {
    case RemoteError::Kind::SudoPasswordNeeded:
    case RemoteError::Kind::SudoWrongPassword:
    case RemoteError::Kind::SudoRequiresTty:
    case RemoteError::Kind::SudoNotAllowed:
    case RemoteError::Kind::SudoMissing:
    case RemoteError::Kind::PrivilegeRequired:
        return true;
    default:
        return false;
    }
}

// What the machine gave us is not a config we can read: for the diagnosis that is
// a failure to read the machine's config, like an unreadable file.
RemoteError unreadable(const ConfigError &error)
{
    return RemoteError(RemoteError::Kind::ProtocolError, error.message(), error.detail());
}

} // namespace

FactCollector::FactCollector(Machine *machine, DiagnosisOptions options, Facts *facts, QObject *parent)
    : QObject(parent), m_machine(machine), m_options(std::move(options)), m_facts(facts)
{
}

void FactCollector::start()
{
    m_facts->failingUrl = m_options.url;
    m_facts->sinceSeconds = m_options.sinceSeconds;
    m_facts->liveWindowSeconds = m_options.liveWindowSeconds;
    locateNginx();
}

void FactCollector::run(const CommandSpec &spec, std::function<void(const CommandResult &)> onResult,
                        bool preferRoot)
{
    if (!m_machine)
        return;
    addWork();
    CommandSpec first = spec;
    const bool tryRoot = preferRoot && !m_machine->isRoot();
    if (tryRoot)
        first.privilege = Privilege::Root;
    m_machine->run(first, this, [this, spec, tryRoot, onResult](const CommandResult &result) {
        m_facts->transcript.append(result);
        if (tryRoot && isRootUnavailable(result.error)) {
            // Root is not to be had without asking: do what the user may do.
            m_machine->run(spec, this, [this, onResult](const CommandResult &plain) {
                m_facts->transcript.append(plain);
                onResult(plain);
                workDone();
            });
            return;
        }
        onResult(result);
        workDone();
    });
}

void FactCollector::tail(const QString &path, qint64 bytes, std::function<void(LogTail)> onTail)
{
    // The same script FileAccess uses, through run() so that it is recorded and
    // tried as root first (logs are often root:adm 0640).
    addWork();
    auto files = std::make_shared<FileAccess>(m_machine);
    const bool tryRoot = !m_machine->isRoot();
    auto finish = [this, path, onTail, files](const Result<FileTail> &result, bool asRoot) {
        LogTail t;
        t.path = path;
        t.neededRoot = asRoot;
        if (result)
            t.tail = *result;
        else
            t.error = result.error();
        onTail(t);
        workDone();
    };
    files->tail(path, bytes, 0, tryRoot ? Privilege::Root : Privilege::User, this,
                [this, path, bytes, tryRoot, files, finish](const Result<FileTail> &result) {
                    if (tryRoot && !result && isRootUnavailable(result.error())) {
                        files->tail(path, bytes, 0, Privilege::User, this,
                                    [finish](const Result<FileTail> &plain) { finish(plain, false); });
                        return;
                    }
                    finish(result, tryRoot);
                });
}

void FactCollector::beginWave(Done then)
{
    if (m_clock.isValid())
        qCDebug(lcFacts) << "wave done after" << m_clock.elapsed() << "ms," << m_facts->transcript.size()
                         << "commands so far";
    else
        m_clock.start();
    m_then = std::move(then);
    m_pending = 1; // held until the wave has been set up
}

void FactCollector::workDone()
{
    if (--m_pending > 0 || !m_then)
        return;
    Done then = std::move(m_then);
    m_then = nullptr;
    if (m_cancelled) {
        emit failed(RemoteError(RemoteError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    then();
}

void FactCollector::locateNginx()
{
    emit progress(tr("Looking for nginx"));
    beginWave([this] { dumpConfig(); });
    const CommandSpec locate = NginxLocator::command(m_options.nginxBinary, NginxLocator::Version::Full);
    run(locate, [this](const CommandResult &r) {
        m_facts->locate = r;
        if (!r.succeeded())
            return;
        m_facts->nginxBinary = localText(r.stdOut.trimmed());
        static const QRegularExpression version(QStringLiteral("nginx version: [^/\\s]+/(\\S+)"));
        const QString text = localText(r.stdErr);
        m_facts->nginxVersion = version.match(text).captured(1);
        const int configure = text.indexOf(QLatin1String("configure arguments:"));
        if (configure >= 0)
            m_facts->configureArguments = text.mid(configure + 20).section(QLatin1Char('\n'), 0, 0).trimmed();
    });
    run(ProbeCommands::of(ProcessTable::command()), [this](const CommandResult &r) {
        m_facts->processes = r;
        if (ProbeResult<ProcessTable> table = ProcessTable::parse(ProbeOutput::from(r)))
            m_facts->processTable = *table;
    });
    run(ProbeCommands::serviceManager(), [this](const CommandResult &r) { m_facts->serviceManager = r; });
    // Which upstream addresses are this machine's own (see probeRemoteAddress).
    run(ProbeCommands::of(HostAddresses::command()),
        [this](const CommandResult &r) { m_facts->hostAddresses = r; });
    run(ProbeCommands::of({QStringLiteral("hostname")}),
        [this](const CommandResult &r) { m_facts->hostName = r; });
    // nginx logs the server's local wall-clock time: "--since" counts from its clock, not ours.
    run(ProbeCommands::of({QStringLiteral("date"), QStringLiteral("+%Y/%m/%d %H:%M:%S")}),
        [this](const CommandResult &r) { m_facts->clock = r; });
    workDone();
}

void FactCollector::dumpConfig()
{
    const CommandResult &locate = m_facts->locate;
    if (!locate.succeeded()) {
        emit failed(locate.ran() ? nginxMissing() : locate.error);
        return;
    }
    chooseConfigFile();

    emit progress(tr("Reading the nginx configuration"));
    // nginx -T creates the pid file, log files and temp folders the configuration
    // names when they are missing (NginxTestFiles). The files first, to know which
    // of those paths are missing before it runs.
    beginWave([this] { findMissingTestFiles(); });
    readConfigFiles({m_facts->confPath}, 0);
    workDone();
}

void FactCollector::findMissingTestFiles()
{
    beginWave([this] { runConfigDump(); });
    const QStringList paths = NginxTestFiles::candidates(m_facts->config ? &*m_facts->config : nullptr,
                                                         m_facts->prefix, m_facts->configureArguments);
    run(
        ProbeCommands::of(NginxTestFiles::missingCommand(paths)),
        [this](const CommandResult &r) {
            m_missingBeforeDump = r.succeeded() ? NginxTestFiles::missing(r.stdOut) : QStringList();
        },
        true);
    workDone();
}

void FactCollector::runConfigDump()
{
    beginWave([this] { collectAroundConfig(); });
    QStringList argv{m_facts->nginxBinary, QStringLiteral("-T")};
    if (!m_facts->prefix.isEmpty())
        argv << QStringLiteral("-p") << m_facts->prefix;
    argv << QStringLiteral("-c") << m_facts->confPath;
    run(
        CommandSpec::of(argv, 30000),
        [this](const CommandResult &r) {
            onConfigDump(r);
            // What it created: the transcript says so ("nginx -T created PATH").
            if (r.ran() && !m_missingBeforeDump.isEmpty())
                run(
                    ProbeCommands::of(NginxTestFiles::createdCommand(m_missingBeforeDump)),
                    [](const CommandResult &) {}, true);
        },
        true);
    workDone();
}

RemoteError FactCollector::nginxMissing() const
{
    const QString machine = m_machine ? m_machine->displayName() : QString();
    return RemoteError(RemoteError::Kind::StartFailed,
                       m_options.nginxBinary.isEmpty()
                           ? tr("nginx is not installed on %1 (not in PATH, /usr/sbin, /usr/local/sbin or "
                                "/usr/local/nginx/sbin). "
                                "If it lives elsewhere, give its path with --nginx.")
                                 .arg(machine)
                           : tr("%1 is not an executable nginx on %2.").arg(m_options.nginxBinary, machine),
                       localText(m_facts->locate.stdErr.trimmed()));
}

// Which config: the one asked for, else the running master's -c, else nginx -V's.
// Sets m_facts->confPath and prefix.
void FactCollector::chooseConfigFile()
{
    const QStringList configure = m_facts->configureArguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString conf = m_options.configFile;
    QString prefix;
    if (m_facts->processTable) {
        for (const NginxInstance &instance : m_facts->processTable->nginx()) {
            const QString masterConf = Facts::absolutePath(instance.prefix, instance.confPath);
            if (conf.isEmpty() || masterConf == conf) {
                prefix = instance.prefix;
                if (conf.isEmpty() && !instance.confPath.isEmpty())
                    conf = masterConf;
                break;
            }
        }
    }
    auto configureValue = [&](const QString &name) {
        for (const QString &word : configure) {
            if (word.startsWith(name + QLatin1Char('=')))
                return word.mid(name.size() + 1);
        }
        return QString();
    };
    if (prefix.isEmpty())
        prefix = configureValue(QStringLiteral("--prefix"));
    if (conf.isEmpty())
        conf = Facts::absolutePath(prefix, configureValue(QStringLiteral("--conf-path")));
    if (conf.isEmpty())
        conf = Facts::absolutePath(prefix, QStringLiteral("conf/nginx.conf"));
    m_facts->confPath = conf;
    m_facts->prefix = prefix;
}

void FactCollector::onConfigDump(const CommandResult &r)
{
    m_facts->dumpCommand = r;
    m_facts->dumpNeededRoot = r.commandLine.startsWith(QLatin1String("sudo "));
    if (r.succeeded()) {
        Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(utf8Text(r.stdOut));
        if (config) {
            m_facts->config = *config;
            m_facts->configError = RemoteError(); // the files' own read may have failed
        } else {
            m_facts->configError = unreadable(config.error());
        }
    } else if (r.ran() && !m_machine->isRoot() && r.stdErr.contains("(13: Permission denied)") &&
               !r.stdErr.contains("unknown directive")) {
        // Not an invalid config: nginx -T opens its pid and log files, which
        // needs root. Read the files themselves instead.
        m_facts->dumpNeedsRoot = true;
        if (!m_facts->config)
            readConfigFiles({m_facts->confPath}, 0);
    } else if (r.ran()) {
        m_facts->configError = RemoteError(RemoteError::Kind::IoError,
                                           tr("nginx -T failed: the configuration is invalid or unreadable."),
                                           localText(r.stdErr.trimmed()));
        // The files as they are on disk (read before nginx -T ran): the running
        // nginx may still use them (a broken edit not yet reloaded), and the
        // repair names their lines.
        if (!m_facts->config)
            readConfigFiles({m_facts->confPath}, 0);
    } else {
        m_facts->configError = r.error;
    }
}

void FactCollector::readConfigFiles(const QStringList &patterns, int depth)
{
    QStringList argv{QStringLiteral("/bin/sh"), QStringLiteral("-c"), kCatConfigScript, QStringLiteral("gd")};
    argv += patterns;
    run(CommandSpec::of(argv), [this, patterns, depth](const CommandResult &r) {
        m_facts->configFiles = r;
        Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(utf8Text(r.stdOut));
        if (!config) {
            m_facts->configError = unreadable(config.error());
            return;
        }
        m_facts->config = *config;
        // Includes inside included files show up only now: read again with them.
        QStringList all = patterns;
        for (const QString &glob : config->includeGlobs()) {
            if (!all.contains(glob))
                all << glob;
        }
        if (all.size() > patterns.size() && depth < 4)
            readConfigFiles(all, depth + 1);
    });
}

void FactCollector::collectAroundConfig()
{
    emit progress(tr("Checking sockets, logs, services and connectivity"));
    beginWave([this] { collectServices(); });
    if (m_facts->config)
        m_facts->targets = UpstreamTargets::collect(*m_facts->config);
    readSockets();
    readConfigLoadTimes();
    for (const QString &path : errorLogPaths())
        tail(path, m_options.logTailBytes, [this](LogTail t) { m_facts->errorLogs.append(t); });
    tailAccessLog();
    run(
        ProbeCommands::journal(QStringLiteral("nginx"), m_options.sinceSeconds),
        [this](const CommandResult &r) { m_facts->journalNginx = r; }, true);
    run(
        ProbeCommands::kernelOom(m_options.sinceSeconds),
        [this](const CommandResult &r) { m_facts->kernelLog = r; }, true);
    const bool anyFastCgi = probeUpstreams();
    if (!m_options.url.isEmpty()) {
        HttpProbeRequest request;
        request.url = m_options.url;
        request.connectAddress = nginxAddressFor(QUrl(m_options.url));
        request.connectTimeoutSec = qMin(m_options.probeTimeoutSec, 3);
        request.maxTimeSec = m_options.probeTimeoutSec + 60;
        run(ProbeCommands::httpRequest(request),
            [this](const CommandResult &r) { m_facts->probeThroughNginx = r; });
    }
    probeFailingUrlAtUpstream();
    identifyWorkerUser();
    readFirewallAndSelinux();
    const QList<UpstreamTarget> &targets = m_facts->targets.targets();
    if (std::any_of(targets.begin(), targets.end(), [](const UpstreamTarget &t) { return t.needsResolver; }))
        run(ProbeCommands::of(ResolvConf::command()),
            [this](const CommandResult &r) { m_facts->resolvConf = r; });
    if (anyFastCgi)
        readPhpFpm();
    workDone();
}

void FactCollector::readSockets()
{
    run(
        ProbeCommands::of(ListeningSockets::ssTcpCommand()),
        [this](const CommandResult &r) {
            m_facts->ssTcp = r;
            if (r.ran() && r.exitCode == 127) // no ss (minimal images): the kernel's tables instead
                for (const QStringList &argv :
                     {ListeningSockets::procNetTcpCommand(), ListeningSockets::procNetTcp6Command(),
                      ListeningSockets::procNetUnixCommand()})
                    run(ProbeCommands::of(argv),
                        [this, argv](const CommandResult &p) { m_facts->procNet.insert(argv.last(), p); });
        },
        true);
    run(
        ProbeCommands::of(ListeningSockets::ssUnixCommand()),
        [this](const CommandResult &r) { m_facts->ssUnix = r; }, true);
}

namespace {
// A host with thousands of sites: read at most this many error logs (10 MiB each) and
// probe at most this many upstream endpoints; the URL's own come first, and the facts
// say what was left (Facts::errorLogsNotRead, endpointsNotProbed).
constexpr int kMaxErrorLogs = 16;
constexpr int kMaxProbedEndpoints = 64;
} // namespace

// Which server and location nginx uses for the URL, when there is a URL and a config.
const LocationMatch *FactCollector::urlMatch()
{
    if (!m_urlMatch) {
        m_urlMatch.emplace();
        if (!m_options.url.isEmpty() && m_facts->config) {
            Result<LocationMatch, ConfigError> match =
                LocationMatcher(*m_facts->config).match(QUrl(m_options.url));
            if (match)
                m_urlMatch->emplace(std::move(*match));
        }
    }
    return m_urlMatch->has_value() ? &**m_urlMatch : nullptr;
}

// Error logs: every error_log of the config (files only; syslog and stderr go to
// the journal, and are noted in errorLogsElsewhere), else nginx's compiled-in default.
// The URL's server's own logs first, then those outside any server, then the rest.
QStringList FactCollector::errorLogPaths()
{
    QStringList logPaths;
    if (m_facts->config) {
        const NginxConfig &config = *m_facts->config;
        const NginxDirective *urlServer = urlMatch() ? urlMatch()->server : nullptr;
        QList<std::pair<int, QString>> ranked;
        for (const NginxDirective *d : config.find(QStringLiteral("error_log"))) {
            const QString where = d->arg(0);
            if (where.startsWith(QLatin1String("syslog:")) || where == QLatin1String("stderr") ||
                where.startsWith(QLatin1String("memory:"))) {
                m_facts->errorLogsElsewhere << where;
                continue;
            }
            if (where.isEmpty() || where == QLatin1String("/dev/null"))
                continue;
            const QList<const NginxDirective *> above = config.ancestors(*d);
            const bool inUrlServer = urlServer && above.contains(urlServer);
            const bool inAnyServer = std::any_of(above.begin(), above.end(), [](const NginxDirective *a) {
                return a->name == QLatin1String("server");
            });
            ranked.append({inUrlServer   ? 0
                           : inAnyServer ? 2
                                         : 1,
                           Facts::absolutePath(m_facts->prefix, where)});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QSet<QString> seen; // thousands of sites may name thousands of logs: no list scans
        for (const auto &[rank, path] : ranked) {
            if (seen.contains(path))
                continue;
            seen.insert(path);
            if (logPaths.size() < kMaxErrorLogs)
                logPaths << path;
            else
                m_facts->errorLogsNotRead << path;
        }
    }
    if (logPaths.isEmpty() && m_facts->errorLogsElsewhere.isEmpty()) {
        QString fallback;
        for (const QString &word : m_facts->configureArguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.startsWith(QLatin1String("--error-log-path=")))
                fallback = word.mid(17);
        }
        // Debian builds nginx with --error-log-path=stderr: that is a stream, not a file.
        if (fallback == QLatin1String("stderr"))
            m_facts->errorLogsElsewhere << fallback;
        else
            logPaths.append(Facts::absolutePath(
                m_facts->prefix, fallback.isEmpty() ? QStringLiteral("logs/error.log") : fallback));
    }
    return logPaths;
}

// The access log (for upstream latency), with its log_format.
void FactCollector::tailAccessLog()
{
    if (!m_facts->config)
        return;
    for (const NginxDirective *d : m_facts->config->find(QStringLiteral("access_log"))) {
        const QString where = d->arg(0);
        if (where == QLatin1String("off") || where.startsWith(QLatin1String("syslog:")) ||
            where.contains(QLatin1Char('$')))
            continue;
        const QString format = d->arg(1).isEmpty() ? QStringLiteral("combined") : d->arg(1);
        for (const NginxDirective *f : m_facts->config->find(QStringLiteral("log_format"))) {
            if (f->arg(0) == format)
                m_facts->accessLogFormat = f->args.mid(1).join(QString());
        }
        if (m_facts->accessLogFormat.isEmpty() && format == QLatin1String("combined"))
            m_facts->accessLogFormat = QStringLiteral(
                "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent "
                "\"$http_referer\" \"$http_user_agent\"");
        tail(Facts::absolutePath(m_facts->prefix, where), 2 * 1024 * 1024,
             [this](LogTail t) { m_facts->accessLog = t; });
        break;
    }
}

// Each distinct upstream endpoint: a direct probe, DNS for names, and for unix
// sockets the owner and mode of the socket and of every directory above it.
// True when any upstream is FastCGI.
bool FactCollector::probeUpstreams()
{
    QSet<QString> probed, resolved, statted;
    bool anyFastCgi = false;
    // As nginx's workers would connect, when we may (root): a socket they may not
    // open then fails here too, instead of passing because root may open anything.
    const QString worker = workerUserName();
    auto probeEndpoint = [&](const QString &scheme, const QString &host, quint16 port,
                             const QString &unixPath) {
        const QString key =
            unixPath.isEmpty() ? ProbeCommands::endpoint(host, port) : QStringLiteral("unix:") + unixPath;
        if (probed.contains(key))
            return;
        probed.insert(key);
        if (probed.size() > kMaxProbedEndpoints) {
            ++m_facts->endpointsNotProbed;
            return;
        }
        run(ProbeCommands::asUser(
                ProbeCommands::directProbe(scheme, host, port, unixPath, m_options.probeTimeoutSec), worker),
            [this, key](const CommandResult &r) { m_facts->directProbes.insert(key, r); });
        if (!unixPath.isEmpty() && !statted.contains(unixPath)) {
            statted.insert(unixPath);
            run(ProbeCommands::pathPermissions(unixPath),
                [this, unixPath](const CommandResult &r) { m_facts->socketStats.insert(unixPath, r); });
        }
        static const QRegularExpression ipLiteral(QStringLiteral("^([0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$"));
        // localhost too: nginx resolves it at start-up, to ::1 and/or 127.0.0.1
        // depending on /etc/hosts, and which of them the app listens on matters.
        if (!host.isEmpty() && !ipLiteral.match(host).hasMatch() && !resolved.contains(host)) {
            resolved.insert(host);
            run(ProbeCommands::of(DnsLookup::command(host)), [this, host](const CommandResult &r) {
                m_facts->dns.insert(host, r);
                if (const ProbeResult<DnsAnswer> a = DnsLookup::parse(host, ProbeOutput::from(r)))
                    for (const QString &address : a->addresses)
                        probeRemoteAddress(address);
            });
        } else if (!host.isEmpty() && ipLiteral.match(host).hasMatch()) {
            probeRemoteAddress(host);
        }
    };
    // The URL's own upstream first: with more endpoints than we probe, it is never left out.
    QList<UpstreamTarget> targets = m_facts->targets.targets();
    if (const LocationMatch *match = urlMatch(); match && match->target)
        targets.prepend(*match->target);
    for (const UpstreamTarget &t : targets) {
        anyFastCgi = anyFastCgi || t.scheme == QLatin1String("fastcgi");
        switch (t.kind) {
        case UpstreamTarget::Kind::HostPort:
            probeEndpoint(t.scheme, t.host, t.port, QString());
            break;
        case UpstreamTarget::Kind::UnixSocket:
            probeEndpoint(t.scheme, QString(), 0, t.unixPath);
            break;
        case UpstreamTarget::Kind::UpstreamBlock:
            if (const UpstreamBlock *block = m_facts->targets.blockFor(t)) {
                for (const UpstreamServer &s : block->servers)
                    probeEndpoint(t.scheme, s.host, s.port, s.unixPath);
            }
            break;
        case UpstreamTarget::Kind::Variable:
            break;
        }
    }
    return anyFastCgi;
}

// A file saved after the running nginx loaded its configuration is not running yet: the
// workers' start (each load starts new ones) against each file's mtime.
void FactCollector::readConfigLoadTimes()
{
    if (!m_facts->processTable || !m_facts->config)
        return;
    QList<qint64> workers;
    for (const NginxInstance &instance : m_facts->processTable->nginx()) {
        if (Facts::absolutePath(instance.prefix, instance.confPath) != m_facts->confPath &&
            !instance.confPath.isEmpty())
            continue;
        for (const ProcessInfo &worker : instance.workers) {
            if (!worker.args.contains(QLatin1String("shutting down"))) // draining after a reload
                workers << worker.pid;
        }
    }
    if (workers.isEmpty())
        return;
    run(ProbeCommands::of(ConfigLoadTimes::command(workers, m_facts->config->files())),
        [this](const CommandResult &r) { m_facts->configTimes = r; });
}

// Where this nginx accepts the URL: the listen of the server block that takes it, on the
// URL's port (a wildcard listen is reached on loopback). The URL's name may point at a load
// balancer, a CDN or nowhere from here; the diagnosis is about this nginx. Empty: let the
// name resolve (no config, no server block, or a listen by host name).
QString FactCollector::nginxAddressFor(const QUrl &url) const
{
    if (!m_facts->config)
        return {};
    const LocationMatcher matcher(*m_facts->config);
    const Result<LocationMatch, ConfigError> match = matcher.match(url);
    if (!match || !match->server)
        return {};
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    for (const ListenSpec &listen : matcher.listens(*match->server)) {
        if (listen.unixSocket || listen.port != port)
            continue;
        if (listen.wildcard)
            return listen.ipv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
        return IpAddress::parse(listen.address) ? listen.address : QString();
    }
    return {};
}

// The failing URL's own request, straight at the upstream that serves it: how long
// the app really takes (nginx's timeout cuts that short) and how big its response
// header really is, for this path rather than for "/". It waits as long as the
// request through nginx does, which runs at the same time.
void FactCollector::probeFailingUrlAtUpstream()
{
    if (m_options.url.isEmpty() || !m_facts->config)
        return;
    const QUrl url(m_options.url);
    const LocationMatch *match = urlMatch();
    if (!match || !match->target)
        return;
    const std::optional<QString> uri = UpstreamRequestUri::of(*m_facts->config, *match, url);
    if (!uri)
        return;
    const UpstreamTarget &t = *match->target;
    const int timeoutSec = m_options.probeTimeoutSec + 60;
    auto probe = [&](const QString &host, quint16 port, const QString &unixPath) {
        const QString key =
            unixPath.isEmpty() ? ProbeCommands::endpoint(host, port) : QStringLiteral("unix:") + unixPath;
        HttpProbeRequest request;
        request.unixSocket = unixPath;
        request.hostHeader = UpstreamRequestUri::hostHeader(*m_facts->config, *match, url);
        request.connectTimeoutSec = qMin(m_options.probeTimeoutSec, 3);
        request.maxTimeSec = timeoutSec;
        const QString authority =
            unixPath.isEmpty() ? ProbeCommands::endpoint(host, port) : QStringLiteral("localhost");
        request.url = QStringLiteral("%1://%2%3").arg(t.scheme, authority, *uri);
        run(ProbeCommands::httpRequest(request),
            [this, key](const CommandResult &r) { m_facts->urlProbes.insert(key, r); });
    };
    switch (t.kind) {
    case UpstreamTarget::Kind::HostPort:
        probe(t.host, t.port, QString());
        break;
    case UpstreamTarget::Kind::UnixSocket:
        probe(QString(), 0, t.unixPath);
        break;
    case UpstreamTarget::Kind::UpstreamBlock:
        // Every server of the block, as nginx may pick any of them; a few at most.
        if (const UpstreamBlock *block = m_facts->targets.blockFor(t)) {
            for (const UpstreamServer &s : block->servers.mid(0, 4))
                probe(s.host, s.port, s.unixPath);
        }
        break;
    case UpstreamTarget::Kind::Variable:
        break;
    }
}

// An upstream address that is not this machine's: how the kernel routes to it, and
// whether the host answers at all (its SSH port: refused or accepted both say "it is
// up"), so that a refused or timed-out connect can be told apart from a dead host.
void FactCollector::probeRemoteAddress(const QString &address)
{
    const ProbeResult<HostAddressList> own = HostAddresses::parse(ProbeOutput::from(m_facts->hostAddresses));
    if (!own || own->isLocal(address) || m_remoteProbed.contains(address))
        return;
    m_remoteProbed.insert(address);
    const QStringList route = RouteLookup::command(address);
    if (route.isEmpty())
        return;
    run(ProbeCommands::of(route),
        [this, address](const CommandResult &r) { m_facts->routes.insert(address, r); });
    run(ProbeCommands::tcpConnect(address, 22, m_options.probeTimeoutSec),
        [this, address](const CommandResult &r) { m_facts->hostProbes.insert(address, r); });
}

// The user nginx's workers run as: the running master's workers, else the config's
// `user` directive. Empty when neither says.
QString FactCollector::workerUserName() const
{
    QString worker;
    if (const std::optional<NginxInstance> instance = m_facts->runningNginx())
        worker = instance->workerUser;
    if (worker.isEmpty() && m_facts->config) {
        if (const NginxDirective *user = m_facts->config->firstChild(nullptr, QStringLiteral("user")))
            worker = user->arg(0);
    }
    return worker;
}

// The worker user's identity and groups (for unix socket permissions).
void FactCollector::identifyWorkerUser()
{
    const QString worker = workerUserName();
    if (!worker.isEmpty())
        run(CommandSpec::of({QStringLiteral("id"), QStringLiteral("--"), worker}),
            [this](const CommandResult &r) { m_facts->workerIdentity = r; });
}

void FactCollector::readFirewallAndSelinux()
{
    run(
        ProbeCommands::of(FirewallState::ufwCommand()), [this](const CommandResult &r) { m_facts->ufw = r; },
        true);
    run(
        ProbeCommands::of(FirewallState::nftCommand()), [this](const CommandResult &r) { m_facts->nft = r; },
        true);
    run(
        ProbeCommands::of(FirewallState::iptablesCommand()),
        [this](const CommandResult &r) { m_facts->iptables = r; }, true);
    run(ProbeCommands::of(SelinuxState::getenforceCommand()),
        [this](const CommandResult &r) { m_facts->getenforce = r; });
    run(ProbeCommands::of(SelinuxState::getseboolCommand()),
        [this](const CommandResult &r) { m_facts->getsebool = r; });
}

// PHP-FPM's pools (from its masters' configs) and its logs.
void FactCollector::readPhpFpm()
{
    QStringList masterConfigs;
    if (m_facts->processTable) {
        for (const PhpFpmInstance &fpm : m_facts->processTable->phpFpm()) {
            masterConfigs << fpm.configPath;
            const QString pid = QString::number(fpm.master.pid);
            run(ProbeCommands::of(ChildProcessMemory::command(fpm.master.pid)),
                [this, pid](const CommandResult &r) { m_facts->phpFpmChildren.insert(pid, r); });
            // Which php-fpm binary it is (php-fpm8.2, a custom build): its test must be the same.
            run(
                ProbeCommands::of({QStringLiteral("readlink"), QStringLiteral("--"),
                                   QStringLiteral("/proc/%1/exe").arg(pid)}),
                [this, pid](const CommandResult &r) { m_facts->phpFpmExe.insert(pid, r); }, true);
        }
        if (!m_facts->processTable->phpFpm().isEmpty())
            run(ProbeCommands::of(MemInfo::command()),
                [this](const CommandResult &r) { m_facts->memInfo = r; });
    }
    run(
        ProbeCommands::phpFpmPools(masterConfigs),
        [this](const CommandResult &r) { m_facts->phpFpmPools = r; }, true);
    for (const QString &log : ProbeCommands::phpFpmLogCandidates())
        tail(log, 1024 * 1024, [this](LogTail t) {
            if (t.tail)
                m_facts->phpFpmLogs.append(t);
        });
}

void FactCollector::collectServices()
{
    emit progress(tr("Looking at the services behind the upstreams"));
    beginWave([this] { collectUnits(); });
    // Where each config file really is: remedies name the file to edit, not its symlink.
    // And the FastCGI parameter files a remedy may include.
    if (m_facts->config)
        run(ProbeCommands::realPaths(
                m_facts->config->files() +
                QStringList{m_facts->config->confPrefix() + QStringLiteral("fastcgi.conf"),
                            m_facts->config->confPrefix() + QStringLiteral("fastcgi_params")}),
            [this](const CommandResult &r) {
                m_facts->resolvePaths = r;
                m_facts->realPaths = Facts::parseRealPaths(r.stdOut);
            });
    // The processes that own the upstream sockets, and the units they belong to.
    static const QRegularExpression pidPattern(QStringLiteral("pid=(\\d+)"));
    QSet<QString> pids;
    for (const CommandResult *r : {&m_facts->ssTcp, &m_facts->ssUnix}) {
        auto it = pidPattern.globalMatch(localText(r->stdOut));
        while (it.hasNext())
            pids.insert(it.next().captured(1));
    }
    // nginx's own master too: whether systemd runs it decides how a fix reloads it.
    if (const std::optional<NginxInstance> nginx = m_facts->runningNginx())
        pids.insert(QString::number(nginx->master.pid));
    for (const QString &pid : pids) {
        run(ProbeCommands::of(ProcessTable::cgroupCommand(pid.toLongLong())),
            [this, pid](const CommandResult &r) { m_facts->cgroups.insert(pid, r); });
    }
    readAppServers(socketOwnersInOrder(*m_facts, pids));
    queryResolvers();
    readPhpFpmStatus();
    workDone();
}

// The live figures of each pool that has a status page (pm.status_path): asked
// like nginx reaches the pool, over its own socket or port as nginx's worker user.
// Needs the pool files, read in the wave before.
void FactCollector::readPhpFpmStatus()
{
    const QString worker = workerUserName();
    for (const PhpFpmStatusTarget &target : phpFpmStatusTargets(*m_facts)) {
        run(ProbeCommands::asUser(ProbeCommands::of(PhpFpmStatusProbe::command(
                                                        target.listen, target.statusPath, kStatusTimeoutSec),
                                                    (kStatusTimeoutSec + 5) * 1000),
                                  worker),
            [this, listen = target.listen](const CommandResult &r) {
                m_facts->phpFpmStatus.insert(listen, r);
            });
    }
}

// For each name nginx resolves at request time: does each DNS server that could
// resolve it answer, and does the name exist there? The servers are the `resolver`
// in scope and this host's own nameservers (a remedy takes its server from them).
// Needs the error logs (names they mention) and resolv.conf, read in the wave before.
void FactCollector::queryResolvers()
{
    QList<std::pair<QString, quint16>> hostServers;
    if (const ProbeResult<ResolvConfServers> conf = ResolvConf::parse(ProbeOutput::from(m_facts->resolvConf));
        conf && !m_facts->resolvConf.commandLine.isEmpty()) {
        for (const QString &ns : conf->nameservers.mid(0, 3)) // the C library uses three at most
            hostServers.append({ns, quint16(53)});
    }
    QSet<QString> asked;
    for (const UpstreamTarget &t : m_facts->targets.targets()) {
        if (!t.needsResolver)
            continue;
        QList<std::pair<QString, quint16>> servers = hostServers;
        if (m_facts->config) {
            if (const std::optional<ResolverDirective> r = ResolverDirective::forTarget(*m_facts->config, t))
                for (const ResolverDirective::Server &s : r->servers)
                    servers.prepend({s.address, s.port});
        }
        for (const QString &name : RuntimeNames::of(*m_facts, t).mid(0, 4)) {
            for (const auto &[address, port] : servers) {
                const QString key = Facts::dnsQueryKey(address, port, name);
                const QStringList argv = DnsQuery::command(address, port, name);
                if (asked.contains(key) || argv.isEmpty())
                    continue;
                asked.insert(key);
                run(ProbeCommands::of(argv, 5000),
                    [this, key](const CommandResult &r) { m_facts->dnsQueries.insert(key, r); });
            }
        }
    }
}

// The app servers among the sockets' owners (masters only: workers share the
// master's socket), each read as it really runs: argv, links, its own variables.
// The owners of the sockets this config's upstreams connect to first (by port or socket
// path), then the others by pid: readAppServers reads a few, and on a host with many
// apps the URL's own must be among them, the same ones on every run.
QStringList FactCollector::socketOwnersInOrder(const Facts &facts, const QSet<QString> &pids)
{
    QSet<quint16> ports;
    QSet<QString> paths;
    for (const UpstreamTarget &t : facts.targets.targets()) {
        for (const UpstreamPlace &place : UpstreamPlace::of(facts.targets, t)) {
            ports.insert(place.port);
            paths.insert(place.unixPath);
        }
    }
    ports.remove(0);
    paths.remove(QString());
    QSet<QString> upstreamOwners;
    QList<Listener> listeners;
    if (const ProbeResult<QList<Listener>> tcp = ListeningSockets::parseSsTcp(ProbeOutput::from(facts.ssTcp)))
        listeners << *tcp;
    if (const ProbeResult<QList<Listener>> sockets =
            ListeningSockets::parseSsUnix(ProbeOutput::from(facts.ssUnix)))
        listeners << *sockets;
    for (const Listener &l : std::as_const(listeners)) {
        if (l.kind == Listener::Kind::Tcp ? ports.contains(l.port) : paths.contains(l.path)) {
            for (const SocketProcess &p : l.processes)
                upstreamOwners.insert(QString::number(p.pid));
        }
    }
    QStringList ordered(pids.begin(), pids.end());
    std::sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
        const bool aFirst = upstreamOwners.contains(a), bFirst = upstreamOwners.contains(b);
        if (aFirst != bFirst)
            return aFirst;
        return a.toLongLong() < b.toLongLong();
    });
    return ordered;
}

void FactCollector::readAppServers(const QStringList &socketOwners)
{
    if (!m_facts->processTable)
        return;
    const QSet<QString> owners(socketOwners.begin(), socketOwners.end());
    int read = 0;
    for (const QString &pid : socketOwners) {
        const ProcessInfo *p = m_facts->processTable->byPid(pid.toLongLong());
        if (!p || owners.contains(QString::number(p->ppid)))
            continue;
        // App servers, and whatever else serves an upstream (named honestly): not nginx
        // itself, sshd or a database.
        const AppProcess app = AppProcess::classify(QString(), p);
        const QString program = p->args.section(QLatin1Char(' '), 0, 0);
        if (app.role == AppProcess::Role::Database || program.startsWith(QLatin1String("nginx")) ||
            program.endsWith(QLatin1String("sshd")) || program.endsWith(QLatin1String("gd-lab-supervisor")) ||
            ++read > 8)
            continue;
        m_facts->appServers.insert(pid, AppServerFacts());
        run(
            ProbeCommands::of(AppServerSettings::cmdlineCommand(p->pid)),
            [this, pid](const CommandResult &r) { m_facts->appServers[pid].cmdline = r; }, true);
        run(
            ProbeCommands::of(ProcessLinks::command(p->pid)),
            [this, pid](const CommandResult &r) { m_facts->appServers[pid].links = r; }, true);
        run(
            ProbeCommands::of(AppServerSettings::environCommand(p->pid)),
            [this, pid](const CommandResult &r) { m_facts->appServers[pid].environ = r; }, true);
    }
}

// Each app server's config file (where its limits and log may be set), then its log.
void FactCollector::readAppServerLogs()
{
    for (auto it = m_facts->appServers.begin(); it != m_facts->appServers.end(); ++it) {
        const QString pid = it.key();
        const AppServerSettings settings = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(it->cmdline.stdOut), it->environ.stdOut);
        if (settings.configFile.isEmpty()) {
            tailAppLog(pid);
            continue;
        }
        const ProcessLinks links = ProcessLinks::parse(it->links.stdOut);
        QString file = settings.configFile;
        if (!file.startsWith(QLatin1Char('/')) && !links.cwd.isEmpty())
            file = links.cwd + QLatin1Char('/') + file;
        run(
            ProbeCommands::of({QStringLiteral("cat"), QStringLiteral("--"), file}),
            [this, pid, name = settings.configFile](const CommandResult &r) {
                m_facts->appServers[pid].configs.insert(name, r);
                tailAppLog(pid);
            },
            true);
    }
}

void FactCollector::tailAppLog(const QString &pid)
{
    const AppServerFacts &app = m_facts->appServers[pid];
    QMap<QString, QByteArray> configs;
    for (auto c = app.configs.begin(); c != app.configs.end(); ++c)
        configs.insert(c.key(), c->stdOut);
    const AppServerSettings settings = AppServerSettings::read(
        AppServerSettings::argvFromCmdline(app.cmdline.stdOut), app.environ.stdOut, configs);
    const QString unit = ProcessTable::unitFromCgroup(m_facts->cgroups.value(pid).stdOut);
    const AppLogLocation where =
        AppLogLocation::of(pid.toLongLong(), settings, ProcessLinks::parse(app.links.stdOut), unit);
    if (where.kind != AppLogLocation::Kind::File)
        return; // the unit's journal is read with the units
    const bool phpFpm = settings.kind == AppServerSettings::Kind::PhpFpm;
    tail(where.path, 512 * 1024, [this, pid, phpFpm](LogTail t) {
        m_facts->appServers[pid].log = t;
        // PHP-FPM's own error_log: its pool checks read it too, beside the usual places.
        const bool known = std::any_of(m_facts->phpFpmLogs.begin(), m_facts->phpFpmLogs.end(),
                                       [&](const LogTail &l) { return l.path == t.path; });
        if (phpFpm && t.tail && !known)
            m_facts->phpFpmLogs.append(t);
    });
}

void FactCollector::collectUnits()
{
    beginWave([this] { emit finished(); });
    readAppServerLogs();
    QStringList units;
    for (const CommandResult &r : m_facts->cgroups) {
        const QString unit = ProcessTable::unitFromCgroup(r.stdOut);
        if (!unit.isEmpty() && !units.contains(unit) && SystemdUnitState::isValidUnitName(unit))
            units << unit;
    }
    if (!units.isEmpty()) {
        for (const QString &unit : units) {
            run(ProbeCommands::of(SystemdUnitState::showCommand(unit)),
                [this, unit](const CommandResult &r) { m_facts->units.insert(unit, r); });
            run(
                ProbeCommands::journal(unit, m_options.sinceSeconds),
                [this, unit](const CommandResult &r) { m_facts->unitJournals.insert(unit, r); }, true);
        }
    }
    workDone();
}

} // namespace gd
