// `gateway-doctor diagnose --upstream-host` and `fix apply` on a finding whose fix
// runs on the upstream's host: the real binary against a two-host lab (the nginx
// host is this namespace, the app host a LabNetns with its own sshd and nftables).
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNetns.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace gd::lab;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run gatewayDoctor(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(GD_BINARY), arguments);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestUpstreamHostCli : public QObject
{
    Q_OBJECT
private slots:
    void badSpecExitsTwo();
    void initTestCase();
    void cleanupTestCase();
    void diagnoseNamesTheBindAddress();
    void fixApplyLetsNginxThroughTheHostsFirewall();

private:
    QStringList upstreamOptions() const;
    bool ready() const { return m_skip.isEmpty(); }

    LabNetns m_net{QStringLiteral("gdlab-cli"), 9};
    LabSshd m_sshd;
    QString m_skip;
};

void TestUpstreamHostCli::badSpecExitsTwo()
{
    const Run r = gatewayDoctor({QStringLiteral("diagnose"), QStringLiteral("--upstream-host"),
                                 QStringLiteral("app1-without-an-address")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("ADDR=[user@]host"), r.err.constData());
    QCOMPARE(gatewayDoctor({QStringLiteral("diagnose"), QStringLiteral("--upstream-identity"),
                            QStringLiteral("/tmp/key")})
                 .exitCode,
             2);
}

void TestUpstreamHostCli::initTestCase()
{
    m_skip = LabNetns::unavailableReason();
    if (m_skip.isEmpty())
        m_skip = LabUsers::unavailableReason();
    if (!ready())
        return;
    QVERIFY(LabUsers::ensure().ok());
    QVERIFY(m_net.start().ok());
    LabSshd::Options options;
    options.listenAddress = m_net.appAddress();
    options.port = 22;
    options.wrapper = m_net.execAsAppHost();
    const LabStatus sshd = m_sshd.start(options);
    QVERIFY2(sshd.ok(), qPrintable(sshd.message()));
}

void TestUpstreamHostCli::cleanupTestCase()
{
    m_sshd.stop();
    m_net.stop();
}

QStringList TestUpstreamHostCli::upstreamOptions() const
{
    return {QStringLiteral("--upstream-host"),
            QStringLiteral("%1=%2@%1").arg(m_net.appAddress(), LabUsers::noPasswordSudoUser()),
            QStringLiteral("--upstream-identity"),
            m_sshd.clientKeyPath(),
            QStringLiteral("--upstream-known-hosts"),
            m_sshd.knownHostsPath()};
}

void TestUpstreamHostCli::diagnoseNamesTheBindAddress()
{
    if (!ready())
        QSKIP(qPrintable(m_skip));
    LabUpstream app;
    LabUpstream::Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = 8000;
    o.wrapper = m_net.exec();
    QVERIFY(app.start(o).ok());
    LabNginx nginx;
    QVERIFY(
        nginx.start(LabNginx::proxyServer(QStringLiteral("http://%1:8000").arg(m_net.appAddress()))).ok());
    LabHttp::sendTraffic(nginx.url(), 2);

    const Run r =
        gatewayDoctor(QStringList{QStringLiteral("diagnose"), QStringLiteral("--conf"), nginx.configPath(),
                                  QStringLiteral("--url"), nginx.url(), QStringLiteral("--json")} +
                      upstreamOptions());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject top =
        QJsonDocument::fromJson(r.out).object()[QStringLiteral("findings")].toArray()[0].toObject();
    QCOMPARE(top[QStringLiteral("cause")].toString(), QStringLiteral("wrong_upstream_address"));
    QVERIFY2(top[QStringLiteral("summary")].toString().contains(
                 QStringLiteral("listens on 127.0.0.1:8000 on gdlab-cli-app")),
             r.out.constData());
}

void TestUpstreamHostCli::fixApplyLetsNginxThroughTheHostsFirewall()
{
    if (!ready())
        QSKIP(qPrintable(m_skip));
    LabUpstream app;
    LabUpstream::Options o;
    o.host = QStringLiteral("0.0.0.0");
    o.port = 8000;
    o.wrapper = m_net.exec();
    QVERIFY(app.start(o).ok());
    QVERIFY(m_net
                .setFirewall(
                    QStringLiteral("table inet gdlab {\n chain input {\n  type filter hook input priority 0; "
                                   "policy accept;\n  tcp dport 8000 drop\n }\n}\n"))
                .ok());
    LabNginx nginx;
    QVERIFY(nginx
                .start(LabNginx::proxyServer(QStringLiteral("http://%1:8000").arg(m_net.appAddress()),
                                             QStringLiteral("proxy_connect_timeout 2s;")))
                .ok());
    LabHttp::sendTraffic(nginx.url(), 2);

    // Without the upstream's host, the fix cannot run where it must: refused.
    const Run refused =
        gatewayDoctor({QStringLiteral("fix"), QStringLiteral("apply"), QStringLiteral("--conf"),
                       nginx.configPath(), QStringLiteral("--url"), nginx.url(), QStringLiteral("--yes")});
    QVERIFY2(refused.exitCode != 0, refused.err.constData());

    const Run r = gatewayDoctor(QStringList{QStringLiteral("fix"), QStringLiteral("apply"),
                                            QStringLiteral("--conf"), nginx.configPath(),
                                            QStringLiteral("--url"), nginx.url(), QStringLiteral("--yes")} +
                                upstreamOptions());
    QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
    QVERIFY2(r.err.contains("nft insert rule inet gdlab input ip saddr"), r.err.constData());
    // The rule is in the app host's own ruleset, and nginx gets through now.
    QCOMPARE(LabHttp::status(nginx.url()), 200);
    QVERIFY(m_net.setFirewall(QString()).ok());
}

QTEST_GUILESS_MAIN(TestUpstreamHostCli)
#include "tst_upstreamhostcli.moc"
