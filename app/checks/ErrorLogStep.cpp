#include "app/checks/ErrorLogStep.h"

#include "app/checks/EvidenceOf.h"
#include "app/checks/UpstreamAddressCheck.h"

#include <QLocale>

namespace gd {

int ErrorLogStep::stepOf(Cause cause)
{
    switch (cause) {
    case Cause::UpstreamDown:
    case Cause::NoLiveUpstreams:
        return 1;
    case Cause::SocketPermission:
    case Cause::FirewallBlocked:
    case Cause::SelinuxDenied:
    case Cause::DnsFailure:
        return 3;
    case Cause::WrongUpstreamAddress:
    case Cause::ConfigInvalid:
    case Cause::TlsToUpstream:
    case Cause::ProtocolMismatch:
        return 4;
    case Cause::UpstreamTimeout:
    case Cause::HeaderTooBig:
        return 5;
    case Cause::UpstreamCrashed:
    case Cause::ResourceExhaustion:
    case Cause::PhpFpmSaturated:
    case Cause::NginxNotRunning:
        return 6;
    }
    return 2;
}

QString ErrorLogStep::remedyFor(Cause cause, const QString &upstream)
{
    switch (cause) {
    case Cause::UpstreamDown:
        return tr("Start the application behind %1 and keep it running (step 6 restarts it and watches).")
            .arg(upstream);
    case Cause::WrongUpstreamAddress:
        return tr("Make the address in the nginx config match where the app listens (step 4).");
    case Cause::SocketPermission:
        return tr(
            "Let nginx's worker user use the socket: set listen.owner/listen.group/listen.mode (0660) in the "
            "PHP-FPM pool, or the app's socket permissions, so that the worker's group may write to it.");
    case Cause::FirewallBlocked:
        return tr("Allow traffic from nginx to %1 in the firewall (or the cloud security group).")
            .arg(upstream);
    case Cause::SelinuxDenied:
        return tr("Allow nginx to connect to the network: setsebool -P httpd_can_network_connect 1.");
    case Cause::DnsFailure:
        return tr(
            "Make the upstream name resolvable from the server, or add a `resolver` for variable proxy_pass "
            "targets (step 4).");
    case Cause::UpstreamTimeout:
        return tr("Make the app answer faster, or raise the read timeout for this location (step 5 applies "
                  "it safely).");
    case Cause::UpstreamCrashed:
        return tr(
            "Look at the app's own log for crashes, worker timeouts or memory kills at the same times, then "
            "restart it (step 6).");
    case Cause::ResourceExhaustion:
        return tr(
            "Free the exhausted resource: memory (OOM kills), open files (worker_rlimit_nofile) or ports "
            "(upstream keepalive).");
    case Cause::PhpFpmSaturated:
        return tr("Raise pm.max_children of the PHP-FPM pool if memory allows, or make requests faster.");
    case Cause::HeaderTooBig:
        return tr("Raise the buffer size for response headers for this location (step 5 applies it safely).");
    case Cause::TlsToUpstream:
        return tr(
            "Fix TLS towards the upstream: http:// vs https://, proxy_ssl_server_name on, or the certificate "
            "settings (step 4).");
    case Cause::ProtocolMismatch:
        return tr("Use the pass directive that matches the upstream's protocol: proxy_pass for HTTP servers, "
                  "fastcgi_pass for PHP-FPM (step 4).");
    case Cause::NoLiveUpstreams:
        return tr("Fix why the servers of %1 fail (the findings above); nginx marks them live again after "
                  "fail_timeout.")
            .arg(upstream);
    case Cause::ConfigInvalid:
        return tr("Fix the configuration until nginx -t passes, then reload (step 4).");
    case Cause::NginxNotRunning:
        return tr("Start nginx (step 6).");
    }
    return {};
}

namespace {

QString summaryFor(const ErrorLogGroup &g, const QString &label)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("gd::ErrorLogStep", text); };
    const QString when = g.firstSeen == g.lastSeen
                             ? tr("at %1").arg(g.firstSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                             : tr("from %1 to %2")
                                   .arg(g.firstSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        g.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString times =
        QCoreApplication::translate("gd::ErrorLogStep", "%n time(s)", nullptr, int(g.count));
    const QString status = g.httpStatus > 0 ? tr(" Clients got %1.").arg(g.httpStatus) : QString();
    switch (*g.cause) {
    case Cause::UpstreamTimeout:
        return tr("%1 did not answer in time: nginx gave up waiting %2 %3.%4")
            .arg(label, times, when, status);
    case Cause::UpstreamCrashed:
        return tr("%1 dropped the connection before answering (closed or reset) %2 %3: the app crashed, was "
                  "killed, "
                  "or hit its own timeout.%4")
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

} // namespace

StepOutcome ErrorLogStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 2;
    out.result.title = tr("What does the nginx error log say?");

    if (facts.errorLogs.isEmpty()) {
        CheckResult none;
        none.id = QStringLiteral("log.read");
        none.title = tr("Read the error log");
        none.status = facts.errorLogsElsewhere.isEmpty() ? CheckStatus::Warn : CheckStatus::Skipped;
        none.explanation = facts.errorLogsElsewhere.isEmpty()
                               ? tr("No error log file was found in the configuration.")
                               : tr("nginx logs errors to %1, not to a file; see the journal check.")
                                     .arg(facts.errorLogsElsewhere.join(QStringLiteral(", ")));
        out.add(none);
    }

    if (!facts.errorLogsElsewhere.isEmpty() && !facts.errorLogs.isEmpty()) {
        CheckResult elsewhere;
        elsewhere.id = QStringLiteral("log.elsewhere");
        elsewhere.title = tr("Error logs that are not files");
        elsewhere.status = CheckStatus::Warn;
        elsewhere.explanation =
            tr("Some errors go to %1 instead of a file: those lines are in the system log "
               "(journalctl), not in the files read here.")
                .arg(facts.errorLogsElsewhere.join(QStringLiteral(", ")));
        out.add(elsewhere);
    }

    for (int i = 0; i < parsed.errorLogs.size(); ++i) {
        const ParsedLog &log = parsed.errorLogs[i];
        CheckResult read;
        read.id = QStringLiteral("log.read");
        read.title = tr("Read the end of %1").arg(log.path);
        for (const CommandResult &r : facts.transcript) {
            if (r.commandLine.contains(log.path) && r.commandLine.contains(QLatin1String("tail")))
                read.commands << recordOf(r, 600);
        }
        if (log.error) {
            const bool needsRoot = log.error.kind() == RemoteError::Kind::PermissionDenied;
            read.status = needsRoot ? CheckStatus::Error : CheckStatus::Warn;
            read.explanation =
                needsRoot ? tr("%1 can only be read as root. Give the sudo password (or run as root) "
                               "so that this step can read it.")
                                .arg(log.path)
                          : log.error.message();
            out.add(read);
            continue;
        }
        read.status = CheckStatus::Pass;
        read.explanation =
            tr("Read the last %1 of %2 (%n line(s)); the rest of the file was not transferred.", nullptr,
               int(log.lines))
                .arg(QLocale::c().formattedDataSize(log.bytesRead),
                     QLocale::c().formattedDataSize(log.fileSize));
        out.add(read);

        CheckResult classified;
        classified.id = QStringLiteral("log.classified");
        classified.title = tr("Upstream errors in %1").arg(log.path);
        QStringList rows;
        int failures = 0, hints = 0;
        for (const ErrorLogGroup &g : log.groups) {
            const QString label = ParsedFacts::labelForPeer(facts, g.upstream);
            rows << tr("%1× %2 %3 (%4)%5")
                        .arg(g.count)
                        .arg(g.cause ? causeCode(*g.cause) : g.rule,
                             label.isEmpty() ? tr("(no upstream)") : label,
                             g.httpStatus > 0 ? QString::number(g.httpStatus) : QStringLiteral("-"),
                             g.lastSeen.isValid()
                                 ? tr(", last %1")
                                       .arg(g.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                 : QString());
            for (const ErrorLogSample &s : g.samples.mid(0, 1))
                classified.evidence << EvidenceOf::logSample(log.path, s);
            if (g.verdict != LineVerdict::Failure || !g.cause) {
                ++hints;
                continue;
            }
            ++failures;

            Finding f;
            f.cause = *g.cause;
            f.upstream = label;
            f.step = stepOf(f.cause);
            f.severity = g.httpStatus == 502 || g.httpStatus == 504 ? Severity::Error : Severity::Warning;
            f.confidence = 0.8;
            for (const ErrorLogSample &s : g.samples)
                f.evidence << EvidenceOf::logSample(log.path, s);
            if (g.needsConfirmation) {
                // Refused / socket missing: down, or the wrong address? Ask what listens.
                const UpstreamAddressCheck::Verdict v =
                    UpstreamAddressCheck::judge(facts, parsed, g.upstream, label);
                if (v.finding) {
                    Finding judged = *v.finding;
                    judged.evidence = f.evidence + judged.evidence;
                    judged.confidence = qMin(0.95, judged.confidence + 0.05);
                    out.findings << judged;
                    continue;
                }
                if (v.listeningNow) {
                    f.confidence = 0.4;
                    f.severity = Severity::Warning;
                    f.summary =
                        tr("nginx could not connect to %1 %n time(s), but it is listening now: the app was "
                           "down or restarting then. If this repeats, look for crashes (step 6).",
                           nullptr, int(g.count))
                            .arg(label);
                    f.remedy = remedyFor(Cause::UpstreamCrashed, label);
                    f.remedyStep = 6;
                    out.findings << f;
                    continue;
                }
            }
            if (f.cause == Cause::NoLiveUpstreams)
                f.rootCause = Cause::UpstreamDown; // set properly by the engine from the other findings
            f.summary = summaryFor(g, label.isEmpty() ? tr("the upstream") : label);
            f.remedy = remedyFor(f.cause, label);
            f.remedyStep = f.step >= 4 ? f.step : 0;
            if (f.cause == Cause::UpstreamDown || f.cause == Cause::UpstreamCrashed)
                f.remedyStep = 6;
            if (g.secondaryCause) {
                Finding second = f;
                second.cause = *g.secondaryCause;
                second.step = stepOf(second.cause);
                second.summary =
                    summaryFor(g, label) + QLatin1Char(' ') + causeTitle(second.cause) + QLatin1Char('.');
                second.remedy = remedyFor(second.cause, label);
                out.findings << second;
            }
            out.findings << f;
        }
        classified.status = failures > 0 ? CheckStatus::Fail
                            : hints > 0  ? CheckStatus::Warn
                                         : CheckStatus::Pass;
        classified.explanation = rows.isEmpty()
                                     ? tr("No upstream errors in the part of the log that was read.")
                                     : rows.join(QLatin1Char('\n'));
        out.add(classified);
    }

    CheckResult journal;
    journal.id = QStringLiteral("log.journal");
    journal.title = tr("nginx's journal (journalctl -u nginx)");
    journal.commands << recordOf(facts.journalNginx, 2000);
    const QByteArray journalText = facts.journalNginx.stdOut + facts.journalNginx.stdErr;
    if (!facts.journalNginx.ran() || facts.journalNginx.exitCode == 127 ||
        journalText.contains("not been booted with systemd") || journalText.contains("No journal files")) {
        journal.status = CheckStatus::Skipped;
        journal.explanation = tr("No systemd journal on this machine.");
    } else {
        journal.status = journalText.contains("[emerg]") || journalText.contains("Failed")
                             ? CheckStatus::Warn
                             : CheckStatus::Pass;
        journal.explanation = journal.status == CheckStatus::Pass
                                  ? tr("Nothing alarming in nginx's journal.")
                                  : tr("nginx's journal has failures; see the output.");
    }
    out.add(journal);
    return out;
}

} // namespace gd
