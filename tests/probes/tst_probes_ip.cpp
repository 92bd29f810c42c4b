#include "app/probes/HostAddresses.h"
#include "app/probes/RouteLookup.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/ip (README there): a nginx host and an app host made of
// a network namespace, joined by a veth pair.
class TestIpProbes : public QObject
{
    Q_OBJECT

private slots:
    void addressesOfTheNginxHost()
    {
        const ProbeResult<HostAddressList> list =
            HostAddresses::parse(ProbeCapture::load(QStringLiteral("ip"), QStringLiteral("addr-nginx-host")));
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message()));
        QVERIFY(list->addresses.contains(QStringLiteral("192.0.2.2")));
        QVERIFY(list->addresses.contains(QStringLiteral("10.213.9.1")));
        QVERIFY(list->addresses.contains(QStringLiteral("fd00::2")));
        QCOMPARE(list->interfaces.at(list->addresses.indexOf(QStringLiteral("10.213.9.1"))),
                 QStringLiteral("gdcap0"));
        QVERIFY(list->isLocal(QStringLiteral("10.213.9.1")));
        QVERIFY(list->isLocal(QStringLiteral("::ffff:192.0.2.2")));
        QVERIFY(list->isLocal(QStringLiteral("127.0.0.53"))); // all of 127/8 is loopback
        QVERIFY(list->isLocal(QStringLiteral("::1")));
        QVERIFY(list->isLocal(QStringLiteral("0.0.0.0")));
        QVERIFY(!list->isLocal(QStringLiteral("10.213.9.2")));   // the app host's
        QVERIFY(!list->isLocal(QStringLiteral("app.internal"))); // names are resolved first
    }

    void addressesOfTheAppHost()
    {
        const ProbeResult<HostAddressList> list =
            HostAddresses::parse(ProbeCapture::load(QStringLiteral("ip"), QStringLiteral("addr-app-host")));
        QVERIFY(list);
        QVERIFY(list->isLocal(QStringLiteral("10.213.9.2")));
        QVERIFY(!list->isLocal(QStringLiteral("10.213.9.1")));
    }

    void notIp()
    {
        ProbeOutput missing;
        missing.exitCode = 127;
        missing.stdErr = "sh: 1: ip: not found\n";
        QVERIFY(!HostAddresses::parse(missing));
        ProbeOutput garbage;
        garbage.stdOut = "Usage: foo\n";
        QVERIFY(!HostAddresses::parse(garbage));
    }

    void routes_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("source");
        QTest::newRow("same link") << "route-direct"
                                   << "10.213.9.2" << int(Route::Kind::Direct) << "gdcap0" << QString()
                                   << "10.213.9.1";
        QTest::newRow("through a gateway") << "route-via-gateway"
                                           << "198.51.100.7" << int(Route::Kind::Gateway) << "eth0"
                                           << "192.0.2.1"
                                           << "192.0.2.2";
        QTest::newRow("own address") << "route-local"
                                     << "10.213.9.2" << int(Route::Kind::Local) << "lo" << QString()
                                     << "10.213.9.2";
        QTest::newRow("loopback") << "route-loopback"
                                  << "127.0.0.1" << int(Route::Kind::Local) << "lo" << QString()
                                  << "127.0.0.1";
        QTest::newRow("IPv6 gateway") << "route-v6-via"
                                      << "2001:db8::1" << int(Route::Kind::Gateway) << "eth0"
                                      << "fd00::1"
                                      << "fd00::2";
        QTest::newRow("no route") << "route-unreachable"
                                  << "192.0.2.10" << int(Route::Kind::Unreachable) << QString() << QString()
                                  << QString();
    }

    void routes()
    {
        QFETCH(QString, capture);
        QFETCH(QString, address);
        const ProbeResult<Route> r =
            RouteLookup::parse(address, ProbeCapture::load(QStringLiteral("ip"), capture));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        QTEST(int(r->kind), "kind");
        QTEST(r->device, "device");
        QTEST(r->gateway, "gateway");
        QTEST(r->source, "source");
        QVERIFY(!r->line.isEmpty());
    }

    void routeCommand()
    {
        QCOMPARE(RouteLookup::command(QStringLiteral("10.0.0.5")),
                 (QStringList{QStringLiteral("ip"), QStringLiteral("route"), QStringLiteral("get"),
                              QStringLiteral("10.0.0.5")}));
        QVERIFY(RouteLookup::command(QStringLiteral("-6")).isEmpty());
        QVERIFY(RouteLookup::command(QStringLiteral("app.internal")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIpProbes)
#include "tst_probes_ip.moc"
