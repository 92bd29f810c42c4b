#include "app/probes/DnsQuery.h"
#include "app/probes/ResolvConf.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/dig and tests/data/probes/resolv.conf (README in each).
class TestDnsQuery : public QObject
{
    Q_OBJECT

private slots:
    void command()
    {
        QCOMPARE(DnsQuery::command(QStringLiteral("127.0.0.53"), 53, QStringLiteral("app.internal")),
                 (QStringList{QStringLiteral("dig"), QStringLiteral("+time=1"), QStringLiteral("+tries=1"),
                              QStringLiteral("@127.0.0.53"), QStringLiteral("-p"), QStringLiteral("53"),
                              QStringLiteral("app.internal"), QStringLiteral("A")}));
        QCOMPARE(DnsQuery::command(QStringLiteral("::1"), 5353, QStringLiteral("db")).value(3),
                 QStringLiteral("@::1"));
        // Neither a server nor a name can smuggle in an option or a shell word.
        QVERIFY(DnsQuery::command(QStringLiteral("dns.example"), 53, QStringLiteral("app")).isEmpty());
        QVERIFY(
            DnsQuery::command(QStringLiteral("127.0.0.1"), 53, QStringLiteral("-f/etc/passwd")).isEmpty());
        QVERIFY(DnsQuery::command(QStringLiteral("127.0.0.1"), 53, QStringLiteral("$(id)")).isEmpty());
        QVERIFY(DnsQuery::command(QStringLiteral("127.0.0.1"), 0, QStringLiteral("app")).isEmpty());
    }

    void captures_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("evidence");
        using O = DnsQueryAnswer::Outcome;
        QTest::newRow("resolved") << "answered"
                                  << "127.0.0.153" << int(O::Resolved) << true << "NOERROR"
                                  << QStringList{QStringLiteral("127.0.0.1")} << "status: NOERROR";
        QTest::newRow("no such name") << "nxdomain"
                                      << "10.255.255.53" << int(O::NoSuchName) << true << "NXDOMAIN"
                                      << QStringList() << "status: NXDOMAIN";
        QTest::newRow("server refuses the name") << "refused-status"
                                                 << "127.0.0.153" << int(O::ServerError) << true << "REFUSED"
                                                 << QStringList() << "status: REFUSED";
        QTest::newRow("nothing listens")
            << "connection-refused"
            << "127.0.0.1" << int(O::Refused) << false << QString() << QStringList()
            << "communications error to 127.0.0.1#53: connection refused";
        QTest::newRow("no reply") << "timed-out"
                                  << "127.0.0.154" << int(O::TimedOut) << false << QString() << QStringList()
                                  << "communications error to 127.0.0.154#53: timed out";
        QTest::newRow("no route") << "network-unreachable"
                                  << "10.255.255.53" << int(O::Unreachable) << false << QString()
                                  << QStringList() << "failed: network unreachable";
    }

    void captures()
    {
        QFETCH(QString, capture);
        QFETCH(QString, server);
        QFETCH(int, outcome);
        QFETCH(bool, answered);
        QFETCH(QString, status);
        QFETCH(QStringList, addresses);
        QFETCH(QString, evidence);
        const QString name = capture == QLatin1String("refused-status")
                                 ? QStringLiteral("nothing.gd-lab.invalid")
                                 : QStringLiteral("app.gd-lab.test");
        const ProbeResult<DnsQueryAnswer> a =
            DnsQuery::parse(server, 53, name, ProbeCapture::load(QStringLiteral("dig"), capture));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message()));
        QCOMPARE(int(a->outcome), outcome);
        QCOMPARE(a->answered(), answered);
        QCOMPARE(a->status, status);
        QCOMPARE(a->addresses, addresses);
        QVERIFY2(a->evidence.contains(evidence), qPrintable(a->evidence));
        QCOMPARE(a->endpoint(), server + QStringLiteral(":53"));
        QVERIFY(DnsQuery::describe(*a).contains(a->endpoint()));
    }

    void missingDigIsAnError()
    {
        const ProbeResult<DnsQueryAnswer> a =
            DnsQuery::parse(QStringLiteral("127.0.0.1"), 53, QStringLiteral("app.gd-lab.test"),
                            ProbeCapture::load(QStringLiteral("dig"), QStringLiteral("missing")));
        QVERIFY(!a);
        QCOMPARE(a.error().kind(), ProbeError::Kind::CommandMissing);
    }

    void resolvConf_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QStringList>("nameservers");
        QTest::newRow("container") << "container.txt" << QStringList{QStringLiteral("10.255.255.53")};
        QTest::newRow("systemd-resolved stub")
            << "systemd-stub.txt" << QStringList{QStringLiteral("127.0.0.53")};
    }

    void resolvConf()
    {
        QFETCH(QString, capture);
        QFETCH(QStringList, nameservers);
        const ProbeResult<ResolvConfServers> r =
            ResolvConf::parse(ProbeCapture::load(QStringLiteral("resolv.conf"), capture));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        QCOMPARE(r->nameservers, nameservers);
        QCOMPARE(ResolvConf::command(), (QStringList{QStringLiteral("cat"), QStringLiteral("--"),
                                                     QStringLiteral("/etc/resolv.conf")}));
    }
};

QTEST_GUILESS_MAIN(TestDnsQuery)
#include "tst_probes_dnsquery.moc"
