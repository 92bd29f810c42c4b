#include "app/probes/FirewallState.h"

#include "app/probes/ProbeText.h"

#include <QRegularExpression>

namespace gd {

namespace {

template <typename T> FirewallVerdict unknownFrom(const ProbeResult<T> &result, const QString &tool)
{
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::Unknown;
    v.reason = result.error().message();
    if (!result.error().detail().isEmpty())
        v.evidence.append(result.error().detail());
    return v;
}

std::optional<ProbeError> firewallPrecheck(const ProbeOutput &output, const QString &tool)
{
    if (auto e = ProbeText::precheck(output, tool))
        return e;
    if (output.exitCode != 0) {
        if (ProbeText::needsRoot(output.stdErr))
            return ProbeError::permissionDenied(tool, ProbeText::firstLine(output.stdErr));
        // "Could not fetch rule set generation id", "cache initialization failed":
        // the kernel or container refused; we cannot tell what is filtered.
        return ProbeError(ProbeError::Kind::Unsupported,
                          FirewallState::tr("%1 could not read the firewall rules.").arg(tool),
                          ProbeText::firstLine(output.stdErr));
    }
    return std::nullopt;
}

bool isDropOrReject(const QString &rule)
{
    static const QRegularExpression verdict(QStringLiteral("(^|\\s)(drop|reject)(\\s|$)"));
    static const QRegularExpression target(QStringLiteral("-j\\s+(DROP|REJECT)\\b"));
    return verdict.match(rule).hasMatch() || target.match(rule).hasMatch();
}

bool isAccept(const QString &rule)
{
    static const QRegularExpression verdict(QStringLiteral("(^|\\s)accept$"));
    static const QRegularExpression target(QStringLiteral("-j\\s+ACCEPT\\b"));
    return verdict.match(rule).hasMatch() || target.match(rule).hasMatch();
}

bool onLoopback(const QString &rule)
{
    return rule.contains(QLatin1String("iifname \"lo\"")) || rule.contains(QLatin1String("oifname \"lo\"")) ||
           rule.contains(QLatin1String("-i lo ")) || rule.contains(QLatin1String("-o lo ")) ||
           rule.endsWith(QLatin1String("-i lo")) || rule.endsWith(QLatin1String("-o lo"));
}

// A rule that selects nothing but state (conntrack) or nothing at all.
bool selectsPort(const QString &rule)
{
    return rule.contains(QLatin1String("dport"));
}

// `nft list ruleset`, one trimmed line at a time: the chains of every table, with
// their hook, policy and rules. Sets, maps and flowtables are skipped.
class NftRulesetReader
{
public:
    void read(const QString &line)
    {
        switch (m_where) {
        case Where::Top:
            return readTop(line);
        case Where::Table:
            return readTable(line);
        case Where::Chain:
            return readChain(line);
        case Where::OtherBody:
            if (line == QLatin1String("}"))
                m_where = Where::Table;
            return;
        }
    }
    bool sawTable() const { return m_sawTable; }
    const QList<NftChain> &chains() const { return m_chains; }

private:
    enum class Where
    {
        Top,
        Table,
        Chain,
        OtherBody // of a set, map or flowtable
    };

    void readTop(const QString &line)
    {
        static const QRegularExpression tableRe(QStringLiteral("^table\\s+(\\S+)\\s+(\\S+)\\s*\\{$"));
        const auto t = tableRe.match(line);
        if (t.hasMatch()) {
            m_family = t.captured(1);
            m_table = t.captured(2);
            m_where = Where::Table;
            m_sawTable = true;
        }
    }
    void readTable(const QString &line)
    {
        static const QRegularExpression chainRe(QStringLiteral("^chain\\s+(\\S+)\\s*\\{$"));
        const auto c = chainRe.match(line);
        if (c.hasMatch()) {
            m_chains.append(NftChain{m_family, m_table, c.captured(1), {}, {}, {}, {}});
            m_where = Where::Chain;
        } else if (line == QLatin1String("}")) {
            m_where = Where::Top;
        } else if (line.endsWith(QLatin1Char('{'))) {
            m_where = Where::OtherBody;
        }
    }
    void readChain(const QString &line)
    {
        static const QRegularExpression hookRe(QStringLiteral("hook\\s+(\\w+)"));
        static const QRegularExpression policyRe(QStringLiteral("policy\\s+(\\w+)"));
        if (line == QLatin1String("}")) {
            m_where = Where::Table;
            return;
        }
        NftChain &chain = m_chains.last();
        if (line.startsWith(QLatin1String("type "))) {
            chain.policyLine = line;
            const auto h = hookRe.match(line);
            if (h.hasMatch())
                chain.hook = h.captured(1);
            const auto p = policyRe.match(line);
            if (p.hasMatch())
                chain.policy = p.captured(1);
            return;
        }
        chain.rules.append(line);
    }

