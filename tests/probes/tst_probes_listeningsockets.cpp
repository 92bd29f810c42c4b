#include "app/probes/ListeningSockets.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/ss (README there): real ss and /proc/net output taken
// in one network namespace while lab upstreams, nginx, php-fpm, gunicorn, uwsgi and
// node were listening.
class TestListeningSockets : public QObject
{
    Q_OBJECT

private:
    static ListeningSockets fromSs(const QString &tcpFile = QStringLiteral("ss-tlnpH.txt"),
                                   const QString &unixFile = QStringLiteral("ss-xlpH.txt"))
    {
        ListeningSockets sockets;
        const auto tcp = ListeningSockets::parseSsTcp(ProbeCapture::load(QStringLiteral("ss"), tcpFile));
        const auto ux = ListeningSockets::parseSsUnix(ProbeCapture::load(QStringLiteral("ss"), unixFile));
        if (tcp)
            sockets.add(*tcp);
        if (ux)
            sockets.add(*ux);
        return sockets;
    }

    static ListeningSockets fromProc()
    {
        ListeningSockets sockets;
        const QString dir = QStringLiteral("ss");
        const auto v4 = ListeningSockets::parseProcNetTcp(
            ProbeCapture::load(dir, QStringLiteral("proc-net-tcp.txt")), false);
        const auto v6 = ListeningSockets::parseProcNetTcp(
            ProbeCapture::load(dir, QStringLiteral("proc-net-tcp6.txt")), true);
        const auto ux =
            ListeningSockets::parseProcNetUnix(ProbeCapture::load(dir, QStringLiteral("proc-net-unix.txt")));
        if (v4)
            sockets.add(*v4);
        if (v6)
            sockets.add(*v6);
        if (ux)
            sockets.add(*ux);
        return sockets;
    }

private slots:
    void commands()
    {
        QCOMPARE(ListeningSockets::ssTcpCommand(),
                 (QStringList{QStringLiteral("ss"), QStringLiteral("-tlnpH")}));
        QCOMPARE(ListeningSockets::ssUnixCommand(),
                 (QStringList{QStringLiteral("ss"), QStringLiteral("-xlpH")}));
        QCOMPARE(ListeningSockets::procNetTcp6Command().last(), QStringLiteral("/proc/net/tcp6"));
    }

