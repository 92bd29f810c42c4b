#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gd {

// The engine's question: could a local firewall drop or reject nginx's traffic to
// upstream port N? Yes (with the rule as evidence), no, or unknown (no permission,
// tool missing, kernel refused).
struct FirewallVerdict
{
    enum class Answer
    {
        No,
        Yes,
        Unknown
    };
    Answer answer = Answer::Unknown;
    QString tool;         // "ufw", "nft", "iptables"
    QStringList evidence; // the matching rule or policy lines, exactly as printed
    QString reason;       // for Unknown: why (translated)
    // The first chain that blocks, for a rule that lets traffic in before it:
    // "inet filter input" (nft: family, table, chain) or "INPUT" (iptables).
    QString chain;
    bool rejects = false; // the blocking rule answers (REJECT) rather than dropping silently
    QStringList chains;   // every chain that blocks, in the same spelling as `chain`

    // One more blocking rule (or policy) found in `where`.
    void block(const QString &where, const QString &line, bool rejecting)
    {
        answer = Answer::Yes;
        evidence.append(line);
        if (chain.isEmpty()) {
            chain = where;
            rejects = rejecting;
        }
        if (!chains.contains(where))
            chains.append(where);
    }

    static QString answerCode(Answer answer); // "no", "yes", "unknown"
};

struct UfwRule
{
    QString to;        // "8080/tcp", "127.0.0.1 9000/tcp", "Anywhere"
    QString action;    // ALLOW, DENY, REJECT, LIMIT
    QString direction; // IN, OUT, FWD
    QString from;
    bool v6 = false;
    QString rawLine;
};

struct UfwStatus
{
    bool active = false;
    QString defaultIncoming; // deny, allow, reject ("" when not verbose)
    QString defaultOutgoing;
    QList<UfwRule> rules;
};

struct NftChain
{
    QString family; // inet, ip, ip6
    QString table;
    QString name;
    QString hook;       // input, output, forward, ... (empty: a regular chain)
    QString policy;     // accept, drop
    QString policyLine; // "type filter hook output priority filter; policy drop;"
    QStringList rules;  // rule lines, trimmed
};

struct IptablesRules
{
    QMap<QString, QString> policies; // chain → ACCEPT/DROP
    QMap<QString, QString> policyLines;
    QStringList rules; // "-A OUTPUT ..." lines as printed
};

// Read-only firewall inspection: argv and parsers for ufw, nft and iptables.
class FirewallState
{
    Q_DECLARE_TR_FUNCTIONS(FirewallState)
public:
    static QStringList ufwCommand();       // ufw status verbose
    static QStringList nftCommand();       // nft list ruleset
    static QStringList iptablesCommand();  // iptables -S
    static QStringList ip6tablesCommand(); // ip6tables -S

    static ProbeResult<UfwStatus> parseUfw(const ProbeOutput &output);
    static ProbeResult<QList<NftChain>> parseNft(const ProbeOutput &output);
    // Reads `iptables -S` and `iptables-save` alike.
    static ProbeResult<IptablesRules> parseIptables(const ProbeOutput &output);

    // `loopback`: the upstream is on this machine, so its packets also pass the
    // input hook (on lo) and "-o lo ACCEPT"-style rules apply.
    static FirewallVerdict assess(const ProbeResult<UfwStatus> &ufw, quint16 port);
    static FirewallVerdict assess(const ProbeResult<QList<NftChain>> &nft, quint16 port, bool loopback);
    static FirewallVerdict assess(const ProbeResult<IptablesRules> &iptables, quint16 port, bool loopback);

    // The upstream's host: could its input rules drop or reject connections to its
    // port N from another machine?
    static FirewallVerdict assessIncoming(const ProbeResult<QList<NftChain>> &nft, quint16 port);
    static FirewallVerdict assessIncoming(const ProbeResult<IptablesRules> &iptables, quint16 port);

    // Does a rule text (nft or iptables syntax) name destination port `port`?
    static bool ruleMatchesPort(const QString &rule, quint16 port);
};

} // namespace gd