    Where m_where = Where::Top;
    QString m_family, m_table;
    QList<NftChain> m_chains;
    bool m_sawTable = false;
};

} // namespace

QString FirewallVerdict::answerCode(Answer answer)
{
    switch (answer) {
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QStringList FirewallState::ufwCommand()
{
    return {QStringLiteral("ufw"), QStringLiteral("status"), QStringLiteral("verbose")};
}

QStringList FirewallState::nftCommand()
{
    return {QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("ruleset")};
}

QStringList FirewallState::iptablesCommand()
{
    return {QStringLiteral("iptables"), QStringLiteral("-S")};
}

QStringList FirewallState::ip6tablesCommand()
{
    return {QStringLiteral("ip6tables"), QStringLiteral("-S")};
}

bool FirewallState::ruleMatchesPort(const QString &rule, quint16 port)
{
    // nft: "tcp dport 8080", "tcp dport { 8081, 8082 }", "tcp dport 8000-8100";
    // iptables: "--dport 8080", "--dport 8000:8100", "--dports 80,443,8000:8100".
    static const QRegularExpression nft(QStringLiteral("dport\\s+(\\{[^}]*\\}|\\S+)"));
    static const QRegularExpression ipt(QStringLiteral("--dports?\\s+(\\S+)"));
    QStringList specs;
    for (const QRegularExpression *re : {&nft, &ipt}) {
        auto it = re->globalMatch(rule);
        while (it.hasNext())
            specs.append(it.next().captured(1));
    }
    for (QString spec : specs) {
        spec.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        for (QString item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            item = item.trimmed();
            const QStringList range = item.split(QRegularExpression(QStringLiteral("[-:]")));
            bool ok1 = false, ok2 = false;
            const uint lo = range.value(0).toUInt(&ok1);
            const uint hi = range.size() == 2 ? range.at(1).toUInt(&ok2) : lo;
            if (ok1 && (range.size() == 1 || ok2) && port >= lo && port <= hi)
                return true;
        }
    }
    return false;
}

ProbeResult<UfwStatus> FirewallState::parseUfw(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("ufw");
    if (auto e = firewallPrecheck(output, tool))
        return *e;
    const QStringList lines = ProbeText::lines(output.stdOut);
    UfwStatus s;
    bool sawStatus = false;
    bool inRules = false;
    static const QRegularExpression defaults(
        QStringLiteral("^Default:\\s*(\\w+) \\(incoming\\),\\s*(\\w+) \\(outgoing\\)"));
    // "To  Action  From" columns are separated by two or more spaces.
    static const QRegularExpression columns(QStringLiteral("\\s{2,}"));
    static const QRegularExpression action(QStringLiteral("^(ALLOW|DENY|REJECT|LIMIT)(?: (IN|OUT|FWD))?$"));
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.startsWith(QLatin1String("Status:"))) {
            sawStatus = true;
            s.active = line.mid(7).trimmed() == QLatin1String("active");
            continue;
        }
        const auto d = defaults.match(line);
        if (d.hasMatch()) {
            s.defaultIncoming = d.captured(1);
            s.defaultOutgoing = d.captured(2);
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("--"))) {
            inRules = true;
            continue;
        }
        if (!inRules || line.trimmed().isEmpty())
            continue;
        line.remove(QRegularExpression(QStringLiteral("^\\[\\s*\\d+\\]\\s*"))); // numbered output
        const QStringList cols = line.trimmed().split(columns, Qt::SkipEmptyParts);
        if (cols.size() < 3)
            continue;
        const auto a = action.match(cols.at(1));
        if (!a.hasMatch())
            continue;
        UfwRule r;
        r.to = cols.at(0);
        r.action = a.captured(1);
        r.direction = a.captured(2).isEmpty() ? QStringLiteral("IN") : a.captured(2);
        r.from = cols.at(2);
        r.v6 = r.to.contains(QLatin1String("(v6)")) || r.from.contains(QLatin1String("(v6)"));
        r.rawLine = raw.trimmed();
        s.rules.append(r);
    }
    if (!sawStatus)
        return lines.isEmpty() ? ProbeError::empty(tool)
                               : ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
    return s;
}

