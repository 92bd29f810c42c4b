#include "app/checks/ResolverJudge.h"

#include "app/checks/ConfigEdits.h"
#include "app/checks/EvidenceOf.h"
#include "app/checks/FindingBuilder.h"
#include "app/facts/RuntimeNames.h"

#include <QRegularExpression>
#include <algorithm>

namespace gd {

namespace {

QString dnsKey(const DnsQueryAnswer &a)
{
    return Facts::dnsQueryKey(a.server, a.port, a.name);
}

const NginxDirective *blockOf(const Facts &facts, int index)
{
    return facts.config && index >= 0 ? &facts.config->directive(index) : nullptr;
}

} // namespace

Evidence ResolverJudge::queryEvidence(const Facts &facts, const DnsQueryAnswer &answer)
{
    return EvidenceOf::command(facts.dnsQueries.value(dnsKey(answer)), QStringLiteral("dig"),
                               DnsQuery::describe(answer), answer.endpoint());
}

void ResolverJudge::addQueryRecords(const Facts &facts, const QList<DnsQueryAnswer> &answers,
                                    CheckResult &check)
{
    for (const DnsQueryAnswer &a : answers)
        check.commands << CommandRecord::of(facts.dnsQueries.value(dnsKey(a)), 1500);
}

ResolverJudge::HostChoice ResolverJudge::hostChoice(const ParsedFacts &parsed, const QStringList &names)
{
    HostChoice c;
    if (!parsed.resolvConf) {
        c.problem = parsed.resolvConfProblem.isEmpty()
                        ? tr("/etc/resolv.conf was not read")
                        : tr("/etc/resolv.conf could not be read: %1").arg(parsed.resolvConfProblem);
        return c;
    }
    const QStringList servers = parsed.resolvConf->nameservers.mid(0, 3);
    if (servers.isEmpty()) {
        c.problem = tr("/etc/resolv.conf names no nameserver");
        return c;
    }
    if (names.isEmpty()) {
        c.problem =
            tr("the name nginx looks up is not written in the configuration, so it could not be tested");
        return c;
    }
    bool anyAsked = false, anyAnswered = false;
    QString missingTool;
    for (const QString &server : servers) {
        bool all = true;
        std::optional<DnsQueryAnswer> first;
        for (const QString &name : names) {
            const QString key = Facts::dnsQueryKey(server, 53, name);
            if (parsed.dnsQueryProblems.contains(key))
                missingTool = parsed.dnsQueryProblems.value(key);
            if (!parsed.dnsQueries.contains(key)) {
                all = false;
                continue;
            }
            anyAsked = true;
            const DnsQueryAnswer a = parsed.dnsQueries.value(key);
            c.answers << a;
            anyAnswered = anyAnswered || a.answered();
            all = all && a.resolved();
            if (!first)
                first = a;
        }
        if (all && first && !c.server)
            c.server = first;
    }
    if (c.server)
        return c;
    if (!anyAsked)
        c.problem =
            missingTool.isEmpty()
                ? tr("the nameservers could not be asked")
                : tr("the nameservers could not be asked (%1; dig is in the package bind9-dnsutils or "
                     "dnsutils)")
                      .arg(missingTool);
    else if (!anyAnswered)
        c.problem = tr("none of this host's nameservers (/etc/resolv.conf: %1) answers")
                        .arg(servers.join(QStringLiteral(", ")));
    else {
        c.nameMissing = true;
        QStringList said;
        for (const DnsQueryAnswer &a : c.answers)
            if (a.answered())
                said << DnsQuery::describe(a);
        c.problem = tr("%1 resolves nowhere: %2")
                        .arg(names.join(QStringLiteral(", ")), said.join(QStringLiteral("; ")));
    }
    return c;
}

// The name resolves nowhere, while an app on this host listens on the very port the
// pass directive names: most likely what the name was meant to reach (a "service
// name" that was never registered). The exact change points the directive there;
// the remedy says it is an inference, from which process listens.
void ResolverJudge::pointAtLocalListener(const Facts &facts, const ParsedFacts &parsed,
                                         const UpstreamTarget &target, const QStringList &names,
                                         FindingBuilder &f)
{
    if (target.directiveIndex < 0 || !facts.config || !target.hostIsVariable)
        return;
    // "http://$backend:8080/api": a variable for the host alone, then a fixed port.
    static const QRegularExpression shape(
        QStringLiteral("^(https?)://\\$\\{?([A-Za-z0-9_]+)\\}?(?::(\\d{1,5}))?(/[^$]*)?$"));
    const QRegularExpressionMatch m = shape.match(target.value);
    if (!m.hasMatch())
        return;
    const quint16 port =
        quint16(m.captured(3).isEmpty() ? (m.captured(1) == QLatin1String("https") ? 443 : 80)
                                        : m.captured(3).toUInt());
    const TcpTargetMatch match = parsed.listeners.matchTcp(QStringLiteral("127.0.0.1"), port);
    const EndpointMatch *loopback = match.endpoint(QStringLiteral("127.0.0.1"));
    if (!loopback || !loopback->listening())
        return;
    const Listener &l = loopback->listeners.first();
    if (l.processNames().startsWith(QLatin1String("nginx")))
        return; // nginx itself: not an app
    const QString value =
        QStringLiteral("%1://127.0.0.1:%2%3").arg(m.captured(1)).arg(port).arg(m.captured(4));
    const QString who =
        l.processNames().isEmpty() ? l.endpoint() : tr("%1 on %2").arg(l.processNames(), l.endpoint());
    const NginxConfig &config = *facts.config;
    const NginxDirective &pass = config.directive(target.directiveIndex);
    const std::optional<FixAction> a = ConfigEdits(facts).replaceArg(
        pass, 0, value, tr("%1 -> %2: %3 listens there").arg(target.value, value, who));
    if (!a)
        return;
    // The `set` that names the dead host goes too, when nothing else reads its variable.
    const QString variable = QLatin1Char('$') + m.captured(2);
    QList<const NginxDirective *> sets;
    int readers = 0;
    for (int i = 0; i < config.size(); ++i) {
        const NginxDirective &d = config.directive(i);
        if (d.name == QLatin1String("set") && d.arg(0) == variable)
            sets << &d;
        else if (d.index != pass.index && d.args.join(QLatin1Char(' ')).contains(variable))
            ++readers;
    }
    if (readers == 0 && sets.size() == 1) {
        if (std::optional<FixAction> unset =
                ConfigEdits(facts).remove(*sets.first(), tr("%1 is read nowhere else").arg(variable))) {
            if (unset->file == a->file && unset->line < a->line)
                f.action(*unset).action(*a);
            else
                f.action(*a).action(*unset);
        }
    } else {
        f.action(*a);
    }
    f.remedy(tr("%1 does not exist in DNS, but %2 listens on this host on the port the "
                "configuration names: if that is the app, point %3 at it (below). Otherwise add "
                "the name to DNS; nginx's resolver does not read /etc/hosts.")
                 .arg(names.join(QStringLiteral(", ")), who, target.directive));
}

bool ResolverJudge::lookupSeen(const Facts &facts, const UpstreamTarget &target, const QStringList &names)
{
    if (!target.hostIsVariable)
        return true; // a fixed name: looked up on every request
    const QStringList logged = RuntimeNames::fromLogs(facts);
    return std::any_of(names.begin(), names.end(),
                       [&logged](const QString &n) { return logged.contains(n); });
}

ResolverJudge::Verdict ResolverJudge::judge(const Facts &facts, const ParsedFacts &parsed,
                                            const UpstreamTarget &target)
{
    const QStringList names = RuntimeNames::of(facts, target);
    const bool sure = lookupSeen(facts, target, names);
    if (target.resolverInScope && facts.config) {
        if (const std::optional<ResolverDirective> r = ResolverDirective::forTarget(*facts.config, target))
            return withResolver(facts, parsed, target, *r, names, sure);
    }
    return withoutResolver(facts, parsed, target, names, sure);
}

ResolverJudge::Verdict ResolverJudge::withoutResolver(const Facts &facts, const ParsedFacts &parsed,
                                                      const UpstreamTarget &target, const QStringList &names,
                                                      bool sure)
{
    Verdict v;
    CheckResult &check = v.check;
    check.id = QStringLiteral("connect.resolver");
    check.title = tr("A resolver for %1").arg(target.value);
    check.status = sure ? CheckStatus::Fail : CheckStatus::Warn;
    check.commands << CommandRecord::of(facts.resolvConf, 1000);
    const HostChoice host = hostChoice(parsed, names);
    addQueryRecords(facts, host.answers, check);
    if (sure)
        check.explanation = tr("%1 (%2) names its upstream at request time, but no `resolver` is configured: "
                               "nginx cannot look the name up and answers 502.")
                                .arg(target.value, target.where());
    else if (names.isEmpty())
        check.explanation =
            tr("%1 (%2) takes its upstream from a variable at request time, and no `resolver` is configured. "
               "nginx first matches the value against the upstream {} names, and an address needs no lookup; "
               "any other name fails with 502 (\"no resolver defined to resolve NAME\" in the error log). "
               "The error log shows no such failure.")
                .arg(target.value, target.where());
    else
        check.explanation =
            tr("%1 (%2) takes its upstream from a variable that the configuration sets to %3, a name "
               "nginx would have to look up, and no `resolver` is configured: a request that uses it "
               "fails with 502. The error log shows no such failure yet.")
                .arg(target.value, target.where(), names.join(QStringLiteral(", ")));
    const Evidence e = EvidenceOf::configLine(facts, target.file, target.line, target.value);
    check.evidence << e;
    if (!sure && names.isEmpty())
        return v; // nothing the configuration or the log names: no finding to make
    FindingBuilder f(Cause::DnsFailure);
    f.upstream(target.value)
        .severity(sure ? Severity::Error : Severity::Warning)
        .confidence(sure ? 0.85 : 0.5)
        .evidence(e);
    for (const DnsQueryAnswer &a : host.answers)
        f.evidence(queryEvidence(facts, a));
    if (host.server) {
        const DnsQueryAnswer &good = *host.server;
        const QString value = ResolverDirective::written(good.server) + QStringLiteral(" valid=30s");
        const QString why = tr("resolver %1: this host's own nameserver, which answers and resolves %2")
                                .arg(good.server, good.name);
        // The server block, so that every location of the site can use it; the
        // location when the server's '{' does not end its line.
        std::optional<FixAction> a;
        for (const int index : {target.serverIndex, target.locationIndex}) {
            if (const NginxDirective *block = blockOf(facts, index); block && !a)
                a = ConfigEdits(facts).set(*block, QStringLiteral("resolver"), value, why);
        }
        if (a)
            f.action(*a);
        f.summary(check.explanation)
            .remedy(tr("Add `resolver %1;` to this server block: %2 is this host's own nameserver "
                       "(/etc/resolv.conf), and it resolves %3 to %4.")
                        .arg(value, good.server, good.name, good.addresses.join(QStringLiteral(", "))));
    } else if (host.nameMissing) {
        check.explanation += QLatin1Char(' ') + tr("And %1.").arg(host.problem);
        f.summary(check.explanation)
            .remedy(
                tr("A resolver alone will not help: %1 does not exist in DNS. Add it to DNS (nginx's "
                   "resolver does not read /etc/hosts), or point the pass directive at a fixed address or an "
                   "upstream {} block.")
                    .arg(names.join(QStringLiteral(", "))));
        pointAtLocalListener(facts, parsed, target, names, f);
    } else {
        f.summary(check.explanation)
            .remedy(
                tr("Add a `resolver` with the address of a DNS server that resolves the upstream's name, or "
                   "use a fixed address or an upstream {} block. No server to propose: %1.")
                    .arg(host.problem));
    }
    v.finding = f.build();
    return v;
}

ResolverJudge::Verdict ResolverJudge::withResolver(const Facts &facts, const ParsedFacts &parsed,
                                                   const UpstreamTarget &target,
                                                   const ResolverDirective &resolver,
                                                   const QStringList &names, bool sure)
{
    Verdict v;
    CheckResult &check = v.check;
    check.id = QStringLiteral("connect.resolver");
    check.title = tr("The resolver for %1 answers").arg(target.value);
    const NginxDirective &d = *resolver.directive;
    const Evidence configLine = EvidenceOf::configLine(facts, d.file, d.line, d.args.join(QLatin1Char(' ')));
    check.evidence << configLine;
    // Each configured server: did it answer, and did it resolve every name?
    QList<DnsQueryAnswer> answers;
    QList<ResolverDirective::Server> dead, wrong;
    QString missingTool;
    for (const ResolverDirective::Server &s : resolver.servers) {
        bool asked = false, answered = false, resolved = true;
        for (const QString &name : names) {
            const QString key = Facts::dnsQueryKey(s.address, s.port, name);
            if (parsed.dnsQueryProblems.contains(key))
                missingTool = parsed.dnsQueryProblems.value(key);
            if (!parsed.dnsQueries.contains(key))
                continue;
            const DnsQueryAnswer a = parsed.dnsQueries.value(key);
            answers << a;
            asked = true;
            answered = answered || a.answered();
            resolved = resolved && a.resolved();
        }
        if (!asked)
            continue;
        if (!answered)
            dead << s;
        else if (!resolved)
            wrong << s;
    }
    addQueryRecords(facts, answers, check);
    if (answers.isEmpty()) {
        check.status = CheckStatus::Skipped;
        check.explanation =
            names.isEmpty()
                ? tr("The name nginx looks up is not written in the configuration: whether the "
                     "resolver (%1) answers could not be tested.")
                      .arg(d.location())
                : tr("Whether the resolver (%1) answers could not be tested: %2.")
                      .arg(d.location(), missingTool.isEmpty() ? tr("no query ran") : missingTool);
        return v;
    }
    const int bad = int(dead.size() + wrong.size());
    if (bad < resolver.servers.size()) {
        check.status = bad == 0 ? CheckStatus::Pass : CheckStatus::Warn;
        QStringList said;
        for (const DnsQueryAnswer &a : answers)
            said << DnsQuery::describe(a);
        check.explanation = said.join(QStringLiteral("; ")) + QLatin1Char('.');
        if (bad > 0)
            check.next = tr("Take the servers that do not answer out of the resolver line at %1: nginx asks "
                            "them in turn, and each wait delays requests.")
                             .arg(d.location());
        return v;
    }
    // Not one configured server resolves the name: say which and why, and propose
    // this host's own nameserver in their place when it does.
    check.status = sure ? CheckStatus::Fail : CheckStatus::Warn;
    QStringList deadNames, wrongNames;
    for (const ResolverDirective::Server &s : dead)
        deadNames << s.endpoint();
    for (const ResolverDirective::Server &s : wrong)
        wrongNames << s.endpoint();
    QStringList parts;
    if (!dead.isEmpty()) {
        QStringList why;
        for (const DnsQueryAnswer &a : answers)
            if (!a.answered())
                why << (a.outcome == DnsQueryAnswer::Outcome::Refused    ? tr("nothing listens there")
                        : a.outcome == DnsQueryAnswer::Outcome::TimedOut ? tr("no reply within a second")
                                                                         : a.evidence);
        why.removeDuplicates();
        parts << tr("your resolver %1 does not answer (%2)")
                     .arg(deadNames.join(QStringLiteral(", ")), why.join(QStringLiteral(", ")));
    }
    if (!wrong.isEmpty()) {
        QStringList said;
        for (const DnsQueryAnswer &a : answers)
            if (a.answered())
                said << DnsQuery::describe(a);
        parts << said.join(QStringLiteral("; "));
    }
    const QString text = parts.join(QStringLiteral("; "));
    check.explanation =
        sure ? tr("%1 (%2) is looked up at request time by the `resolver` at %3, but %4: nginx waits "
                  "for it (resolver_timeout) and answers 502.")
                   .arg(target.value, target.where(), d.location(), text)
             : tr("%1 (%2) takes its upstream from a variable; a request whose value is a name is looked "
                  "up by the `resolver` at %3, but %4: nginx would wait for it (resolver_timeout) and "
                  "answer 502. The error log shows no failed lookup yet.")
                   .arg(target.value, target.where(), d.location(), text);
    // The log line ("... could not be resolved (110: Operation timed out)") joins
    // this finding: the log says it failed, this says why.
    FindingBuilder f(Cause::DnsFailure);
    f.upstream(target.value)
        .severity(sure ? Severity::Error : Severity::Warning)
        .confidence(sure ? 0.9 : 0.5)
        .summary(check.explanation)
        .evidence(configLine);
    for (const DnsQueryAnswer &a : answers)
        f.evidence(queryEvidence(facts, a));
    const HostChoice host = hostChoice(parsed, names);
    for (const DnsQueryAnswer &a : host.answers)
        f.evidence(queryEvidence(facts, a));
    const bool allDead = wrong.isEmpty();
    const QString configured =
        allDead ? deadNames.join(QStringLiteral(", ")) : (deadNames + wrongNames).join(QStringLiteral(", "));
    if (host.server) {
        // Every server that failed makes way for the one that works, once; the
        // parameters (valid=, ipv6=) stay.
        const DnsQueryAnswer &good = *host.server;
        QStringList args;
        bool placed = false;
        for (int i = 0; i < d.args.size(); ++i) {
            const bool failed =
                std::any_of(dead.begin(), dead.end(), [i](const auto &s) { return s.arg == i; }) ||
                std::any_of(wrong.begin(), wrong.end(), [i](const auto &s) { return s.arg == i; });
            if (!failed) {
                args << d.args.at(i);
            } else if (!placed) {
                args << ResolverDirective::written(good.server);
                placed = true;
            }
        }
        if (const std::optional<FixAction> a = ConfigEdits(facts).replace(
                d, QStringLiteral("resolver ") + args.join(QLatin1Char(' ')) + QLatin1Char(';'),
                tr("use %1, this host's own nameserver, which answers and resolves %2, instead of %3")
                    .arg(good.server, good.name, configured)))
            f.action(*a);
        f.remedy(
            tr("Replace %1 in the `resolver` line with %2: this host's own nameserver (/etc/resolv.conf), "
               "which answers and resolves %3 to %4.")
                .arg(configured, good.server, good.name, good.addresses.join(QStringLiteral(", "))));
    } else {
        f.remedy(
            tr("Point the `resolver` line at a DNS server that answers and knows %1 instead of %2; none to "
               "propose here: %3.")
                .arg(names.join(QStringLiteral(", ")), configured, host.problem));
    }
    v.finding = f.build();
    return v;
}

} // namespace gd
