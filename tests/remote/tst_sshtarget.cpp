#include "remote/SshTarget.h"

#include <QtTest>

using gd::SshTarget;

class TestSshTarget : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestSshTarget::parses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("alias") << "web1"
                           << ""
                           << "web1" << 0;
    QTest::newRow("user@host") << "admin@example.org"
                               << "admin"
                               << "example.org" << 0;
    QTest::newRow("host:port") << "10.0.0.5:2222"
                               << ""
                               << "10.0.0.5" << 2222;
    QTest::newRow("user@[v6]:port") << "root@[::1]:2200"
                                    << "root"
                                    << "::1" << 2200;
    QTest::newRow("bare v6") << "fe80::1"
                             << ""
                             << "fe80::1" << 0;
    QTest::newRow("user with @") << "a@b@host"
                                 << "a@b"
                                 << "host" << 0;
}

void TestSshTarget::parses()
{
    QFETCH(QString, spec);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto target = SshTarget::parse(spec);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().toString()));
    QCOMPARE(target->user, user);
    QCOMPARE(target->host, host);
    QCOMPARE(target->port, port);
}

void TestSshTarget::refuses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << "";
    QTest::newRow("port zero") << "host:0";
    QTest::newRow("port text") << "host:ssh";
    QTest::newRow("port too big") << "host:70000";
    QTest::newRow("space") << "my host";
    QTest::newRow("option injection") << "-oProxyCommand=touch";
    QTest::newRow("empty user") << "@host";
    QTest::newRow("unclosed v6") << "[::1:22";
}

void TestSshTarget::refuses()
{
    QFETCH(QString, spec);
    const auto target = SshTarget::parse(spec);
    QVERIFY(!target.ok());
    QVERIFY(!target.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestSshTarget)
#include "tst_sshtarget.moc"