ProbeResult<QList<NftChain>> FirewallState::parseNft(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("nft");
    if (auto e = firewallPrecheck(output, tool))
        return *e;
    NftRulesetReader reader;
    for (const QString &raw : ProbeText::lines(output.stdOut)) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            reader.read(line);
    }
    if (!reader.sawTable() && !output.stdOut.trimmed().isEmpty())
        return ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
    return reader.chains(); // empty: no ruleset at all
}

ProbeResult<IptablesRules> FirewallState::parseIptables(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("iptables");
    if (auto e = firewallPrecheck(output, tool))
        return *e;
    IptablesRules r;
    bool any = false;
    for (const QString &raw : ProbeText::lines(output.stdOut)) {
        const QString line = raw.trimmed();
        const QStringList f = ProbeText::fields(line);
        if (f.isEmpty())
            continue;
        if (f.first() == QLatin1String("-P") && f.size() >= 3) {
            r.policies.insert(f.at(1), f.at(2));
            r.policyLines.insert(f.at(1), line);
            any = true;
        } else if (f.first().startsWith(QLatin1Char(':')) &&
                   f.size() >= 2) { // iptables-save ":OUTPUT DROP [0:0]"
            const QString chain = f.first().mid(1);
            if (f.at(1) != QLatin1String("-")) {
                r.policies.insert(chain, f.at(1));
                r.policyLines.insert(chain, line);
            }
            any = true;
        } else if (f.first() == QLatin1String("-A")) {
            r.rules.append(line);
            any = true;
        } else if (line.startsWith(QLatin1Char('*')) || line.startsWith(QLatin1Char('#')) ||
                   line == QLatin1String("COMMIT") || f.first() == QLatin1String("-N")) {
            any = true;
        }
    }
    if (!any)
        return output.stdOut.trimmed().isEmpty()
                   ? ProbeError::empty(tool)
                   : ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
    return r;
}

FirewallVerdict FirewallState::assess(const ProbeResult<UfwStatus> &ufw, quint16 port)
{
    const QString tool = QStringLiteral("ufw");
    if (!ufw)
        return unknownFrom(ufw, tool);
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::No;
    if (!ufw->active)
        return v;
    bool allowedOut = false;
    for (const UfwRule &r : ufw->rules) {
        // ufw's before-rules accept everything on lo, so only OUT rules can stop
        // nginx's own connections.
        if (r.direction != QLatin1String("OUT"))
            continue;
        const QString spec = r.to.section(QLatin1Char(' '), -1).section(QLatin1Char('/'), 0, 0);
        const bool matches = r.to.startsWith(QLatin1String("Anywhere"))
                                 ? false
                                 : ruleMatchesPort(QStringLiteral("--dports ") + spec, port);
        if (!matches)
            continue;
        if (r.action == QLatin1String("DENY") || r.action == QLatin1String("REJECT")) {
            v.answer = FirewallVerdict::Answer::Yes;
            v.evidence.append(r.rawLine);
        } else if (r.action == QLatin1String("ALLOW")) {
            allowedOut = true;
        }
    }
    const QString out = ufw->defaultOutgoing;
    if (v.answer == FirewallVerdict::Answer::No && !allowedOut &&
        (out == QLatin1String("deny") || out == QLatin1String("reject"))) {
        v.answer = FirewallVerdict::Answer::Yes;
        v.evidence.append(QStringLiteral("Default: %1 (outgoing)").arg(out));
    }
    return v;
}

FirewallVerdict FirewallState::assess(const ProbeResult<QList<NftChain>> &nft, quint16 port, bool loopback)
{
    const QString tool = QStringLiteral("nft");
    if (!nft)
        return unknownFrom(nft, tool);
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::No;
    for (const NftChain &c : *nft) {
        const bool relevant =
            c.hook == QLatin1String("output") || (loopback && c.hook == QLatin1String("input"));
        if (!relevant)
            continue;
        const QString chain = QStringLiteral("%1 %2 %3").arg(c.family, c.table, c.name);
        // Rules apply in order: once one accepts the traffic, later ones never see it.
        bool accepted = false;
        for (const QString &rule : c.rules) {
            if (accepted)
                break;
            if (selectsPort(rule) && ruleMatchesPort(rule, port)) {
                if (isDropOrReject(rule)) {
                    v.block(chain, QStringLiteral("%1: %2").arg(chain, rule),
                            rule.contains(QLatin1String("reject")));
                } else if (isAccept(rule)) {
                    accepted = true;
                }
            } else if (loopback && onLoopback(rule) && isAccept(rule) && !selectsPort(rule)) {
                accepted = true;
            }
        }
        if (c.policy == QLatin1String("drop") && !accepted)
            v.block(chain, QStringLiteral("%1: %2").arg(chain, c.policyLine), false);
    }
    return v;
}

