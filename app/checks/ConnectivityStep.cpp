#include "app/checks/ConnectivityStep.h"

#include "app/checks/ConfigStep.h"
#include "app/checks/ErrorLogStep.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/UpstreamEndpoints.h"

namespace gd {

bool ConnectivityStep::permits(const QString &user, const QStringList &groups, const QString &owner,
                               const QString &group, uint mode, uint bit)
{
    if (user == QLatin1String("root"))
        return true;
    if (user == owner)
        return mode & (bit << 6);
    if (groups.contains(group))
        return mode & (bit << 3);
    return mode & bit;
}

StepOutcome ConnectivityStep::analyze(const Facts &facts, const ParsedFacts &parsed)
{
    StepOutcome out;
    out.result.step = 3;
    out.result.title = tr("Can nginx reach the upstream?");

    if (!facts.failingUrl.isEmpty()) {
        CheckResult through;
        through.id = QStringLiteral("connect.through_nginx");
        through.title = tr("%1 through nginx now").arg(facts.failingUrl);
        through.commands << recordOf(facts.probeThroughNginx, 2000);
        if (!parsed.throughNginx) {
            through.status = CheckStatus::Error;
            through.explanation = parsed.throughNginxProblem;
        } else {
            const HttpProbeResult &r = *parsed.throughNginx;
            if (r.transportOk()) {
                const bool bad = r.httpCode == 502 || r.httpCode == 504;
                through.status = bad ? CheckStatus::Fail : CheckStatus::Pass;
                through.explanation = bad ? tr("nginx answers %1 right now.").arg(r.httpCode)
                                          : tr("nginx answers %1 right now (in %2 s).")
                                                .arg(r.httpCode)
                                                .arg(r.timeTotal, 0, 'f', 3);
            } else {
                through.status = CheckStatus::Fail;
                through.explanation = tr("nginx itself does not answer: %1")
                                          .arg(r.evidence.isEmpty() ? r.errorMessage : r.evidence);
            }
            through.evidence << EvidenceOf::command(
                facts.probeThroughNginx, QStringLiteral("curl"),
                QString::fromUtf8(facts.probeThroughNginx.stdOut).trimmed());
        }
        out.add(through);
    }

    // DNS for upstream names.
    for (auto it = parsed.dns.begin(); it != parsed.dns.end(); ++it) {
        CheckResult dns;
        dns.id = QStringLiteral("connect.dns");
        dns.title = tr("%1 resolves").arg(it.key());
        dns.commands << recordOf(facts.dns.value(it.key()));
        if (it->found) {
            dns.status = CheckStatus::Pass;
            dns.explanation =
                tr("%1 resolves to %2.").arg(it.key(), it->addresses.join(QStringLiteral(", ")));
        } else {
            dns.status = CheckStatus::Fail;
            dns.explanation = tr("%1 does not resolve on the nginx host.").arg(it.key());
            Finding f;
            f.cause = Cause::DnsFailure;
            f.step = 3;
            f.upstream = it.key();
            f.severity = Severity::Error;
            f.confidence = 0.8;
            f.summary =
                tr("The upstream name %1 does not resolve on the server, so nginx cannot connect to it (and "
                   "refuses to start or reload with it).")
                    .arg(it.key());
            f.evidence << EvidenceOf::command(facts.dns.value(it.key()), QStringLiteral("getent"),
                                              tr("getent ahosts %1: not found (exit code %2)")
                                                  .arg(it.key())
                                                  .arg(facts.dns.value(it.key()).exitCode),
                                              it.key());
            f.remedy =
                tr("Fix the name (typo?), add it to DNS or /etc/hosts, or use an IP address (step 4).");
            f.remedyStep = 4;
            out.findings << f;
        }
        out.add(dns);
    }

    // proxy_pass with a variable host and no resolver.
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (!t.needsResolver || t.resolverInScope)
            continue;
        CheckResult resolver;
        resolver.id = QStringLiteral("connect.resolver");
        resolver.title = tr("A resolver for %1").arg(t.value);
        resolver.status = CheckStatus::Fail;
        resolver.explanation =
            tr("%1 (%2) names its upstream at request time, but no `resolver` is configured: "
               "nginx cannot look the name up and answers 502.")
                .arg(t.value, t.where());
        const Evidence e = ConfigStep::configLine(facts, t.file, t.line, t.value);
        resolver.evidence << e;
        out.add(resolver);
        Finding f;
        f.cause = Cause::DnsFailure;
        f.step = 3;
        f.upstream = t.value;
        f.severity = Severity::Error;
        f.confidence = 0.85;
        f.summary = resolver.explanation;
        f.evidence << e;
        f.remedy =
            tr("Add `resolver 127.0.0.53 valid=30s;` (or your DNS server) to this server block, or use a "
               "fixed address or an upstream {} block (step 4).");
        f.remedyStep = 4;
        out.findings << f;
    }

