#include "app/probes/DnsLookup.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HttpProbe.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/ProcessTable.h"
#include "app/probes/SelinuxState.h"
#include "app/probes/SystemdUnitState.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace gd;

// Every parser gets hostile input (random bytes, huge lines, truncated captures,
// invalid UTF-8) and must return a value or an error, never crash or hang.
class TestProbesRobustness : public QObject
{
    Q_OBJECT

private:
    static void feedAll(const ProbeOutput &o)
    {
        (void)ListeningSockets::parseSsTcp(o);
        (void)ListeningSockets::parseSsUnix(o);
        (void)ListeningSockets::parseProcNetTcp(o, false);
        (void)ListeningSockets::parseProcNetTcp(o, true);
        (void)ListeningSockets::parseProcNetUnix(o);
        (void)ProcessTable::parse(o);
        (void)ProcessTable::unitFromCgroup(o.stdOut);
        (void)SystemdUnitState::parseShow(o);
        (void)SystemdUnitState::parseListUnits(o);
        (void)HttpProbe::parse(o);
        (void)DnsLookup::parse(QStringLiteral("x"), o);
        (void)FirewallState::assess(FirewallState::parseUfw(o), 80);
        (void)FirewallState::assess(FirewallState::parseNft(o), 80, true);
        (void)FirewallState::assess(FirewallState::parseIptables(o), 80, true);
        (void)SelinuxState::parseGetenforce(o);
        (void)SelinuxState::parseGetsebool(o, QStringLiteral("httpd_can_network_connect"));
        (void)SelinuxState::parseAvcLog(o.stdOut);
        if (const auto table = ProcessTable::parse(o)) {
            (void)table->nginx();
            (void)table->phpFpm();
            (void)table->appServers();
        }
        if (const auto tcp = ListeningSockets::parseSsTcp(o)) {
            const ListeningSockets s(*tcp);
            (void)s.matchTcp(QStringLiteral("localhost"), 80);
            (void)s.nearbyPorts(80);
            (void)s.similarUnixPaths(QStringLiteral("/run/php/php8.2-fpm.sock"));
        }
    }

private slots:
    void randomBytes()
    {
        QRandomGenerator rng(20261123); // fixed seed: a failure must be reproducible
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(int(rng.bounded(2048)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            feedAll(ProbeOutput{bytes, bytes, int(rng.bounded(130))});
        }
    }

    void textLikeGarbage()
    {
        // Near misses: the right tokens in the wrong places.
        const QList<QByteArray> inputs = {
            "LISTEN\nLISTEN 0\nLISTEN 0 0 :\nLISTEN 0 0 ]:80 *:*\nLISTEN 0 0 [:::99999 *:*\n",
            "u_str LISTEN\nu_str LISTEN 0 0\n",
            "  sl  local_address\n 0: ZZZZ:1F90 0 0A\n 1: 0100007F:GGGG 00000000:0000 0A 0 0 0 0 0 0\n",
            "Num RefCount\nffff: 1 2 zz 0001 01\n",
            "1\n1 2\nabc def ghi jkl\n",
            "=\n==\nId=\nNRestarts=many\nMemoryCurrent=-1\nExecMainCode=abc\n",
            "gd-curl\nhttp_code=abc\ntime_total=xyz\n",
            "Status: active\n--\nx\n",
            "table inet\n{\n}\n}\nchain\ntable inet f {\nchain c {\n",
            "-P\n-A\n:X\n",
            "avc: denied { } for\navc:  denied  {x} for dest=abc pid=\n",
        };
        for (const QByteArray &in : inputs) {
            feedAll(ProbeOutput{in, {}, 0});
            feedAll(ProbeOutput{in, in, 7});
        }
    }

    void hugeLineAndInvalidUtf8()
    {
        QByteArray huge = "LISTEN 0 511 127.0.0.1:8080 0.0.0.0:* users:((\"";
        huge += QByteArray(64 * 1024, 'a');
        huge += "\",pid=1,fd=2))\n";
        feedAll(ProbeOutput{huge, {}, 0});
        const auto tcp = ListeningSockets::parseSsTcp(ProbeOutput{huge, {}, 0});
        QVERIFY(tcp.ok());
        QCOMPARE(tcp->size(), 1);
        QCOMPARE(tcp->first().processes.size(), 1);
        QCOMPARE(tcp->first().processes.first().name.size(), 64 * 1024);

        const QByteArray latin1 = "  1     0 r\xe9mi     /usr/bin/app --name \xff\xfe\n";
        const auto ps = ProcessTable::parse(ProbeOutput{latin1, {}, 0});
        QVERIFY(ps.ok());
        QCOMPARE(ps->processes().size(), 1);
    }

    void truncatedCaptures()
    {
        // The last line cut in the middle (a transfer that stopped).
        const QByteArray ss =
            "LISTEN 0 511 127.0.0.1:8080 0.0.0.0:* users:((\"app\",pid=5,fd=4))\nLISTEN 0 511 12";
        const auto tcp = ListeningSockets::parseSsTcp(ProbeOutput{ss, {}, 0});
        QVERIFY(tcp.ok());
        QCOMPARE(tcp->size(), 1);
        const QByteArray show = "Id=x.service\nActiveState=act";
        const auto unit = SystemdUnitState::parseShow(ProbeOutput{show, {}, 0});
        QVERIFY(unit.ok());
        QCOMPARE(unit->activeState, QStringLiteral("act"));
        QVERIFY(!unit->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestProbesRobustness)
#include "tst_probes_robustness.moc"
