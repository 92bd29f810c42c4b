#include "app/probes/HttpProbe.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;
using Outcome = HttpProbeResult::Outcome;

Q_DECLARE_METATYPE(HttpProbeResult::Outcome)

// Captures: tests/data/probes/curl (README there): curl 7.88 against the lab's
// upstreams, nginx and nftables rules in a private network namespace.
class TestHttpProbe : public QObject
{
    Q_OBJECT

private slots:
    void command()
    {
        HttpProbeRequest req;
        req.url = QStringLiteral("http://[::1]:8081/health");
        req.connectTimeoutSec = 2;
        req.maxTimeSec = 5;
        const auto argv = HttpProbe::command(req);
        QVERIFY(argv.ok());
        QCOMPARE(argv->first(), QStringLiteral("curl"));
        QCOMPARE(argv->at(1), QStringLiteral("-q")); // must be first to skip ~/.curlrc
        QCOMPARE(argv->last(), req.url);
        QCOMPARE(argv->at(argv->size() - 2), QStringLiteral("--url"));
        QVERIFY(argv->contains(QStringLiteral("--globoff")));
        QVERIFY(argv->contains(QStringLiteral("2.000")));
        QVERIFY(argv->contains(QStringLiteral("5.000")));
        QVERIFY(!argv->contains(QStringLiteral("--unix-socket")));
        // The -w format is the one the captures were made with.
        const QString captured =
            QString::fromUtf8(ProbeCapture::read(QStringLiteral("curl"), QStringLiteral("README.md")));
        QVERIFY(captured.contains(HttpProbe::writeOutFormat()));

        req.url = QStringLiteral("http://localhost/status");
        req.unixSocket = QStringLiteral("/run/php/php8.2-fpm.sock");
        req.hostHeader = QStringLiteral("shop.example");
        const auto unixArgv = HttpProbe::command(req);
        QVERIFY(unixArgv.ok());
        QCOMPARE(unixArgv->at(unixArgv->indexOf(QStringLiteral("--unix-socket")) + 1), req.unixSocket);
        QVERIFY(unixArgv->contains(QStringLiteral("Host: shop.example")));
    }

