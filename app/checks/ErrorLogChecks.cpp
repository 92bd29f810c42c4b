// Step 2: what does the nginx error log say?
#include "app/checks/AppTimeline.h"
#include "app/checks/CheckRegistry.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/checks/LogRemedies.h"
#include "app/checks/PoolLiveStatus.h"
#include "app/checks/PoolRemedy.h"
#include "app/checks/StaleResolutionJudge.h"
#include "app/checks/UpstreamAddressJudge.h"
#include "app/checks/UpstreamEndpoints.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QLocale>

namespace gd {

namespace {

class ErrorLogChecks
{
    Q_DECLARE_TR_FUNCTIONS(gd::ErrorLogChecks)
public:
    static void read(const CheckInput &in, CheckOutput &out);
    static void elsewhere(const CheckInput &in, CheckOutput &out);
    static void classified(const CheckInput &in, CheckOutput &out);
    static void journal(const CheckInput &in, CheckOutput &out);
    static void appLogs(const CheckInput &in, CheckOutput &out);

private:
    static void findingsOf(const CheckInput &in, const ParsedLog &log, const ErrorLogGroup &g,
                           CheckOutput &out);
    static QString summaryFor(const ErrorLogGroup &g, const QString &label);
    static void resolverRemedy(const CheckInput &in, FindingBuilder &f);
    static void backlogNote(const CheckInput &in, const QString &label, FindingBuilder &f);
    static Finding invalidHeader(const ErrorLogGroup &g, const QString &label,
                                 const QList<Evidence> &evidence);
    static const ErrorLogGroup *crashBefore(const ParsedLog &log, const ErrorLogGroup &down);
    static const ErrorLogGroup *refusedAfter(const ParsedLog &log, const ErrorLogGroup &crash);
};

// The dropped connections to the same upstream that ended before `down`'s refused
// connections began: the crash that took it down.
const ErrorLogGroup *ErrorLogChecks::crashBefore(const ParsedLog &log, const ErrorLogGroup &down)
{
    const ErrorLogGroup *found = nullptr;
    for (const ErrorLogGroup &c : log.groups) {
        if (c.cause == Cause::UpstreamCrashed && c.upstream == down.upstream && c.lastSeen.isValid() &&
            down.firstSeen.isValid() && c.lastSeen <= down.firstSeen)
            found = &c;
    }
    return found;
}

// The refused connections to the same upstream that began after `crash`, with
// nothing listening now: it crashed and was not restarted.
const ErrorLogGroup *ErrorLogChecks::refusedAfter(const ParsedLog &log, const ErrorLogGroup &crash)
{
    for (const ErrorLogGroup &d : log.groups) {
        if (d.needsConfirmation && d.upstream == crash.upstream && d.firstSeen.isValid() &&
            crash.lastSeen.isValid() && d.firstSeen >= crash.lastSeen)
            return &d;
    }
    return nullptr;
}

// nginx refused a response header ("upstream sent invalid header: \"X-Debug-Trace:
// req-1\x00...\""): the app speaks HTTP, wrongly. The fix is in the app, never in
// the pass directive; the finding names the header from the log line itself.
Finding ErrorLogChecks::invalidHeader(const ErrorLogGroup &g, const QString &label,
                                      const QList<Evidence> &evidence)
{
    const QString line = g.samples.isEmpty() ? QString() : utf8Text(g.samples.first().line);
    // The quoted part after the message: the header up to the byte nginx refused.
    QString header, problem;
    const int sent = int(line.indexOf(QLatin1String("upstream sent ")));
    const QString message = sent >= 0 ? line.mid(sent) : line;
    const int quote = int(message.indexOf(QLatin1String(": \"")));
    if (message.startsWith(QLatin1String("upstream sent invalid header")) && quote > 0) {
        const QString shown = message.mid(quote + 3).section(QLatin1String("...\""), 0, 0);
        header = shown.section(QLatin1Char(':'), 0, 0).trimmed();
        const int bad = int(shown.indexOf(QLatin1String("\\x")));
        problem = bad >= 0 ? (shown.mid(bad, 4) == QLatin1String("\\x00")
                                  ? tr("a NUL byte (\\x00)")
                                  : tr("the byte %1, which a header may not hold").arg(shown.mid(bad, 4)))
                           : tr("characters a header may not hold");
    } else if (message.contains(QLatin1String("\"Content-Length\" and \"Transfer-Encoding\""))) {
        header = QStringLiteral("Content-Length");
        problem = tr("Transfer-Encoding in the same response (one of them must go)");
    } else if (quote > 0) {
        header = message.mid(quote + 3).section(QLatin1Char(':'), 0, 0).trimmed();
        problem = message.contains(QLatin1String("duplicate header line")) ? tr("a second, duplicate line")
                  : message.contains(QLatin1String("unknown \"Transfer-Encoding\""))
                      ? tr("a value nginx does not know")
                      : tr("an invalid value");
    }
    const QString who = label.isEmpty() ? tr("The upstream") : label;
    const QString what = header.isEmpty() ? tr("a response header nginx refuses")
                                          : tr("the response header %1 with %2").arg(header, problem);
    FindingBuilder f(Cause::ProtocolMismatch);
    f.upstream(label)
        .severity(Severity::Error)
        .confidence(0.9)
        .evidence(evidence)
        .summary(
            tr("%1 sent %2 (%n time(s)), so nginx refused the response and answered %3. That is a bug in "
               "the application: it speaks HTTP, but sends a header that HTTP does not allow.",
               nullptr, int(g.count))
                .arg(who, what)
                .arg(g.httpStatus > 0 ? g.httpStatus : 502))
        .remedy(
            header.isEmpty()
                ? tr("Fix the application so that its response headers are valid HTTP; nothing in nginx can "
                     "fix this.")
                : tr("Fix the application (its code, framework or a proxy in it) so that it stops sending "
                     "%1 with %2; nothing in nginx can fix this.")
                      .arg(header, problem))
        .fixInApp();
    return f.build();
}

// A lookup at request time failed while a `resolver` is configured: "add a
// resolver" would be wrong (a second one fails nginx -t); the one there is what to
// look at. (ResolverJudge says whether it answers, when it could ask it.)
void ErrorLogChecks::resolverRemedy(const CheckInput &in, FindingBuilder &f)
{
    for (const UpstreamTarget &t : in.facts.targets.targets()) {
        if (!t.needsResolver || !t.resolverInScope)
            continue;
        f.remedy(tr("Check that the `resolver` at %1:%2 answers and knows the upstream's name (dig @ADDRESS "
                    "NAME on this host); if it does not, point it at a DNS server that does.")
                     .arg(t.resolverFile)
                     .arg(t.resolverLine));
        return;
    }
}

// "connect() to unix:... failed (11: Resource temporarily unavailable)": the socket's
// queue was full. With a small listen.backlog, more children alone do not stop it.
void ErrorLogChecks::backlogNote(const CheckInput &in, const QString &label, FindingBuilder &f)
{
    const PhpFpmPool *pool = PoolRemedy::poolFor(in, label);
    if (!pool)
        return;
    if (pool->backlogTooSmall()) {
        const Finding built = f.build();
        f.summary(built.summary + QLatin1Char(' ') +
                  tr("Pool %1's listen.backlog is %2: while every child is busy the kernel refuses further "
                     "connections at once, so more children alone would not stop the 502s.")
                      .arg(pool->name)
                      .arg(pool->listenBacklog()));
    }
    const PoolRemedy::Remedy remedy = PoolRemedy::of(in, *pool);
    QString remedyText = remedy.text;
    // The pool's live figures when it has a status page; else how to give it one.
    if (const ParsedFacts::PoolStatus *status = in.parsed.statusOf(*pool)) {
        f.evidence(PoolLiveStatus::evidence(*status, *pool));
        if (const QString now = PoolLiveStatus::sentence(status->answer, pool->maxChildren()); !now.isEmpty())
            f.summary(f.build().summary + QLatin1Char(' ') + now);
    } else if (pool->statusPath().isEmpty()) {
        remedyText += QLatin1Char(' ') + PoolLiveStatus::howToEnable(*pool);
    }
    f.remedy(remedyText).actions(remedy.actions);
}

// The tail of every error log the configuration names (never the whole file).
void ErrorLogChecks::read(const CheckInput &in, CheckOutput &out)
{
    if (in.facts.errorLogs.isEmpty()) {
        CheckResult none;
        none.id = QStringLiteral("log.read");
        none.title = tr("Read the error log");
        none.status = in.facts.errorLogsElsewhere.isEmpty() ? CheckStatus::Warn : CheckStatus::Skipped;
        none.explanation = in.facts.errorLogsElsewhere.isEmpty()
                               ? tr("No error log file was found in the configuration.")
                               : tr("nginx logs errors to %1, not to a file; see the journal check.")
                                     .arg(in.facts.errorLogsElsewhere.join(QStringLiteral(", ")));
        if (none.status == CheckStatus::Warn)
            none.next = tr("Give nginx an error log: error_log /var/log/nginx/error.log; in the http block, "
                           "then nginx -t and reload.");
        out.add(none);
    }
    for (const ParsedLog &log : in.parsed.errorLogs) {
        CheckResult check;
        check.id = QStringLiteral("log.read");
        check.title = tr("Read the end of %1").arg(log.path);
        for (const CommandResult &r : in.facts.transcript) {
            if (r.commandLine.contains(log.path) && r.commandLine.contains(QLatin1String("tail")))
                check.commands << CommandRecord::of(r, 600);
        }
        if (log.error) {
            const bool needsRoot = log.error.kind() == RemoteError::Kind::PermissionDenied;
            check.status = needsRoot ? CheckStatus::Error : CheckStatus::Warn;
            check.explanation = needsRoot
                                    ? tr("%1 can only be read as root. Give the sudo password (or run as "
                                         "root) so that this step can read it.")
                                          .arg(log.path)
                                    : log.error.message();
            check.next = tr("Read it yourself with sudo tail -n 200 %1, or give the sudo password and re-run "
                            "the checks.")
                             .arg(log.path);
        } else {
            check.status = CheckStatus::Pass;
            check.explanation = tr("Read the last %1 of %2 (%n line(s)); the rest of the file was not "
                                   "transferred.",
                                   nullptr, int(log.lines))
                                    .arg(QLocale::c().formattedDataSize(log.bytesRead),
                                         QLocale::c().formattedDataSize(log.fileSize));
        }
        out.add(check);
    }
}

// error_log to syslog or stderr: those lines are in the journal, not in a file.
void ErrorLogChecks::elsewhere(const CheckInput &in, CheckOutput &out)
{
    if (in.facts.errorLogsElsewhere.isEmpty() || in.facts.errorLogs.isEmpty())
        return;
    CheckResult check;
    check.id = QStringLiteral("log.elsewhere");
    check.title = tr("Error logs that are not files");
    check.status = CheckStatus::Warn;
    check.explanation = tr("Some errors go to %1 instead of a file: those lines are in the system log "
                           "(journalctl), not in the files read here.")
                            .arg(in.facts.errorLogsElsewhere.join(QStringLiteral(", ")));
    check.next = tr("Read those lines with journalctl -u nginx --since \"1 hour ago\" (or where syslog "
                    "writes them).");
    out.add(check);
}

// The log's upstream errors, grouped by cause and upstream; each failure group
// is a finding.
void ErrorLogChecks::classified(const CheckInput &in, CheckOutput &out)
{
    for (const ParsedLog &log : in.parsed.errorLogs) {
        if (log.error)
            continue;
        CheckResult check;
        check.id = QStringLiteral("log.classified");
        check.title = tr("Upstream errors in %1").arg(log.path);
        QStringList rows;
        int failures = 0, hints = 0;
        for (const ErrorLogGroup &g : log.groups) {
            const QString label = ParsedFacts::labelForPeer(in.facts, g.upstream);
            const QString last =
                g.lastSeen.isValid()
                    ? tr(", last %1").arg(g.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    : QString();
            rows << tr("%1× %2 %3 (%4)%5")
                        .arg(g.count)
                        .arg(g.cause ? causeCode(*g.cause) : g.rule,
                             label.isEmpty() ? tr("(no upstream)") : label,
                             g.httpStatus > 0 ? QString::number(g.httpStatus) : QStringLiteral("-"), last);
            for (const ErrorLogSample &s : g.samples.mid(0, 1))
                check.evidence << EvidenceOf::logSample(log.path, s);
            if (g.verdict != LineVerdict::Failure || !g.cause) {
                ++hints;
                continue;
            }
            ++failures;
            // Every finding of the group carries its sites and last time: the engine
            // scopes it to the URL and tells live from history by them.
            CheckOutput group;
            findingsOf(in, log, g, group);
            for (Finding &f : group.findings) {
                f.sites = g.servers;
                f.lastSeen = g.lastSeen;
                out.add(f);
            }
        }
        check.status = failures > 0 ? CheckStatus::Fail : hints > 0 ? CheckStatus::Warn : CheckStatus::Pass;
        check.explanation = rows.isEmpty() ? tr("No upstream errors in the part of the log that was read.")
                                           : rows.join(QLatin1Char('\n'));
        if (check.status != CheckStatus::Pass)
            check.next = tr("Read the lines shown from %1; tail -f %1 follows the new ones while you load "
                            "the page again.")
                             .arg(log.path);
        out.add(check);
    }
}

void ErrorLogChecks::findingsOf(const CheckInput &in, const ParsedLog &log, const ErrorLogGroup &g,
                                CheckOutput &out)
{
    const QString label = ParsedFacts::labelForPeer(in.facts, g.upstream);
    QList<Evidence> evidence;
    for (const ErrorLogSample &s : g.samples)
        evidence << EvidenceOf::logSample(log.path, s);
    const Severity severity =
        g.httpStatus == 502 || g.httpStatus == 504 ? Severity::Error : Severity::Warning;
    // nginx connects to an address its configuration names by a host name that resolves
    // elsewhere now: a stale lookup, which a reload fixes, not a wrong address or a down app.
    if (std::optional<Finding> stale = StaleResolutionJudge::judge(in.facts, in.parsed, log.path, g)) {
        out.add(*stale);
        return;
    }
    if (g.needsConfirmation) {
        // Refused / socket missing: down, or the wrong address? Ask what listens.
        const UpstreamAddressJudge::Verdict v =
            UpstreamAddressJudge::judge(in.facts, in.parsed, g.upstream, label);
        if (v.finding) {
            Finding judged = *v.finding;
            judged.evidence = evidence + judged.evidence;
            judged.confidence = qMin(0.95, judged.confidence + 0.05);
            // Down since a request made it drop the connection: the crash is the cause,
            // being down its consequence (the crash's finding comes first).
            if (const ErrorLogGroup *crash = crashBefore(log, g);
                crash && judged.cause == Cause::UpstreamDown) {
                judged.rootCause = Cause::UpstreamCrashed;
                judged.summary +=
                    QLatin1Char(' ') +
                    tr("It went down at %1, when a request made it drop the connection: it crashed then, and "
                       "nothing restarted it.")
                        .arg(crash->lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            }
            out.add(judged);
            return;
        }
        if (v.listeningNow) {
            out.add(
                FindingBuilder(*g.cause)
                    .upstream(label)
                    .severity(Severity::Warning)
                    .confidence(0.4)
                    .evidence(evidence)
                    .summary(tr("nginx could not connect to %1 %n time(s), but it is listening now: the app "
                                "was down or restarting then. If this repeats, look for crashes in the app's "
                                "own log.",
                                nullptr, int(g.count))
                                 .arg(label))
                    .remedy(causeRemedy(Cause::UpstreamCrashed, label))
                    .remedyStep(6)
                    .build());
            // It listens now: what the lines say has ended (history, unless it repeats).
            out.findings.last().timing = FindingTiming::Past;
            return;
        }
    }
    if (g.rule == QLatin1String("invalid_header")) {
        out.add(invalidHeader(g, label, evidence));
        return;
    }
    // The app's own log says why it dropped the connections: its limit, a crash.
    if (std::optional<Finding> explained = AppTimeline::explain(in, log.path, g, label, evidence)) {
        out.add(*explained);
        return;
    }
    FindingBuilder f(*g.cause);
    f.upstream(label).severity(severity).confidence(0.8).evidence(evidence).summary(
        summaryFor(g, label.isEmpty() ? tr("the upstream") : label));
    if (g.rule == QLatin1String("could_not_be_resolved") || g.rule == QLatin1String("resolver_unreachable"))
        resolverRemedy(in, f);
    if (*g.cause == Cause::PhpFpmSaturated)
        backlogNote(in, label, f);
    // The log line alone pins the change down (https to a plain server, ...): the exact edit.
    if (const QList<FixAction> actions = LogRemedies::actionsFor(in, g, label); !actions.isEmpty()) {
        QString why = actions.first().why;
        if (!why.isEmpty())
            why[0] = why[0].toUpper();
        f.actions(actions).remedy(why + QLatin1Char('.'));
    } else if (*g.cause == Cause::NoLiveUpstreams) {
        f.followsFrom(Cause::UpstreamDown); // the engine links it to the finding that says why
    }
    if (*g.cause == Cause::UpstreamCrashed) {
        const QString who = label.isEmpty() ? tr("the upstream") : label;
        f.fixInApp().remedy(
            tr("The application behind %1 dropped the connections itself: the fix is in the "
               "application. Its own log at those times says why (a crash, a worker killed for "
               "time or memory); restart it if it is down.")
                .arg(who));
        if (const ErrorLogGroup *down = refusedAfter(log, g)) {
            f.confidence(0.85)
                .summary(summaryFor(g, who) + QLatin1Char(' ') +
                         tr("From %1 on, nginx's connections were refused: it crashed on that request and "
                            "nothing restarted it.")
                             .arg(down->firstSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))))
                .remedy(tr("Start the application behind %1 again, read what it printed when it died (its "
                           "stderr or journal at %2) and fix that error; run it under a supervisor that "
                           "restarts it (systemd Restart=on-failure, pm2).")
                            .arg(who, g.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        }
    }
    if (g.secondaryCause) {
        const Finding first = f.build();
        Finding second = first;
        second.cause = *g.secondaryCause;
        second.step = causeStep(second.cause);
        second.summary =
            summaryFor(g, label) + QLatin1Char(' ') + causeTitle(second.cause) + QLatin1Char('.');
        second.remedy = causeRemedy(second.cause, label);
        out.add(second);
    }
    out.add(f.build());
}

QString ErrorLogChecks::summaryFor(const ErrorLogGroup &g, const QString &label)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString when =
        g.firstSeen == g.lastSeen
            ? tr("at %1").arg(g.firstSeen.toString(format))
            : tr("from %1 to %2").arg(g.firstSeen.toString(format), g.lastSeen.toString(format));
    const QString times = tr("%n time(s)", nullptr, int(g.count));
    const QString status = g.httpStatus > 0 ? tr(" Clients got %1.").arg(g.httpStatus) : QString();
    switch (*g.cause) {
    case Cause::UpstreamTimeout:
        return tr("%1 did not answer in time: nginx gave up waiting %2 %3.%4")
            .arg(label, times, when, status);
    case Cause::UpstreamCrashed:
        return tr("%1 dropped the connection before answering (closed or reset) %2 %3: the app crashed, was "
                  "killed, or hit its own timeout.%4")
            .arg(label, times, when, status);
    case Cause::HeaderTooBig:
        return tr("%1 sent response headers larger than nginx's buffer %2 %3 (big cookies or redirects).%4")
            .arg(label, times, when, status);
    case Cause::SocketPermission:
        return tr("nginx's worker was denied access to the socket of %1 %2 %3.%4")
            .arg(label, times, when, status);
    case Cause::SelinuxDenied:
        return tr("nginx was denied (SELinux) when connecting to %1 %2 %3.%4")
            .arg(label, times, when, status);
    case Cause::DnsFailure:
        return tr("nginx could not resolve the upstream's name %1 %2.%3").arg(times, when, status);
    case Cause::NoLiveUpstreams:
        return tr("Every server of %1 was marked failed, so nginx had nowhere to send requests %2 %3.%4")
            .arg(label, times, when, status);
    case Cause::ProtocolMismatch:
        return tr("%1 answered in a protocol nginx did not expect %2 %3: the pass directive does not match "
                  "what "
                  "listens there.%4")
            .arg(label, times, when, status);
    case Cause::PhpFpmSaturated:
        return tr("The socket of %1 refused new connections (listen queue full) %2 %3: every PHP-FPM worker "
                  "was "
                  "busy.%4")
            .arg(label, times, when, status);
    default:
        return tr("%1: %2 %3 %4.%5").arg(causeTitle(*g.cause), label, times, when, status);
    }
}

// What each app server's own log says, grouped like nginx's lines: its worker
// timeouts, crashes and exceptions, the newest of each kind cited. The findings come
// from the nginx groups they explain (AppTimeline), on one timeline.
void ErrorLogChecks::appLogs(const CheckInput &in, CheckOutput &out)
{
    // Only the servers behind this configuration's upstreams: other apps on the machine
    // are not this site's story.
    const QList<UpstreamEndpoint> endpoints = upstreamEndpoints(in.facts);
    for (const ParsedAppServer &a : in.parsed.appServers) {
        const bool behind = std::any_of(endpoints.begin(), endpoints.end(), [&](const UpstreamEndpoint &e) {
            return AppTimeline::serverFor(in.parsed, e.endpoint) == &a;
        });
        if (a.log.kind == AppLogLocation::Kind::None || !behind)
            continue;
        CheckResult check;
        check.id = QStringLiteral("log.app");
        check.title = tr("%1's own log (%2)").arg(a.label(), a.log.path);
        for (const CommandResult &r : in.facts.transcript) {
            if (r.commandLine.contains(a.log.path) && (r.commandLine.contains(QLatin1String("tail")) ||
                                                       r.commandLine.contains(QLatin1String("journalctl"))))
                check.commands << CommandRecord::of(r, 600);
        }
        if (!a.logProblem.isEmpty()) {
            check.status = CheckStatus::Warn;
            check.explanation =
                tr("Found %1 (%2), but it could not be read: %3").arg(a.log.path, a.log.how, a.logProblem);
            check.next = tr("Read it yourself with sudo tail -n 200 %1.").arg(a.log.path);
            out.add(check);
            continue;
        }
        struct Kind
        {
            AppEvent::Kind kind;
            const char *title;
            CheckStatus status;
        };
        static const Kind kinds[] = {
            {AppEvent::Kind::WorkerTimeout, QT_TR_NOOP("worker killed for its time limit"),
             CheckStatus::Fail},
            {AppEvent::Kind::WorkerKilled, QT_TR_NOOP("worker killed by a signal"), CheckStatus::Fail},
            {AppEvent::Kind::Exception, QT_TR_NOOP("uncaught exception"), CheckStatus::Fail},
            {AppEvent::Kind::ProcessExit, QT_TR_NOOP("the server itself exited"), CheckStatus::Fail},
            {AppEvent::Kind::InvalidRequestBlock, QT_TR_NOOP("request in a protocol it does not speak"),
             CheckStatus::Fail},
            {AppEvent::Kind::ListenQueueFull, QT_TR_NOOP("listen queue full"), CheckStatus::Fail},
            {AppEvent::Kind::WorkerExited, QT_TR_NOOP("worker exited"), CheckStatus::Warn},
            {AppEvent::Kind::Boot, QT_TR_NOOP("worker or server started"), CheckStatus::Pass},
        };
        QStringList rows;
        check.status = CheckStatus::Pass;
        for (const Kind &k : kinds) {
            const AppEvent *last = nullptr;
            int count = 0;
            for (const AppEvent &e : a.events) {
                if (e.kind == k.kind) {
                    last = &e;
                    ++count;
                }
            }
            if (!last)
                continue;
            rows << tr("%1× %2%3%4")
                        .arg(count)
                        .arg(tr(k.title))
                        .arg(last->time.isValid()
                                 ? tr(", last %1")
                                       .arg(last->time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                 : QString())
                        .arg(last->detail.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + last->detail.left(160));
            if (k.status != CheckStatus::Pass)
                check.evidence << AppTimeline::evidenceOf(a, *last);
            if (k.status == CheckStatus::Fail ||
                (k.status == CheckStatus::Warn && check.status == CheckStatus::Pass))
                check.status = k.status;
        }
        check.explanation =
            tr("Read from %1.").arg(a.log.how) + QLatin1Char('\n') +
            (rows.isEmpty()
                 ? tr("Nothing about crashes, worker timeouts or exceptions in the part that was read.")
                 : rows.join(QLatin1Char('\n')));
        if (check.status != CheckStatus::Pass)
            check.next =
                a.log.kind == AppLogLocation::Kind::Journal
                    ? tr("Follow it with journalctl -f -u %1 beside nginx's log while you load the page "
                         "again.")
                          .arg(a.log.path)
                    : tr("Follow it beside nginx's log while you load the page again: tail -f %1 and "
                         "nginx's error log.")
                          .arg(a.log.path);
        out.add(check);
    }
}

// nginx's own journal: start-up failures ([emerg]) and unit failures.
void ErrorLogChecks::journal(const CheckInput &in, CheckOutput &out)
{
    const CommandResult &r = in.facts.journalNginx;
    CheckResult check;
    check.id = QStringLiteral("log.journal");
    check.title = tr("nginx's journal (journalctl -u nginx)");
    check.commands << CommandRecord::of(r, 2000);
    const QByteArray text = r.stdOut + r.stdErr;
    if (!r.ran() || r.exitCode == 127 || text.contains("not been booted with systemd") ||
        text.contains("No journal files")) {
        check.status = CheckStatus::Skipped;
        check.explanation = tr("No systemd journal on this machine.");
    } else {
        check.status =
            text.contains("[emerg]") || text.contains("Failed") ? CheckStatus::Warn : CheckStatus::Pass;
        check.explanation = check.status == CheckStatus::Pass
                                ? tr("Nothing alarming in nginx's journal.")
                                : tr("nginx's journal has failures; see the output.");
        if (check.status == CheckStatus::Warn)
            check.next = tr("Read them with journalctl -u nginx -n 50 --no-pager: an [emerg] line names the "
                            "file:line nginx refused.");
    }
    out.add(check);
}

} // namespace

const QList<CheckDef> &CheckRegistry::errorLogChecks()
{
    static const QList<CheckDef> table{
        {"log.read", 2, QT_TRANSLATE_NOOP("gd::Check", "Read the end of each error log"),
         quint32(FactNeed::ErrorLogs), &ErrorLogChecks::read},
        {"log.elsewhere", 2, QT_TRANSLATE_NOOP("gd::Check", "Error logs that are not files"),
         quint32(FactNeed::Config), &ErrorLogChecks::elsewhere},
        {"log.classified", 2,
         QT_TRANSLATE_NOOP("gd::Check", "Upstream errors, grouped by cause and upstream"),
         FactNeed::ErrorLogs | FactNeed::Config | FactNeed::Sockets, &ErrorLogChecks::classified},
        {"log.journal", 2, QT_TRANSLATE_NOOP("gd::Check", "nginx's journal"), quint32(FactNeed::NginxJournal),
         &ErrorLogChecks::journal},
        {"log.app", 2, QT_TRANSLATE_NOOP("gd::Check", "The app server's own log"),
         FactNeed::Sockets | FactNeed::Processes | FactNeed::UnitJournals | FactNeed::PhpFpm,
         &ErrorLogChecks::appLogs},
    };
    return table;
}

} // namespace gd
