// The order in which FactCollector reads the owners of the listening sockets as app
// servers (it reads a few): on a host with many apps, the upstreams' own owners come
// first, then the rest by pid, the same on every run. On real `ss` output
// (tests/data/probes/appaddress: redis, nginx, two gunicorns, node, python, php-fpm).
#include "app/config/NginxConfig.h"
#include "app/facts/FactCollector.h"
#include "tests/TestConfig.h"
#include "tests/checks/AppAddressCapture.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {

Facts factsWith(const QString &pass)
{
    Facts facts;
    facts.confPath = QStringLiteral("/etc/nginx/nginx.conf");
    facts.config = NginxConfig::fromText(
        facts.confPath,
        QStringLiteral("events {}\nhttp {\n server {\n  listen 8080;\n  location / {\n   %1;\n  }\n }\n}\n")
            .arg(pass));
    facts.targets = UpstreamTargets::collect(*facts.config);
    facts.ssTcp = test::appAddressCapture(QStringLiteral("ss-tlnpH.txt"), QStringLiteral("ss -tlnpH"));
    facts.ssUnix = test::appAddressCapture(QStringLiteral("ss-xlpH.txt"), QStringLiteral("ss -xlpH"));
    return facts;
}

// Every pid ss names, as FactCollector gathers them.
QSet<QString> ownersIn(const Facts &facts)
{
    QSet<QString> pids;
    static const QRegularExpression pid(QStringLiteral("pid=(\\d+)"));
    for (const QByteArray *out : {&facts.ssTcp.stdOut, &facts.ssUnix.stdOut}) {
        auto it = pid.globalMatch(QString::fromUtf8(*out));
        while (it.hasNext())
            pids.insert(it.next().captured(1));
    }
    return pids;
}

} // namespace

class TestSocketOwners : public QObject
{
    Q_OBJECT
private slots:
    void upstreamOwnersFirst_data()
    {
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QStringList>("first");
        // gunicorn on 8002: master 6, worker 41.
        QTest::newRow("tcp") << QStringLiteral("proxy_pass http://127.0.0.1:8002")
                             << QStringLiteral("6 41").split(QLatin1Char(' '));
        // php-fpm on its socket: master 10, children 21 and 22.
        QTest::newRow("socket") << QStringLiteral(
                                       "fastcgi_pass unix:/tmp/gd-appaddr-cap/lab/run/php8.2-fpm.sock")
                                << QStringLiteral("10 21 22").split(QLatin1Char(' '));
        // An upstream nothing listens on: all by pid.
        QTest::newRow("nothing there") << QStringLiteral("proxy_pass http://127.0.0.1:9999") << QStringList{};
    }
    void upstreamOwnersFirst()
    {
        QFETCH(QString, pass);
        QFETCH(QStringList, first);
        const Facts facts = factsWith(pass);
        const QSet<QString> pids = ownersIn(facts);
        QVERIFY(pids.size() > 8);
        const QStringList ordered = FactCollector::socketOwnersInOrder(facts, pids);
        QCOMPARE(QSet<QString>(ordered.begin(), ordered.end()), pids);
        QCOMPARE(ordered.mid(0, first.size()), first);
        // The rest by pid.
        for (int i = int(first.size()) + 1; i < ordered.size(); ++i)
            QVERIFY2(ordered.at(i - 1).toLongLong() < ordered.at(i).toLongLong(),
                     qPrintable(ordered.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSocketOwners)
#include "tst_socketowners.moc"
