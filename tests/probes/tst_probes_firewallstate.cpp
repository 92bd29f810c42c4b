#include "app/probes/FirewallState.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;
using Answer = FirewallVerdict::Answer;

Q_DECLARE_METATYPE(FirewallVerdict::Answer)

// Captures: tests/data/probes/firewall (README there): real ufw, nft and iptables
// output from a throw-away network namespace, and their refusals without root.
class TestFirewallState : public QObject
{
    Q_OBJECT

private:
    static ProbeOutput cap(const QString &name)
    {
        return ProbeCapture::load(QStringLiteral("firewall"), name);
    }

private slots:
    void commands()
    {
        QCOMPARE(FirewallState::ufwCommand(),
                 (QStringList{QStringLiteral("ufw"), QStringLiteral("status"), QStringLiteral("verbose")}));
        QCOMPARE(FirewallState::nftCommand(),
                 (QStringList{QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("ruleset")}));
        QCOMPARE(FirewallState::iptablesCommand(),
                 (QStringList{QStringLiteral("iptables"), QStringLiteral("-S")}));
    }

    void ufwParse()
    {
        const auto inactive = FirewallState::parseUfw(cap(QStringLiteral("ufw-inactive")));
        QVERIFY(inactive.ok());
        QVERIFY(!inactive->active);
        const auto active = FirewallState::parseUfw(cap(QStringLiteral("ufw-active")));
        QVERIFY(active.ok());
        QVERIFY(active->active);
        QCOMPARE(active->defaultIncoming, QStringLiteral("deny"));
        QCOMPARE(active->defaultOutgoing, QStringLiteral("deny"));
        QCOMPARE(active->rules.size(), 8);
        const UfwRule &reject = active->rules.at(5);
        QCOMPARE(reject.to, QStringLiteral("127.0.0.1 9000/tcp"));
        QCOMPARE(reject.action, QStringLiteral("REJECT"));
        QCOMPARE(reject.direction, QStringLiteral("OUT"));
        const auto numbered = FirewallState::parseUfw(cap(QStringLiteral("ufw-active-numbered")));
        QVERIFY(numbered.ok());
        QCOMPARE(numbered->rules.size(), 8);
        QVERIFY(numbered->rules.at(7).v6);
    }

