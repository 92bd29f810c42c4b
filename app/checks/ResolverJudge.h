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
// it waits resolver_timeout and answers 502. The remedy's server comes from the
// nginx host's own /etc/resolv.conf, and only one that answered and resolved the
// name (asked directly, as nginx asks: DnsQuery) is ever proposed. A name that
// resolves nowhere is said to be so, with no resolver action.
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
    static Verdict withoutResolver(const Facts &facts, const ParsedFacts &parsed,
                                   const UpstreamTarget &target, const QStringList &names);
    static Verdict withResolver(const Facts &facts, const ParsedFacts &parsed, const UpstreamTarget &target,
                                const ResolverDirective &resolver, const QStringList &names);
    static void pointAtLocalListener(const Facts &facts, const ParsedFacts &parsed,
                                     const UpstreamTarget &target, const QStringList &names,
                                     FindingBuilder &f);
    static void addQueryRecords(const Facts &facts, const QList<DnsQueryAnswer> &answers, CheckResult &check);
    static Evidence queryEvidence(const Facts &facts, const DnsQueryAnswer &answer);
};

} // namespace gd
