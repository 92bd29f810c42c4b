// Step 4: is the nginx configuration right (nginx -t, the pass targets, the route)?
#include "app/checks/CheckRegistry.h"
#include "app/checks/ConfigEdits.h"
#include "app/checks/ConfigRepair.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/config/LocationMatcher.h"
#include "app/config/NginxTestOutput.h"
#include "app/facts/ProbeCommands.h"
#include "app/probes/ConfigLoadTimes.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QUrl>

#include <QSet>

namespace gd {

namespace {

class ConfigChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::ConfigChecks)
public:
    static void test(const CheckInput &in, CheckOutput &out);
    static void passMatchesListener(const CheckInput &in, CheckOutput &out);
    static void route(const CheckInput &in, CheckOutput &out);
    static QList<FixAction> fastcgiInstead(const CheckInput &in, const UpstreamTarget &t);
    static bool refusedEditWouldFix(const CheckInput &in);
    static void loaded(const CheckInput &in, CheckOutput &out);
    static void readWhole(const CheckInput &in, CheckOutput &out);
    static QString savedSinceLoad(const CheckInput &in, const QString &file);

private:
    static void testFailed(const CheckInput &in, const NginxTestOutput &output, CheckResult &check,
                           CheckOutput &out);
    static void routeOfUrl(const CheckInput &in, CheckResult &check);
};

// Does nginx log failures for an upstream that the config files on disk no longer
// name? Then the files hold a change that nginx refused to load.
bool ConfigChecks::refusedEditWouldFix(const CheckInput &in)
{
    QSet<QString> onDisk;
    for (const UpstreamTarget &t : in.facts.targets.targets())
        onDisk << t.endpoint();
    if (onDisk.isEmpty())
        return false;
    for (const ParsedLog &log : in.parsed.errorLogs) {
        for (const ErrorLogGroup &g : log.groups) {
            if (!g.upstream.isEmpty() && !onDisk.contains(g.upstream))
                return true;
        }
    }
    return false;
}