    void commandRefusesBadInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("option as url") << "-K/etc/passwd" << QString();
        QTest::newRow("file url") << "file:///etc/shadow" << QString();
        QTest::newRow("newline") << "http://x/\nHost: y" << QString();
        QTest::newRow("header injection") << "http://x/"
                                          << "a\r\nX-Evil: 1";
        QTest::newRow("empty") << QString() << QString();
    }

    void commandRefusesBadInput()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        HttpProbeRequest req;
        req.url = url;
        req.hostHeader = host;
        const auto argv = HttpProbe::command(req);
        QVERIFY(!argv.ok());
        QCOMPARE(argv.error().kind(), ProbeError::Kind::InvalidArgument);
    }

    void captures_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("httpCode");
        QTest::addColumn<QString>("evidence"); // a part of the evidence line

        QTest::newRow("ok") << "ok" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("ok over IPv6") << "ok-ipv6" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("unix socket ok") << "unix-ok" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("nginx 200") << "nginx-200" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("nginx 502") << "nginx-502" << Outcome::HttpResponse << 502 << "HTTP 502";
        QTest::newRow("nginx 504") << "nginx-504" << Outcome::HttpResponse << 504 << "HTTP 504";
        QTest::newRow("localhost falls back to 127.0.0.1")
            << "localhost-v4-only" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("localhost reaches ::1")
            << "localhost-v6-only" << Outcome::HttpResponse << 200 << "HTTP 200";
        QTest::newRow("refused") << "refused" << Outcome::Refused << 0 << "Connection refused";
        QTest::newRow("refused ::1") << "refused-ipv6" << Outcome::Refused << 0
                                     << "::1 port 8099 failed: Connection refused";
        QTest::newRow("localhost refused on both")
            << "localhost-nothing" << Outcome::Refused << 0 << "Connection refused";
        QTest::newRow("nft reject with tcp reset")
            << "rejected-tcp-reset" << Outcome::Refused << 0 << "Connection refused";
        QTest::newRow("app on another address")
            << "other-address" << Outcome::Refused << 0 << "10.0.0.7 port 8080";
        QTest::newRow("close: empty reply")
            << "close" << Outcome::EmptyReply << 0 << "Empty reply from server";
        QTest::newRow("reset") << "reset" << Outcome::Reset << 0 << "Connection reset by peer";
        QTest::newRow("slow past max-time")
            << "slow-max-time-1" << Outcome::ResponseTimeout << 0 << "Operation timed out";
        QTest::newRow("hang") << "hang" << Outcome::ResponseTimeout << 0 << "Operation timed out";
        QTest::newRow("dropped: connect timeout")
            << "connect-timeout-dropped" << Outcome::ConnectTimeout << 0 << "Timeout was reached";
        QTest::newRow("no route (icmp host-unreachable)")
            << "no-route-to-host" << Outcome::NoRoute << 0 << "No route to host";
        QTest::newRow("no route (admin-prohibited)")
            << "admin-prohibited" << Outcome::NoRoute << 0 << "No route to host";
        QTest::newRow("network unreachable")
            << "network-unreachable" << Outcome::NetworkUnreachable << 0 << "Network is unreachable";
        QTest::newRow("dns failure") << "dns-failure" << Outcome::DnsFailure << 0
                                     << "Could not resolve host: no-such-host.invalid";
        QTest::newRow("unix socket missing")
            << "unix-missing" << Outcome::SocketMissing << 0 << "No such file or directory";
        QTest::newRow("unix socket permission")
            << "unix-permission-denied" << Outcome::SocketPermissionDenied << 0 << "Permission denied";
        QTest::newRow("https to plain port")
            << "tls-to-plain-port" << Outcome::TlsError << 0 << "wrong version number";
        QTest::newRow("self-signed certificate")
            << "tls-self-signed" << Outcome::TlsCertificate << 0 << "self-signed certificate";
    }

    void captures()
    {
        QFETCH(QString, capture);
        QFETCH(Outcome, outcome);
        QFETCH(int, httpCode);
        QFETCH(QString, evidence);
        const auto r = HttpProbe::parse(ProbeCapture::load(QStringLiteral("curl"), capture));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(HttpProbeResult::outcomeCode(r->outcome), HttpProbeResult::outcomeCode(outcome));
        QCOMPARE(r->httpCode, httpCode);
        QVERIFY2(r->evidence.contains(evidence), qPrintable(r->evidence));
    }

    void timings()
    {
        const auto slow =
            HttpProbe::parse(ProbeCapture::load(QStringLiteral("curl"), QStringLiteral("nginx-504")));
        QVERIFY(slow.ok());
        QVERIFY(slow->timeTotal >= 1.0); // proxy_read_timeout 1s
        QVERIFY(slow->timeConnect > 0);
        QCOMPARE(slow->remoteIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(slow->remotePort, 80);
        QCOMPARE(slow->numConnects, 1);
        const auto dropped = HttpProbe::parse(
            ProbeCapture::load(QStringLiteral("curl"), QStringLiteral("connect-timeout-dropped")));
        QVERIFY(dropped.ok());
        QCOMPARE(dropped->timeConnect, 0.0);
        QCOMPARE(dropped->curlExitCode, 28);
        const auto both =
            HttpProbe::parse(ProbeCapture::load(QStringLiteral("curl"), QStringLiteral("localhost-nothing")));
        QVERIFY(both.ok());
        QCOMPARE(both->attempts.size(), 2); // 127.0.0.1 and ::1 were both tried
    }

    void headerBytes_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("bytes"); // size_header in the capture's stdout
        QTest::newRow("ok") << "ok" << 89;
        QTest::newRow("unix socket ok") << "unix-ok" << 89;
        QTest::newRow("nginx 502") << "nginx-502" << 157;
        QTest::newRow("nginx 504") << "nginx-504" << 162;
        QTest::newRow("refused: no header") << "refused" << 0;
        QTest::newRow("close: no header") << "close" << 0;
    }

    void headerBytes()
    {
        QFETCH(QString, capture);
        QFETCH(int, bytes);
        const ProbeOutput out = ProbeCapture::load(QStringLiteral("curl"), capture);
        const auto r = HttpProbe::parse(out);
        QVERIFY(r.ok());
        QCOMPARE(r->headerBytes, bytes);
        // The same count from the other side: the header lines curl -v showed as
        // received ("< " + the line with its CR), each followed by the LF it cut off.
        int received = 0;
        for (const QByteArray &line : out.stdErr.split('\n')) {
            if (line.startsWith("< "))
                received += int(line.size()) - 2 + 1;
        }
        QCOMPARE(r->headerBytes, received);
    }

    void withoutVerboseOrWriteOut()
    {
        // An older curl or a run without -v: only the exit code and curl's sentence.
        const auto r =
            HttpProbe::parse(ProbeOutput{{},
                                         QByteArray("curl: (7) Failed to connect to 127.0.0.1 port 8099 "
                                                    "after 0 ms: Couldn't connect to server\n"),
                                         7});
        QVERIFY(r.ok());
        QCOMPARE(r->outcome, Outcome::Refused);
        const auto t = HttpProbe::parse(ProbeOutput{
            {},
            QByteArray("curl: (28) Operation timed out after 1000 milliseconds with 0 bytes received\n"),
            28});
        QVERIFY(t.ok());
        QCOMPARE(t->outcome, Outcome::ResponseTimeout);
    }

    void badInput()
    {
        const auto missing =
            HttpProbe::parse(ProbeOutput{{}, QByteArray("bash: line 1: curl: command not found\n"), 127});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), ProbeError::Kind::CommandMissing);
        const auto binary = HttpProbe::parse(ProbeOutput{QByteArray("\0\0\x89PNG", 6), {}, 0});
        QVERIFY(!binary.ok());
        QCOMPARE(binary.error().kind(), ProbeError::Kind::Binary);
        const auto noCode = HttpProbe::parse(ProbeOutput{QByteArray("gd-curl\nhttp_code=000\n"), {}, 0});
        QVERIFY(!noCode.ok());
        const auto garbage = HttpProbe::parse(ProbeOutput{QByteArray("<html>hello</html>"), {}, 0});
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind(), ProbeError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_probes_httpprobe.moc"