    void nftParse()
    {
        const auto r = FirewallState::parseNft(cap(QStringLiteral("nft-drop-reject")));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(1).hook, QStringLiteral("output"));
        QCOMPARE(r->at(1).policy, QStringLiteral("accept"));
        QCOMPARE(r->at(1).rules.size(), 3);
        const auto empty = FirewallState::parseNft(cap(QStringLiteral("nft-empty")));
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        const auto fromIptables = FirewallState::parseNft(cap(QStringLiteral("nft-from-iptables-nft")));
        QVERIFY(fromIptables.ok());
        QCOMPARE(fromIptables->size(), 3);
    }

    void iptablesParse()
    {
        const auto s = FirewallState::parseIptables(cap(QStringLiteral("iptables-S-rules")));
        const auto save = FirewallState::parseIptables(cap(QStringLiteral("iptables-save-rules")));
        QVERIFY(s.ok() && save.ok());
        QCOMPARE(s->policies.value(QStringLiteral("OUTPUT")), QStringLiteral("DROP"));
        QCOMPARE(save->policies.value(QStringLiteral("OUTPUT")), QStringLiteral("DROP"));
        QCOMPARE(s->rules, save->rules);
        QCOMPARE(s->rules.size(), 4);
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("ufw inactive") << "ufw"
                                      << "ufw-inactive" << 8080 << true << Answer::No << QString();
        QTest::newRow("ufw deny out 8080") << "ufw"
                                           << "ufw-active" << 8080 << true << Answer::Yes << "DENY OUT";
        QTest::newRow("ufw reject out 9000") << "ufw"
                                             << "ufw-active" << 9000 << true << Answer::Yes << "REJECT OUT";
        QTest::newRow("ufw default deny outgoing")
            << "ufw"
            << "ufw-active" << 5000 << false << Answer::Yes << "Default: deny (outgoing)";
        QTest::newRow("ufw allow out 53") << "ufw"
                                          << "ufw-active" << 53 << false << Answer::No << QString();
        QTest::newRow("ufw as nobody")
            << "ufw"
            << "ufw-as-nobody" << 8080 << true << Answer::Unknown << "You need to be root";
        QTest::newRow("nft empty") << "nft"
                                   << "nft-empty" << 8080 << true << Answer::No << QString();
        QTest::newRow("nft drop 8080")
            << "nft"
            << "nft-drop-reject" << 8080 << true << Answer::Yes << "tcp dport 8080 drop";
        QTest::newRow("nft reject 9000")
            << "nft"
            << "nft-drop-reject" << 9000 << true << Answer::Yes << "reject with icmp host-unreachable";
        QTest::newRow("nft reject set")
            << "nft"
            << "nft-drop-reject" << 8082 << true << Answer::Yes << "{ 8081, 8082 }";
        QTest::newRow("nft other port") << "nft"
                                        << "nft-drop-reject" << 3000 << true << Answer::No << QString();
        // Rules apply in order: the accept the doctor's remedy inserts wins over the drop
        // after it, and leaves the other port's reject alone.
        QTest::newRow("nft accept before drop")
            << "nft"
            << "nft-accept-first" << 8080 << true << Answer::No << QString();
        QTest::newRow("nft reject after another port's accept")
            << "nft"
            << "nft-accept-first" << 9000 << true << Answer::Yes << "tcp dport 9000 reject";
        QTest::newRow("nft policy drop") << "nft"
                                         << "nft-policy-drop" << 8080 << true << Answer::Yes << "policy drop";
        QTest::newRow("nft policy drop, port allowed")
            << "nft"
            << "nft-policy-drop" << 443 << false << Answer::No << QString();
        QTest::newRow("nft iptables-nft tables")
            << "nft"
            << "nft-from-iptables-nft" << 8080 << true << Answer::Yes << "reject";
        QTest::newRow("nft as nobody")
            << "nft"
            << "nft-as-nobody" << 8080 << true << Answer::Unknown << "Operation not permitted";
        QTest::newRow("iptables empty") << "iptables"
                                        << "iptables-S-empty" << 8080 << true << Answer::No << QString();
        QTest::newRow("iptables reject lo 8080")
            << "iptables"
            << "iptables-S-rules" << 8080 << true << Answer::Yes << "--dport 8080 -j REJECT";
        QTest::newRow("iptables input drop 9000")
            << "iptables"
            << "iptables-S-rules" << 9000 << true << Answer::Yes << "-A INPUT -i lo";
        QTest::newRow("iptables policy drop remote")
            << "iptables"
            << "iptables-S-rules" << 5000 << false << Answer::Yes << "-P OUTPUT DROP";
        QTest::newRow("iptables lo accepted")
            << "iptables"
            << "iptables-S-rules" << 5000 << true << Answer::No << QString();
        QTest::newRow("iptables 443 accepted")
            << "iptables"
            << "iptables-S-rules" << 443 << false << Answer::No << QString();
        QTest::newRow("iptables-save") << "iptables"
                                       << "iptables-save-rules" << 8080 << true << Answer::Yes << "REJECT";
        QTest::newRow("ip6tables reject")
            << "iptables"
            << "ip6tables-S-rules" << 8081 << false << Answer::Yes << "--dport 8081";
        QTest::newRow("iptables as nobody") << "iptables"
                                            << "iptables-S-as-nobody" << 8080 << true << Answer::Unknown
                                            << "Could not fetch rule set generation id";
    }

    void verdicts()
    {
        QFETCH(QString, tool);
        QFETCH(QString, capture);
        QFETCH(int, port);
        QFETCH(bool, loopback);
        QFETCH(Answer, answer);
        QFETCH(QString, evidence);
        FirewallVerdict v;
        if (tool == QLatin1String("ufw"))
            v = FirewallState::assess(FirewallState::parseUfw(cap(capture)), quint16(port));
        else if (tool == QLatin1String("nft"))
            v = FirewallState::assess(FirewallState::parseNft(cap(capture)), quint16(port), loopback);
        else
            v = FirewallState::assess(FirewallState::parseIptables(cap(capture)), quint16(port), loopback);
        QCOMPARE(FirewallVerdict::answerCode(v.answer), FirewallVerdict::answerCode(answer));
        QCOMPARE(v.tool, tool);
        if (!evidence.isEmpty())
            QVERIFY2(v.evidence.join(QLatin1Char('\n')).contains(evidence),
                     qPrintable(v.evidence.join(QLatin1Char('|'))));
        if (answer == Answer::Unknown)
            QVERIFY(!v.reason.isEmpty());
    }

    void blockingChainsAreNamedForTheRemedy()
    {
        // Where the remedy inserts its accept rule: every chain that blocks, in nft's
        // "family table chain" (iptables: the chain name).
        const FirewallVerdict nft = FirewallState::assess(
            FirewallState::parseNft(cap(QStringLiteral("nft-drop-reject"))), 8080, true);
        QCOMPARE(nft.chains, QStringList{QStringLiteral("inet filter output")});
        QCOMPARE(nft.chain, QStringLiteral("inet filter output"));
        QVERIFY(!nft.rejects);
        const FirewallVerdict reject = FirewallState::assess(
            FirewallState::parseNft(cap(QStringLiteral("nft-drop-reject"))), 9000, true);
        QVERIFY(reject.rejects);
        const FirewallVerdict ipt = FirewallState::assess(
            FirewallState::parseIptables(cap(QStringLiteral("iptables-S-rules"))), 9000, true);
        QCOMPARE(ipt.chains, QStringList{QStringLiteral("INPUT")});
        const FirewallVerdict policy = FirewallState::assess(
            FirewallState::parseNft(cap(QStringLiteral("nft-policy-drop"))), 8080, true);
        QCOMPARE(policy.chains.size(), 2); // output, and input for loopback traffic
    }

    void portSpecs_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("match");
        QTest::newRow("nft single") << "tcp dport 8080 drop" << 8080 << true;
        QTest::newRow("nft single other") << "tcp dport 8080 drop" << 80 << false;
        QTest::newRow("nft set") << "tcp dport { 80, 443 } accept" << 443 << true;
        QTest::newRow("nft range") << "tcp dport 8000-8100 drop" << 8080 << true;
        QTest::newRow("iptables range") << "-A OUTPUT -p tcp --dport 8000:8100 -j DROP" << 8100 << true;
        QTest::newRow("iptables multiport")
            << "-A OUTPUT -p tcp -m multiport --dports 80,443,9000:9010 -j DROP" << 9005 << true;
        QTest::newRow("sport is not dport") << "-A OUTPUT -p tcp --sport 8080 -j DROP" << 8080 << false;
    }

    void portSpecs()
    {
        QFETCH(QString, rule);
        QFETCH(int, port);
        QFETCH(bool, match);
        QCOMPARE(FirewallState::ruleMatchesPort(rule, quint16(port)), match);
    }

    void badInput()
    {
        const ProbeOutput binary{QByteArray("\0\0\0\x01", 4), {}, 0};
        QVERIFY(!FirewallState::parseUfw(binary).ok());
        QVERIFY(!FirewallState::parseNft(binary).ok());
        QVERIFY(!FirewallState::parseIptables(binary).ok());
        const ProbeOutput prose{QByteArray("hello\nworld\n"), {}, 0};
        QCOMPARE(FirewallState::parseUfw(prose).error().kind(), ProbeError::Kind::Malformed);
        QCOMPARE(FirewallState::parseNft(prose).error().kind(), ProbeError::Kind::Malformed);
        QCOMPARE(FirewallState::parseIptables(prose).error().kind(), ProbeError::Kind::Malformed);
        const ProbeOutput missing{{}, QByteArray("bash: line 1: nft: command not found\n"), 127};
        QCOMPARE(FirewallState::parseNft(missing).error().kind(), ProbeError::Kind::CommandMissing);
        QCOMPARE(FirewallState::assess(FirewallState::parseNft(missing), 80, true).answer, Answer::Unknown);
        const ProbeOutput kernel{
            {}, QByteArray("Error: Could not process rule: Operation not supported\n"), 1};
        QCOMPARE(FirewallState::parseNft(kernel).error().kind(), ProbeError::Kind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestFirewallState)
#include "tst_probes_firewallstate.moc"