    // Unix sockets: may nginx's worker user connect (write on the socket, search on
    // every directory above it)?
    for (auto it = facts.socketStats.begin(); it != facts.socketStats.end(); ++it) {
        if (parsed.workerUser.isEmpty())
            break;
        CheckResult perm;
        perm.id = QStringLiteral("connect.socket_permission");
        perm.title = tr("%1 may use %2").arg(parsed.workerUser, it.key());
        perm.commands << recordOf(it.value()) << recordOf(facts.workerIdentity);
        perm.status = CheckStatus::Pass;
        perm.explanation = tr("The worker user %1 can reach and write to the socket.").arg(parsed.workerUser);
        const QStringList lines =
            QString::fromLocal8Bit(it.value().stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char('|'));
            if (f.size() < 5) {
                if (i == 0) {
                    perm.status = CheckStatus::Skipped;
                    perm.explanation = tr("The socket does not exist.");
                }
                break;
            }
            bool ok = false;
            const uint mode = f[3].toUInt(&ok, 8);
            if (!ok)
                continue;
            const bool isSocket = i == 0;
            const uint need = isSocket ? 2u : 1u;
            if (permits(parsed.workerUser, parsed.workerGroups, f[1], f[2], mode, need))
                continue;
            perm.status = CheckStatus::Fail;
            perm.explanation =
                isSocket
                    ? tr("%1 belongs to %2:%3 with mode %4: the worker user %5 (groups %6) may not write "
                         "to it, and connecting to a unix socket needs write permission.")
                          .arg(f[0], f[1], f[2], f[3], parsed.workerUser,
                               parsed.workerGroups.join(QLatin1Char(',')))
                    : tr("The directory %1 (%2:%3, mode %4) does not let the worker user %5 through.")
                          .arg(f[0], f[1], f[2], f[3], parsed.workerUser);
            Finding finding;
            finding.cause = Cause::SocketPermission;
            finding.step = 3;
            finding.upstream = QStringLiteral("unix:") + it.key();
            finding.severity = Severity::Critical;
            finding.confidence = 0.85;
            finding.summary = perm.explanation;
            finding.evidence << EvidenceOf::command(it.value(), QStringLiteral("stat"), lines[i], f[3])
                             << EvidenceOf::command(
                                    facts.workerIdentity, QStringLiteral("id"),
                                    QString::fromLocal8Bit(facts.workerIdentity.stdOut).trimmed());
            finding.remedy =
                isSocket ? tr("Give the socket a group the worker is in and mode 0660 (PHP-FPM: "
                              "listen.owner/listen.group = %1, listen.mode = 0660), then restart the "
                              "service.")
                               .arg(parsed.workerUser)
                         : tr("Let the worker user through %1 (chmod o+x, or a shared group).").arg(f[0]);
            out.findings << finding;
            break;
        }
        out.add(perm);
    }

    // Firewall, for every TCP upstream port (read-only).
    for (const UpstreamEndpoint &e : upstreamEndpoints(facts)) {
        if (e.port == 0)
            continue;
        const bool loopback = e.host == QLatin1String("localhost") ||
                              e.host.startsWith(QLatin1String("127.")) || e.host == QLatin1String("::1");
        QList<FirewallVerdict> verdicts{FirewallState::assess(parsed.ufw, e.port),
                                        FirewallState::assess(parsed.nft, e.port, loopback),
                                        FirewallState::assess(parsed.iptables, e.port, loopback)};
        CheckResult fw;
        fw.id = QStringLiteral("connect.firewall");
        fw.title = tr("Local firewall and port %1").arg(e.port);
        fw.status = CheckStatus::Skipped;
        fw.explanation = tr("No readable firewall rules (ufw, nft, iptables) on this machine.");
        for (const FirewallVerdict &v : verdicts) {
            if (v.answer == FirewallVerdict::Answer::Yes) {
                fw.status = CheckStatus::Fail;
                fw.explanation =
                    tr("%1 has a rule that drops or rejects traffic to port %2.").arg(v.tool).arg(e.port);
                Finding f;
                f.cause = Cause::FirewallBlocked;
                f.step = 3;
                f.upstream = e.label;
                f.severity = Severity::Error;
                f.confidence = 0.75;
                f.summary = fw.explanation;
                for (const QString &line : v.evidence)
                    f.evidence << Evidence{v.tool, QString(), 0, line, -1, 0, QString()};
                f.remedy = ErrorLogStep::remedyFor(Cause::FirewallBlocked, e.label);
                out.findings << f;
                break;
            }
            if (v.answer == FirewallVerdict::Answer::No && fw.status == CheckStatus::Skipped) {
                fw.status = CheckStatus::Pass;
                fw.explanation = tr("%1 does not block port %2.").arg(v.tool).arg(e.port);
            }
        }
        out.add(fw);
        break; // the same rules apply to every port: one check says it
    }

    CheckResult selinux;
    selinux.id = QStringLiteral("connect.selinux");
    selinux.title = tr("SELinux");
    selinux.commands << recordOf(facts.getenforce) << recordOf(facts.getsebool);
    if (!parsed.selinux || *parsed.selinux == SelinuxState::Mode::NotInstalled ||
        *parsed.selinux == SelinuxState::Mode::Disabled) {
        selinux.status = CheckStatus::Skipped;
        selinux.explanation = tr("SELinux is not active here.");
    } else if (*parsed.selinux == SelinuxState::Mode::Enforcing && parsed.httpdCanNetworkConnect == false) {
        selinux.status = CheckStatus::Warn;
        selinux.explanation =
            tr("SELinux is enforcing and httpd_can_network_connect is off: nginx may not connect "
               "to TCP upstreams other than the standard HTTP ports.");
    } else {
        selinux.status = CheckStatus::Pass;
        selinux.explanation = tr("SELinux allows nginx's network connections.");
    }
    out.add(selinux);
    return out;
}

} // namespace gd