FirewallVerdict FirewallState::assess(const ProbeResult<IptablesRules> &iptables, quint16 port, bool loopback)
{
    const QString tool = QStringLiteral("iptables");
    if (!iptables)
        return unknownFrom(iptables, tool);
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::No;
    QStringList chains = {QStringLiteral("OUTPUT")};
    if (loopback)
        chains.append(QStringLiteral("INPUT"));
    for (const QString &chain : chains) {
        bool accepted = false;
        const QString prefix = QStringLiteral("-A %1 ").arg(chain);
        for (const QString &rule : iptables->rules) {
            if (accepted)
                break;
            if (!rule.startsWith(prefix))
                continue;
            if (selectsPort(rule) && ruleMatchesPort(rule, port)) {
                if (isDropOrReject(rule)) {
                    v.block(chain, rule, rule.contains(QLatin1String("REJECT")));
                } else if (isAccept(rule)) {
                    accepted = true;
                }
            } else if (loopback && onLoopback(rule) && isAccept(rule) && !selectsPort(rule)) {
                accepted = true;
            }
        }
        if (iptables->policies.value(chain) == QLatin1String("DROP") && !accepted)
            v.block(chain, iptables->policyLines.value(chain), false);
    }
    return v;
}

// The same reading for the input side of the upstream's host: rules that stop
// connections arriving from elsewhere (loopback-only accepts do not let them in).
FirewallVerdict FirewallState::assessIncoming(const ProbeResult<QList<NftChain>> &nft, quint16 port)
{
    const QString tool = QStringLiteral("nft");
    if (!nft)
        return unknownFrom(nft, tool);
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::No;
    for (const NftChain &c : *nft) {
        if (c.hook != QLatin1String("input"))
            continue;
        const QString chain = QStringLiteral("%1 %2 %3").arg(c.family, c.table, c.name);
        bool accepted = false;
        for (const QString &rule : c.rules) {
            // nft takes the first verdict that matches: an earlier accept wins.
            if (!selectsPort(rule) || !ruleMatchesPort(rule, port))
                continue;
            if (isDropOrReject(rule)) {
                if (v.answer != FirewallVerdict::Answer::Yes) {
                    v.chain = chain;
                    v.rejects = rule.contains(QLatin1String("reject"));
                }
                v.answer = FirewallVerdict::Answer::Yes;
                v.evidence.append(QStringLiteral("%1: %2").arg(chain, rule));
                break;
            }
            if (isAccept(rule)) {
                accepted = true;
                break;
            }
        }
        if (c.policy == QLatin1String("drop") && !accepted && v.answer != FirewallVerdict::Answer::Yes) {
            v.answer = FirewallVerdict::Answer::Yes;
            v.chain = chain;
            v.evidence.append(QStringLiteral("%1: %2").arg(chain, c.policyLine));
        }
    }
    return v;
}

FirewallVerdict FirewallState::assessIncoming(const ProbeResult<IptablesRules> &iptables, quint16 port)
{
    const QString tool = QStringLiteral("iptables");
    if (!iptables)
        return unknownFrom(iptables, tool);
    FirewallVerdict v;
    v.tool = tool;
    v.answer = FirewallVerdict::Answer::No;
    const QString prefix = QStringLiteral("-A INPUT ");
    bool accepted = false;
    for (const QString &rule : iptables->rules) {
        if (!rule.startsWith(prefix) || !selectsPort(rule) || !ruleMatchesPort(rule, port))
            continue;
        if (isDropOrReject(rule)) {
            v.answer = FirewallVerdict::Answer::Yes;
            v.chain = QStringLiteral("INPUT");
            v.rejects = rule.contains(QLatin1String("REJECT"));
            v.evidence.append(rule);
            break;
        }
        if (isAccept(rule)) {
            accepted = true;
            break;
        }
    }
    if (v.answer == FirewallVerdict::Answer::No && !accepted &&
        iptables->policies.value(QStringLiteral("INPUT")) == QLatin1String("DROP")) {
        v.answer = FirewallVerdict::Answer::Yes;
        v.chain = QStringLiteral("INPUT");
        v.evidence.append(iptables->policyLines.value(QStringLiteral("INPUT")));
    }
    return v;
}

} // namespace gd
