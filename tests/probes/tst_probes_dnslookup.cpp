#include "app/probes/DnsLookup.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/getent (README there), with Debian's default /etc/hosts.
class TestDnsLookup : public QObject
{
    Q_OBJECT

private slots:
    void command()
    {
        QCOMPARE(DnsLookup::command(QStringLiteral("app.internal")),
                 (QStringList{QStringLiteral("getent"), QStringLiteral("ahosts"), QStringLiteral("--"),
                              QStringLiteral("app.internal")}));
        QVERIFY(DnsLookup::command(QStringLiteral("-s")).isEmpty());
        QVERIFY(DnsLookup::command(QStringLiteral("a b")).isEmpty());
        QVERIFY(DnsLookup::command(QStringLiteral("$(id)")).isEmpty());
        QVERIFY(DnsLookup::command(QString()).isEmpty());
    }

    void captures_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("localhost: ::1 and 127.0.0.1")
            << "ahosts-localhost"
            << "localhost" << true << QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")};
        QTest::newRow("IPv4 literal") << "ahosts-127.0.0.1"
                                      << "127.0.0.1" << true << QStringList{QStringLiteral("127.0.0.1")};
        QTest::newRow("IPv6 literal") << "ahosts-ipv6-loopback"
                                      << "::1" << true << QStringList{QStringLiteral("::1")};
        QTest::newRow("hosts file entry")
            << "ahosts-gd-lab-host"
            << "gd-lab-host" << true << QStringList{QStringLiteral("127.0.1.1")};
        QTest::newRow("not found") << "ahosts-missing"
                                   << "no-such-host.invalid" << false << QStringList{};
    }

    void captures()
    {
        QFETCH(QString, capture);
        QFETCH(QString, name);
        QFETCH(bool, found);
        QFETCH(QStringList, addresses);
        const auto r = DnsLookup::parse(name, ProbeCapture::load(QStringLiteral("getent"), capture));
        QVERIFY(r.ok());
        QCOMPARE(r->found, found);
        QCOMPARE(r->addresses, addresses);
    }

    void families()
    {
        const auto r = DnsLookup::parse(
            QStringLiteral("localhost"),
            ProbeCapture::load(QStringLiteral("getent"), QStringLiteral("ahosts-localhost")));
        QVERIFY(r.ok());
        QCOMPARE(r->ipv6(), QStringList{QStringLiteral("::1")});
        QCOMPARE(r->ipv4(), QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(r->canonicalName, QStringLiteral("localhost"));
    }

    void badInput()
    {
        const auto binary =
            DnsLookup::parse(QStringLiteral("x"), ProbeOutput{QByteArray("\0\0\0", 3), {}, 0});
        QVERIFY(!binary.ok());
        const auto garbage =
            DnsLookup::parse(QStringLiteral("x"), ProbeOutput{QByteArray("hello world\n"), {}, 0});
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind(), ProbeError::Kind::Malformed);
        const auto empty = DnsLookup::parse(QStringLiteral("x"), ProbeOutput{});
        QVERIFY(!empty.ok());
        const auto missing = DnsLookup::parse(QStringLiteral("x"),
                                              ProbeOutput{{}, QByteArray("sh: 1: getent: not found\n"), 127});
        QCOMPARE(missing.error().kind(), ProbeError::Kind::CommandMissing);
    }
};

QTEST_GUILESS_MAIN(TestDnsLookup)
#include "tst_probes_dnslookup.moc"