    void parsesSsTcp()
    {
        const auto r = ListeningSockets::parseSsTcp(
            ProbeCapture::load(QStringLiteral("ss"), QStringLiteral("ss-tlnpH.txt")));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 19);
        const ListeningSockets s(*r);
        const auto nginx = s.matchTcp(QStringLiteral("127.0.0.1"), 80);
        QCOMPARE(nginx.endpoints.size(), 1);
        const Listener &l = nginx.endpoints.first().listeners.first();
        QCOMPARE(l.address, QStringLiteral("0.0.0.0"));
        QCOMPARE(l.processes.size(), 3); // master + 2 workers share the socket
        QCOMPARE(l.processes.first().name, QStringLiteral("nginx"));
        QCOMPARE(l.processNames(), QStringLiteral("nginx (pid 31, 35, 36)"));
        QVERIFY(l.rawLine.contains(QLatin1String("0.0.0.0:80")));
    }

    void headerIsIgnored()
    {
        const auto plain = ListeningSockets::parseSsTcp(
            ProbeCapture::load(QStringLiteral("ss"), QStringLiteral("ss-tlnpH.txt")));
        const auto withHeader = ListeningSockets::parseSsTcp(
            ProbeCapture::load(QStringLiteral("ss"), QStringLiteral("ss-tlnp-with-header.txt")));
        QVERIFY(plain.ok() && withHeader.ok());
        QCOMPARE(withHeader->size(), plain->size());
        const auto unixHeader = ListeningSockets::parseSsUnix(
            ProbeCapture::load(QStringLiteral("ss"), QStringLiteral("ss-xlp-with-header.txt")));
        QVERIFY(unixHeader.ok());
        QCOMPARE(unixHeader->size(), 5);
    }

    void withoutRootThereAreNoProcesses()
    {
        const auto r = ListeningSockets::parseSsTcp(
            ProbeCapture::load(QStringLiteral("ss"), QStringLiteral("ss-tlnpH-as-nobody.txt")));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 19);
        for (const Listener &l : *r)
            QVERIFY(l.processes.isEmpty());
    }

    void matchTcp_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("address"); // which endpoint of the match to look at
        QTest::addColumn<bool>("listening");

        QTest::newRow("app on 127.0.0.1") << "127.0.0.1" << 8080 << "127.0.0.1" << true;
        QTest::newRow("localhost:8080 has IPv4") << "localhost" << 8080 << "127.0.0.1" << true;
        QTest::newRow("localhost:8080 lacks ::1") << "localhost" << 8080 << "::1" << false;
        QTest::newRow("localhost:8081 has ::1") << "localhost" << 8081 << "::1" << true;
        QTest::newRow("localhost:8081 lacks IPv4") << "localhost" << 8081 << "127.0.0.1" << false;
        QTest::newRow("[::1] literal") << "[::1]" << 8081 << "::1" << true;
        QTest::newRow("0.0.0.0 covers 10.0.0.7") << "10.0.0.7" << 8082 << "10.0.0.7" << true;
        QTest::newRow("0.0.0.0 does not cover ::1") << "::1" << 8082 << "::1" << false;
        QTest::newRow("v6-only [::] covers ::1") << "::1" << 8083 << "::1" << true;
        QTest::newRow("v6-only [::] not IPv4") << "127.0.0.1" << 8083 << "127.0.0.1" << false;
        QTest::newRow("dual-stack * covers IPv4") << "127.0.0.1" << 8443 << "127.0.0.1" << true;
        QTest::newRow("dual-stack * covers ::1") << "::1" << 8443 << "::1" << true;
        QTest::newRow("mapped ::ffff:127.0.0.1 takes 127.0.0.1")
            << "127.0.0.1" << 8444 << "127.0.0.1" << true;
        QTest::newRow("mapped ::ffff:127.0.0.1 not ::1") << "::1" << 8444 << "::1" << false;
        QTest::newRow("%lo scoped 127.0.0.53") << "127.0.0.53" << 53 << "127.0.0.53" << true;
        QTest::newRow("10.0.0.7 only, not loopback") << "127.0.0.1" << 8090 << "127.0.0.1" << false;
        QTest::newRow("nginx on both families") << "localhost" << 80 << "::1" << true;
        QTest::newRow("nothing on 8099") << "127.0.0.1" << 8099 << "127.0.0.1" << false;
        QTest::newRow("php-fpm tcp pool") << "127.0.0.1" << 9000 << "127.0.0.1" << true;
    }

    void matchTcp()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, address);
        QFETCH(bool, listening);
        const ListeningSockets s = fromSs();
        const TcpTargetMatch m = s.matchTcp(host, quint16(port));
        const EndpointMatch *e = m.endpoint(address);
        QVERIFY2(e, qPrintable(address));
        QCOMPARE(e->listening(), listening);
    }

    void localhostReportsBothFamilies()
    {
        const TcpTargetMatch m = fromSs().matchTcp(QStringLiteral("localhost"), 8080);
        QCOMPARE(m.endpoints.size(), 2);
        QVERIFY(m.anyListening());
        QVERIFY(!m.allListening());
        // Resolved addresses (from DnsLookup) replace the localhost default.
        const TcpTargetMatch only4 =
            fromSs().matchTcp(QStringLiteral("localhost"), 8080, {QStringLiteral("127.0.0.1")});
        QCOMPARE(only4.endpoints.size(), 1);
        QVERIFY(only4.allListening());
    }

    void scopeIsKept()
    {
        const TcpTargetMatch m = fromSs().matchTcp(QStringLiteral("127.0.0.53"), 53);
        QCOMPARE(m.endpoints.first().listeners.first().scope, QStringLiteral("lo"));
        QCOMPARE(m.endpoints.first().listeners.first().address, QStringLiteral("127.0.0.53"));
    }

    void appBoundElsewhere()
    {
        // nginx targets 10.0.0.5:8080, the app listens on 127.0.0.1:8080 only.
        const ListeningSockets s = fromSs();
        QVERIFY(!s.matchTcp(QStringLiteral("10.0.0.5"), 8080).anyListening());
        const QList<Listener> other = s.samePortOtherAddress(QStringLiteral("10.0.0.5"), 8080);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().endpoint(), QStringLiteral("127.0.0.1:8080"));
        // And the other way round: the app on 10.0.0.7 while nginx uses 127.0.0.1.
        const QList<Listener> reverse = s.samePortOtherAddress(QStringLiteral("127.0.0.1"), 8090);
        QCOMPARE(reverse.size(), 1);
        QCOMPARE(reverse.first().address, QStringLiteral("10.0.0.7"));
    }

    void nearbyPorts()
    {
        const QList<Listener> near = fromSs().nearbyPorts(8084, 2);
        QVERIFY(!near.isEmpty());
        QCOMPARE(qAbs(int(near.first().port) - 8084), 1);
        for (const Listener &l : near)
            QVERIFY(l.port != 8084);
    }

    void unixSockets()
    {
        const ListeningSockets s = fromSs();
        const QString app = QStringLiteral("/tmp/gd-probes-cap/lab/run/app.sock");
        const QList<Listener> found = s.unixListeners(app);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().processes.first().name, QStringLiteral("gd-lab-upstream"));
        QCOMPARE(found.first().endpoint(), QStringLiteral("unix:") + app);
        const QList<Listener> fpm =
            s.unixListeners(QStringLiteral("/tmp/gd-probes-cap/lab/run/php8.2-fpm.sock"));
        QCOMPARE(fpm.size(), 1);
        QCOMPARE(fpm.first().processes.size(), 3);
        QVERIFY(s.unixListeners(QStringLiteral("/tmp/gd-probes-cap/lab/run/missing.sock")).isEmpty());
        // nginx points at php8.1 while php8.2 runs: the near miss is offered.
        const QList<Listener> similar = s.similarUnixPaths(QStringLiteral("/run/php/php8.1-fpm.sock"));
        QCOMPARE(similar.size(), 1);
        QVERIFY(similar.first().path.endsWith(QLatin1String("php8.2-fpm.sock")));
    }

    void procNetFallback()
    {
        const ListeningSockets s = fromProc();
        int tcp = 0, ux = 0;
        for (const Listener &l : s.listeners()) {
            QVERIFY(l.processes.isEmpty());
            QVERIFY(l.inode > 0);
            (l.kind == Listener::Kind::Tcp ? tcp : ux)++;
        }
        QCOMPARE(tcp, 19);
        QCOMPARE(ux, 5);
        QVERIFY(s.matchTcp(QStringLiteral("127.0.0.1"), 8080).anyListening());
        QVERIFY(s.matchTcp(QStringLiteral("127.0.0.53"), 53).anyListening());
        QVERIFY(s.matchTcp(QStringLiteral("127.0.0.1"), 8444).anyListening()); // ::ffff:127.0.0.1 in tcp6
        QVERIFY(!s.matchTcp(QStringLiteral("::1"), 8080).anyListening());
        QCOMPARE(s.unixListeners(QStringLiteral("/tmp/gd-probes-cap/lab/run/app.sock")).size(), 1);
        // /proc/net/tcp6 cannot tell v6-only from dual-stack: bindv6only decides.
        QVERIFY(s.matchTcp(QStringLiteral("127.0.0.1"), 8083, {}, false).anyListening());
        QVERIFY(!s.matchTcp(QStringLiteral("127.0.0.1"), 8083, {}, true).anyListening());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("stdOut");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stdErr");
        QTest::addColumn<int>("kind");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0",
                                              10)
                                << 0 << QByteArray() << int(ProbeError::Kind::Binary);
        QTest::newRow("garbage") << QByteArray("hello world\nthis is not ss\n") << 0 << QByteArray()
                                 << int(ProbeError::Kind::Malformed);
        QTest::newRow("ss missing") << QByteArray() << 127
                                    << QByteArray("bash: line 1: ss: command not found\n")
                                    << int(ProbeError::Kind::CommandMissing);
        QTest::newRow("ss fails") << QByteArray() << 1
                                  << QByteArray("Cannot open netlink socket: Protocol not supported\n")
                                  << int(ProbeError::Kind::Unsupported);
    }

    void badInput()
    {
        QFETCH(QByteArray, stdOut);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stdErr);
        QFETCH(int, kind);
        const ProbeOutput out{stdOut, stdErr, exitCode};
        const auto tcp = ListeningSockets::parseSsTcp(out);
        QVERIFY(!tcp.ok());
        QCOMPARE(int(tcp.error().kind()), kind);
        QVERIFY(!tcp.error().message().isEmpty());
        const auto ux = ListeningSockets::parseSsUnix(out);
        QVERIFY(!ux.ok());
    }

    void emptyListIsNotAnError()
    {
        // Nothing listens at all: a valid, empty answer.
        const auto r = ListeningSockets::parseSsTcp(ProbeOutput{});
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
        QVERIFY(!ListeningSockets(*r).matchTcp(QStringLiteral("localhost"), 80).anyListening());
    }
};

QTEST_GUILESS_MAIN(TestListeningSockets)
#include "tst_probes_listeningsockets.moc"