namespace {
const QString kClock = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

// " FILE was saved at T, after nginx last loaded its configuration at L: that change was never
// loaded." Empty when the times are unknown or the file is older than the load.
QString ConfigChecks::savedSinceLoad(const CheckInput &in, const QString &file)
{
    const ProbeResult<ConfigLoadTimes> times =
        ConfigLoadTimes::parse(ProbeOutput::from(in.facts.configTimes));
    if (!times || file.isEmpty())
        return {};
    const QString real = in.facts.realPaths.value(file, file);
    for (const ConfigLoadTimes::File &f : times->savedAfterLoad()) {
        if (f.path == file || f.path == real)
            return QLatin1Char(' ') +
                   tr("%1 was saved at %2, after nginx last loaded its configuration at %3: that change was "
                      "never loaded.")
                       .arg(file, ConfigLoadTimes::toDateTime(f.modified).toString(kClock),
                            ConfigLoadTimes::toDateTime(times->loadedAt).toString(kClock));
    }
    return {};
}

// Does the running nginx run the files as they are on disk? A file saved after the current
// workers started (every start and reload starts new ones) is a change nginx does not run yet:
// what nginx -T shows is not what answers requests.
void ConfigChecks::loaded(const CheckInput &in, CheckOutput &out)
{
    if (!in.parsed.nginx || !in.facts.configTimes.ran())
        return;
    CheckResult check;
    check.id = QStringLiteral("config.loaded");
    check.title = tr("nginx runs the configuration files as saved");
    check.commands << CommandRecord::of(in.facts.configTimes, 1500);
    const ProbeResult<ConfigLoadTimes> times =
        ConfigLoadTimes::parse(ProbeOutput::from(in.facts.configTimes));
    if (!times || times->loadedAt == 0) {
        check.status = CheckStatus::Skipped;
        check.explanation = tr("When nginx loaded its configuration could not be read: %1")
                                .arg(times ? tr("no worker age") : times.error().message());
        out.add(check);
        return;
    }
    const QString loadedAt = ConfigLoadTimes::toDateTime(times->loadedAt).toString(kClock);
    const QList<ConfigLoadTimes::File> newer = times->savedAfterLoad();
    if (newer.isEmpty()) {
        check.status = CheckStatus::Pass;
        check.explanation =
            tr("nginx loaded its configuration at %1; no file was saved since, so it runs what is "
               "on disk.")
                .arg(loadedAt);
        out.add(check);
        return;
    }
    check.status = CheckStatus::Warn;
    QStringList files;
    for (const ConfigLoadTimes::File &f : newer) {
        files << tr("%1 (saved %2)").arg(f.path, ConfigLoadTimes::toDateTime(f.modified).toString(kClock));
        check.evidence << Evidence{QStringLiteral("stat"),
                                   f.path,
                                   0,
                                   QStringLiteral("%1 %2").arg(f.modified).arg(f.path),
                                   -1,
                                   0,
                                   in.facts.configTimes.commandLine};
    }
    check.explanation = tr("nginx loaded its configuration at %1, and %n file(s) were saved after that: %2. "
                           "nginx does not run "
                           "these changes yet (a change saved but never loaded); the files shown here are "
                           "what the next reload "
                           "will load, once nginx -t passes.",
                           nullptr, int(newer.size()))
                            .arg(loadedAt, files.join(QStringLiteral(", ")));
    out.add(check);
}

// Did the diagnosis see all of it? What the config reader could not follow (an include
// cycle, includes nested too deep, a file it could not read, more directives than it
// keeps) and what a host with thousands of sites made it leave out (error logs and
// upstream addresses over FactCollector's limits). Nothing here is a cause; it says
// where the diagnosis may be blind.
void ConfigChecks::readWhole(const CheckInput &in, CheckOutput &out)
{
    if (!in.facts.config)
        return;
    const NginxConfig &config = *in.facts.config;
    CheckResult check;
    check.id = QStringLiteral("config.read");
    check.title = tr("The whole configuration was read");
    check.commands << CommandRecord::of(in.facts.dumpCommand, 1500);
    constexpr int kShown = 8;
    QStringList gaps;
    for (const ConfigIssue &issue : config.issues()) {
        if (gaps.size() == kShown) {
            gaps << tr("(and %n more)", nullptr, int(config.issues().size()) - kShown);
            break;
        }
        gaps << tr("%1: %2").arg(issue.location(), issue.message);
        if (issue.line > 0)
            check.evidence << EvidenceOf::configLine(in.facts, issue.file, issue.line);
    }
    if (!in.facts.errorLogsNotRead.isEmpty())
        gaps << tr("%n error log(s) were not read, as this server has more than %1 (the URL's own were read "
                   "first): %2",
                   nullptr, int(in.facts.errorLogsNotRead.size()))
                    .arg(in.facts.errorLogs.size())
                    .arg(in.facts.errorLogsNotRead.mid(0, kShown).join(QStringLiteral(", ")));
    if (in.facts.endpointsNotProbed > 0)
        gaps << tr("%n upstream address(es) were not probed, as the configuration names too many (the URL's "
                   "own upstream was probed first).",
                   nullptr, in.facts.endpointsNotProbed);
    if (gaps.isEmpty()) {
        check.status = CheckStatus::Pass;
        check.explanation = tr("%n file(s) with %1 directives were read; nothing was left out.", nullptr,
                               int(config.files().size()))
                                .arg(config.size());
    } else {
        check.status = CheckStatus::Warn;
        check.explanation = tr("Part of the configuration, or of what it names, was not read, so the other "
                               "checks may not see everything:\n%1")
                                .arg(gaps.join(QLatin1Char('\n')));
    }
    out.add(check);
}

// nginx -t (through nginx -T): does nginx accept its configuration?
void ConfigChecks::test(const CheckInput &in, CheckOutput &out)
{
    const CommandResult &dump = in.facts.dumpCommand;
    CheckResult check;
    check.id = QStringLiteral("config.test");
    check.title = tr("nginx accepts its configuration (nginx -t)");
    check.commands << CommandRecord::of(dump);
    if (in.facts.dumpNeedsRoot) {
        check.status = CheckStatus::Error;
        check.explanation =
            tr("nginx -t needs root on this machine (it opens nginx's pid and log files), so the "
               "configuration could not be validated. Give the sudo password (or connect as root) "
               "for this step. The configuration files were read one by one instead.");
        check.next = tr("Run sudo nginx -t yourself, or give the sudo password and re-run the checks.");
        check.commands << CommandRecord::of(in.facts.configFiles, 2000);
        check.evidence << Evidence{QStringLiteral("nginx -t"),
                                   QString(),
                                   0,
                                   utf8Text(dump.stdErr.trimmed()),
                                   -1,
                                   0,
                                   dump.commandLine};
    } else if (!dump.ran()) {
        check.status = CheckStatus::Error;
        check.explanation = tr("Could not run nginx -T: %1").arg(dump.error.message());
        check.next = tr("Run sudo nginx -t yourself and read what it says.");
    } else {
        const NginxTestOutput output = NginxTestOutput::parse(utf8Text(dump.stdErr), dump.exitCode);
        if (output.ok()) {
            check.status = output.warnings().isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
            check.explanation = output.warnings().isEmpty()
                                    ? tr("nginx -t reports the configuration valid.")
                                    : tr("nginx -t accepts the configuration, with %n warning(s).", nullptr,
                                         int(output.warnings().size()));
            if (!output.warnings().isEmpty())
                check.next =
                    tr("Read nginx -t's warnings below: each names the file:line to tidy up. They do "
                       "not stop nginx.");
            for (const NginxMessage &w : output.warnings())
                check.evidence << Evidence{
                    QStringLiteral("nginx -t"), w.file, w.line, w.raw, -1, 0, dump.commandLine};
        } else {
            testFailed(in, output, check, out);
        }
    }
    out.add(check);
}

void ConfigChecks::testFailed(const CheckInput &in, const NginxTestOutput &output, CheckResult &check,
                              CheckOutput &out)
{
    const CommandResult &dump = in.facts.dumpCommand;
    check.status = CheckStatus::Fail;
    check.next = tr("Fix what nginx -t names (file:line), run nginx -t until it passes, then reload.");
    FindingBuilder f(Cause::ConfigInvalid);
    // A running nginx still serves the config it loaded before the broken edit: the
    // broken file is a trap for the next reload, not what answers 502 now, so a cause
    // that explains today's errors ranks above it. Unless the upstream that fails in
    // the log is one the files no longer name: then the broken edit is the fix that
    // never went live (its reload was refused), and that is today's cause.
    const NginxMessage *first = output.firstError();
    QString latent;
    if (in.parsed.nginx && !refusedEditWouldFix(in)) {
        f.severity(Severity::Error).confidence(0.6).timing(FindingTiming::NextReload);
        latent =
            QLatin1Char(' ') + tr("nginx runs on the configuration it loaded earlier, so this is not why "
                                  "requests fail now: it will break the next reload or restart.");
        if (first)
            latent += savedSinceLoad(in, first->file);
    } else {
        f.severity(Severity::Critical).confidence(0.95);
    }
    if (!first) {
        check.explanation = tr("nginx refuses its configuration (nginx -t exit code %1).").arg(dump.exitCode);
        out.add(f.evidence(Evidence{QStringLiteral("nginx -t"), QString(), 0, utf8Text(dump.stdErr.trimmed()),
                                    -1, 0, dump.commandLine})
                    .summary(check.explanation + latent)
                    .remedy(tr("Fix the configuration until nginx -t passes, then reload."))
                    .build());
        return;
    }
    Evidence e{QStringLiteral("nginx -t"), first->file, first->line, first->raw, -1, 0, dump.commandLine};
    check.evidence << e;
    // A missing ';' is reported where the statement ends, a typo where it stands:
    // name the line to change and how.
    if (const std::optional<ConfigRepair::Repair> repair = ConfigRepair::forError(in.facts, *first)) {
        check.explanation =
            tr("nginx refuses its configuration: %1 (%2). While this is so, a reload keeps the old "
               "config and a restart leaves nginx down.")
                .arg(first->text, first->location()) +
            QLatin1Char('\n') + repair->explanation;
        out.add(f.evidence(e.highlight(first->text))
                    .evidence(EvidenceOf::configLine(in.facts, repair->file, repair->line))
                    .summary(check.explanation + latent)
                    .remedy(tr("Change line %1 of %2 as shown, run nginx -t until it passes, then reload.")
                                .arg(repair->line)
                                .arg(repair->action.file))
                    .action(repair->action)
                    .build());
        return;
    }
    check.explanation =
        tr("nginx refuses its configuration: %1%2. While this is so, a reload keeps the old "
           "config and a restart leaves nginx down.")
            .arg(first->text, first->line > 0 ? tr(" (%1)").arg(first->location()) : QString());
    f.evidence(e.highlight(first->text))
        .summary(check.explanation + latent)
        .remedy(first->line > 0 ? tr("Fix %1 line %2, run nginx -t until it passes, then reload.")
                                      .arg(first->file)
                                      .arg(first->line)
                                : tr("Fix the configuration until nginx -t passes, then reload."));
    const Finding invalid = f.build();
    if (first->text.contains(QLatin1String("host not found in upstream"))) {
        Finding dns = invalid;
        dns.cause = Cause::DnsFailure;
        dns.severity = Severity::Error;
        dns.confidence = 0.9;
        dns.summary = tr("nginx cannot resolve an upstream's host name at start-up: %1").arg(first->text);
        dns.remedy =
            tr("Use a name the server can resolve (check /etc/hosts and DNS with getent hosts NAME), or an "
               "IP address.");
        out.add(dns);
    }
    out.add(invalid);
}

// An HTTP proxy_pass aimed at PHP-FPM gets FastCGI back (or nothing), never an
// HTTP answer.
void ConfigChecks::passMatchesListener(const CheckInput &in, CheckOutput &out)
{
    for (const UpstreamTarget &t : in.facts.targets.targets()) {
        if (t.kind != UpstreamTarget::Kind::HostPort ||
            !(t.scheme == QLatin1String("http") || t.scheme == QLatin1String("https")))
            continue;
        if (in.parsed.isRemote(t.host))
            continue; // what listens there is on another host, not in this one's ss
        const TcpTargetMatch m = in.parsed.listeners.matchTcp(t.host, t.port, t.knownAddresses());
        for (const EndpointMatch &e : m.endpoints) {
            for (const Listener &l : e.listeners) {
                const bool fpm =
                    std::any_of(l.processes.begin(), l.processes.end(), [](const SocketProcess &p) {
                        return p.name.startsWith(QLatin1String("php-fpm"));
                    });
                if (!fpm)
                    continue;
                out.add(
                    FindingBuilder(Cause::ProtocolMismatch)
                        .upstream(t.endpoint())
                        .severity(Severity::Critical)
                        .confidence(0.9)
                        .summary(
                            tr("%1 (%2) sends HTTP to %3, where PHP-FPM listens: PHP-FPM speaks FastCGI, "
                               "so nginx gets no valid HTTP answer.")
                                .arg(t.directive, t.where(), t.endpoint()))
                        .evidence(EvidenceOf::configLine(in.facts, t.file, t.line, t.value))
                        .evidence(Evidence{QStringLiteral("ss"), QString(), 0, l.rawLine, -1, 0,
                                           in.facts.ssTcp.commandLine})
                        .remedy(
                            tr("Pass requests to PHP-FPM with fastcgi_pass %1 and the FastCGI parameters, "
                               "instead of proxy_pass.")
                                .arg(ProbeCommands::endpoint(t.host, t.port)))
                        .actions(fastcgiInstead(in, t))
                        .build());
            }
        }
    }
}

// proxy_pass to PHP-FPM becomes fastcgi_pass with the parameters PHP needs: the
// distribution's fastcgi.conf (it sets SCRIPT_FILENAME) when this nginx has one,
// else fastcgi_params and SCRIPT_FILENAME, else the parameters PHP-FPM needs to
// find and run a script written out (an nginx built without the stock files).
QList<FixAction> ConfigChecks::fastcgiInstead(const CheckInput &in, const UpstreamTarget &t)
{
    if (t.directiveIndex < 0 || !in.facts.config)
        return {};
    const QString confDir = in.facts.config->confPrefix();
    auto existing = [&](const QString &name) {
        const QString path = confDir + name;
        return in.facts.realPaths.contains(path) ? path : QString();
    };
    QStringList statements{QStringLiteral("fastcgi_pass %1;").arg(ProbeCommands::endpoint(t.host, t.port))};
    if (const QString conf = existing(QStringLiteral("fastcgi.conf")); !conf.isEmpty()) {
        statements << QStringLiteral("include %1;").arg(conf);
    } else if (const QString params = existing(QStringLiteral("fastcgi_params")); !params.isEmpty()) {
        statements << QStringLiteral("include %1;").arg(params)
                   << QStringLiteral("fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;");
    } else {
        static const char *const fcgiParams[][2] = {
            {"SCRIPT_FILENAME", "$document_root$fastcgi_script_name"},
            {"SCRIPT_NAME", "$fastcgi_script_name"},
            {"REQUEST_METHOD", "$request_method"},
            {"QUERY_STRING", "$query_string"},
            {"CONTENT_TYPE", "$content_type"},
            {"CONTENT_LENGTH", "$content_length"},
            {"REQUEST_URI", "$request_uri"},
            {"DOCUMENT_ROOT", "$document_root"},
            {"SERVER_PROTOCOL", "$server_protocol"},
            {"REMOTE_ADDR", "$remote_addr"},
            {"SERVER_NAME", "$server_name"},
            {"SERVER_PORT", "$server_port"},
        };
        for (const auto &[name, value] : fcgiParams)
            statements
                << QStringLiteral("fastcgi_param %1 %2;").arg(QLatin1String(name), QLatin1String(value));
    }
    statements << QStringLiteral("fastcgi_index index.php;");
    const std::optional<FixAction> a = ConfigEdits(in.facts).replace(
        in.facts.config->directive(t.directiveIndex), statements, tr("speak FastCGI to PHP-FPM"));
    return a ? QList<FixAction>{*a} : QList<FixAction>{};
}

// The way the failing URL takes: server block, location, pass target (or every
// upstream when there is no URL).
void ConfigChecks::route(const CheckInput &in, CheckOutput &out)
{
    if (!in.facts.config)
        return;
    CheckResult check;
    check.id = QStringLiteral("config.route");
    if (in.facts.failingUrl.isEmpty()) {
        check.title = tr("Upstreams in the configuration");
        check.status = in.facts.targets.targets().isEmpty() ? CheckStatus::Warn : CheckStatus::Pass;
        if (check.status == CheckStatus::Warn)
            check.next = tr("Name the application in the location that should reach it: proxy_pass "
                            "http://ADDRESS:PORT; (fastcgi_pass for PHP-FPM), then nginx -t and reload.");
        QStringList lines;
        for (const UpstreamTarget &t : in.facts.targets.targets()) {
            lines << tr("%1 %2 (%3)").arg(t.directive, t.value, t.where());
            check.evidence << EvidenceOf::configLine(in.facts, t.file, t.line, t.value);
        }
        check.explanation = lines.isEmpty()
                                ? tr("No proxy_pass, fastcgi_pass, uwsgi_pass, scgi_pass or grpc_pass "
                                     "was found: nginx serves everything itself.")
                                : lines.join(QLatin1Char('\n'));
    } else {
        routeOfUrl(in, check);
    }
    out.add(check);
}

void ConfigChecks::routeOfUrl(const CheckInput &in, CheckResult &check)
{
    check.title = tr("Where %1 goes").arg(in.facts.failingUrl);
    const LocationMatcher matcher(*in.facts.config);
    const Result<LocationMatch, ConfigError> match = matcher.match(QUrl(in.facts.failingUrl));
    if (!match || !match->found()) {
        check.status = CheckStatus::Warn;
        check.explanation =
            match ? tr("No server block of this configuration answers %1.").arg(in.facts.failingUrl)
                  : match.error().message();
        check.next = tr("Give the site a server block whose listen and server_name match %1, or check "
                        "the URL's host and port.")
                         .arg(in.facts.failingUrl);
        return;
    }
    check.status = CheckStatus::Pass;
    QStringList why{match->serverReason};
    check.evidence << EvidenceOf::configLine(in.facts, match->server->file, match->server->line);
    if (match->location) {
        why << match->locationReason;
        check.evidence << EvidenceOf::configLine(in.facts, match->location->file, match->location->line);
    }
    if (match->target) {
        why << tr("It is passed to %1 (%2).").arg(match->target->endpoint(), match->target->where());
        check.evidence << EvidenceOf::configLine(in.facts, match->target->file, match->target->line,
                                                 match->target->value);
    } else {
        why << tr("This location does not pass requests to an upstream.");
    }
    check.explanation = why.join(QLatin1Char('\n'));
}

} // namespace

const QList<CheckDef> &CheckRegistry::configChecks()
{
    static const QList<CheckDef> table{
        {"config.test", 4, QT_TRANSLATE_NOOP("gd::Check", "nginx accepts its configuration (nginx -t)"),
         FactNeed::Config | FactNeed::NginxTest, &ConfigChecks::test},
        {"config.loaded", 4, QT_TRANSLATE_NOOP("gd::Check", "nginx runs the configuration files as saved"),
         FactNeed::Config | FactNeed::Processes, &ConfigChecks::loaded},
        {"config.read", 4, QT_TRANSLATE_NOOP("gd::Check", "The whole configuration was read"),
         FactNeed::Config | FactNeed::ErrorLogs | FactNeed::DirectProbes, &ConfigChecks::readWhole},
        {"config.pass_protocol", 4,
         QT_TRANSLATE_NOOP("gd::Check", "Each pass directive speaks the listener's protocol"),
         FactNeed::Config | FactNeed::Sockets, &ConfigChecks::passMatchesListener},
        {"config.route", 4,
         QT_TRANSLATE_NOOP("gd::Check", "The server block and location that handle the URL"),
         quint32(FactNeed::Config), &ConfigChecks::route},
    };
    return table;
}

} // namespace gd
