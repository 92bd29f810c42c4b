#pragma once

#include "app/config/ResolverDirective.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QCoreApplication>

namespace gd {

class FindingBuilder;

// Judges the DNS side of a pass directive that names its upstream at request time:
// without a `resolver` nginx cannot look the name up; with one that does not answer
// it waits resolver_timeout and answers 502. Only at the level the evidence earns:
// a fixed name ("http://app.internal/$uri") is looked up on every request, but a
// variable host may name an upstream {} block or be an address, which need no
// lookup; there a failure is an error only when the error log shows nginx failing
// to look up a name this directive may ask for ("no resolver defined to resolve
// NAME", "NAME could not be resolved"), else a warning at most. The remedy's
// server comes from the nginx host's own /etc/resolv.conf, and only one that
// answered and resolved the name (asked directly, as nginx asks: DnsQuery) is ever
// proposed. A name that resolves nowhere is said to be so, with no resolver action.
class ResolverJudge
{
    Q_DECLARE_TR_FUNCTIONS(gd::ResolverJudge)
public:
    struct Verdict
    {
        CheckResult check;
        std::optional<Finding> finding;
    };
    static Verdict judge(const Facts &facts, const ParsedFacts &parsed, const UpstreamTarget &target);

private:
    // A nameserver of this host that answered and resolved every name, or why none.
    struct HostChoice
    {
        std::optional<DnsQueryAnswer> server; // its answer for the first name
        QList<DnsQueryAnswer> answers;        // everything the host's nameservers said
        QString problem;                      // why there is no server
        bool nameMissing = false;             // servers answered, none resolves the name
    };
    static HostChoice hostChoice(const ParsedFacts &parsed, const QStringList &names);
    // Whether nginx is known to look a name up for this directive (see above).
    static bool lookupSeen(const Facts &facts, const UpstreamTarget &target, const QStringList &names);
    static Verdict withoutResolver(const Facts &facts, const ParsedFacts &parsed,
                                   const UpstreamTarget &target, const QStringList &names, bool sure);
    static Verdict withResolver(const Facts &facts, const ParsedFacts &parsed, const UpstreamTarget &target,
                                const ResolverDirective &resolver, const QStringList &names, bool sure);
    static void pointAtLocalListener(const Facts &facts, const ParsedFacts &parsed,
                                     const UpstreamTarget &target, const QStringList &names,
                                     FindingBuilder &f);
    static void addQueryRecords(const Facts &facts, const QList<DnsQueryAnswer> &answers, CheckResult &check);
    static Evidence queryEvidence(const Facts &facts, const DnsQueryAnswer &answer);
};

} // namespace gd
