// An upstream on another host, on a real two-host lab: this network namespace is the
// nginx host, a namespace of its own (LabNetns: veth pair, 10.213.7.0/30, its own
// sshd on port 22 and its own nftables rules) the app host. Each scenario is
// diagnosed from the nginx host alone, which must never judge the remote address by
// its own socket table, and with the upstream's host (--upstream-host), which must
// name the exact cause.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/Facts.h"
#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "tests/engine/ReportLookup.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNetns.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"

#include <QtTest>

#include <memory>

using namespace gd;
using gd::test::describe;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

constexpr quint16 kAppPort = 8000;

const Finding *top(const DiagnosisReport &report)
{
    return report.findings.isEmpty() ? nullptr : &report.findings.first();
}

} // namespace

class TestRemoteUpstream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void scenario_data();
    void scenario();

private:
    DiagnosisReport diagnose(const QString &url, bool withUpstreamHost);

    lab::LabNetns m_net;
    lab::LabSshd m_sshd;
    std::unique_ptr<LabUpstream> m_app;
    std::unique_ptr<lab::LabNginx> m_nginx;
    QString m_skip;
};

void TestRemoteUpstream::initTestCase()
{
    m_skip = lab::LabNetns::unavailableReason();
    if (m_skip.isEmpty())
        m_skip = lab::LabUsers::unavailableReason();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const LabStatus users = lab::LabUsers::ensure();
    QVERIFY2(users.ok(), qPrintable(users.message()));
    const LabStatus net = m_net.start();
    QVERIFY2(net.ok(), qPrintable(net.message()));
    lab::LabSshd::Options options;
    options.listenAddress = m_net.appAddress();
    options.port = 22;
    options.wrapper = m_net.execAsAppHost();
    const LabStatus sshd = m_sshd.start(options);
    QVERIFY2(sshd.ok(), qPrintable(sshd.message()));
}

void TestRemoteUpstream::cleanupTestCase()
{
    m_nginx.reset();
    m_app.reset();
    m_sshd.stop();
    QVERIFY(m_net.stop().ok());
}

void TestRemoteUpstream::cleanup()
{
    // Every row leaves the app host as it found it: no app, no rules, link up.
    m_nginx.reset();
    m_app.reset();
    if (m_skip.isEmpty()) {
        QVERIFY(m_net.setFirewall(QString()).ok());
        QVERIFY(m_net.setLinkUp(true).ok());
    }
}

DiagnosisReport TestRemoteUpstream::diagnose(const QString &url, bool withUpstreamHost)
{
    LocalMachine nginxHost;
    DiagnosisOptions options;
    options.configFile = m_nginx->configPath();
    options.url = url;
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(&nginxHost, options);
    if (withUpstreamHost) {
        // As a lab user with passwordless sudo (never root: see tests/lab/LabUsers).
        SshTarget target;
        target.host = m_net.appAddress();
        target.port = 22;
        target.user = lab::LabUsers::noPasswordSudoUser();
        target.identityFile = m_sshd.clientKeyPath();
        target.identitiesOnly = true;
        target.knownHostsFile = m_sshd.knownHostsPath();
        target.useSshConfig = false;
        target.connectTimeoutSec = 5;
        UpstreamHostLink link;
        link.address = m_net.appAddress();
        link.machineName = target.displayName();
        auto machine = std::make_shared<SshMachine>(target);
        if (const RemoteError error = machine->connectAndWait({}))
            link.error = error;
        else
            link.machine = machine;
        engine.setUpstreamHosts({link});
    }
    const RemoteError error = engine.runAndWait();
    if (error)
        qWarning("diagnosis failed: %s", qPrintable(error.toString()));
    return engine.report();
}

void TestRemoteUpstream::scenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alone");        // the top cause from the nginx host alone ("" = none)
    QTest::addColumn<QString>("aloneSays");    // words its summary must hold
    QTest::addColumn<QString>("withHost");     // the top cause with the upstream's host
    QTest::addColumn<QString>("withHostSays"); // words its summary must hold
    QTest::newRow("app bound to loopback") << "loopback"
                                           << "upstream_down"
                                           << "refuses connections"
                                           << "wrong_upstream_address"
                                           << "listens on 127.0.0.1:8000 on gdlab-uph-app";
    QTest::newRow("drop rule") << "drop"
                               << "firewall_blocked"
                               << "its port 22 answers"
                               << "firewall_blocked"
                               << "silently drops connections to port 8000";
    QTest::newRow("reject rule") << "reject"
                                 << "upstream_down"
                                 << "refuses connections"
                                 << "firewall_blocked"
                                 << "rejects connections to port 8000";
    QTest::newRow("app down") << "down"
                              << "upstream_down"
                              << "refuses connections"
                              << "upstream_down"
                              << "Nothing listens on port 8000 on gdlab-uph-app";
    QTest::newRow("app host unreachable") << "unreachable"
                                          << "upstream_down"
                                          << "cannot be reached at all"
                                          << "upstream_down"
                                          << "Logging in to";
    QTest::newRow("slow remote app") << "slow"
                                     << "upstream_timeout"
                                     << "took longer than proxy_read_timeout"
                                     << "upstream_timeout"
                                     << "took longer than proxy_read_timeout";
    QTest::newRow("healthy remote app") << "healthy" << QString() << QString() << QString() << QString();
}

void TestRemoteUpstream::scenario()
{
    QFETCH(QString, name);
    QFETCH(QString, alone);
    QFETCH(QString, aloneSays);
    QFETCH(QString, withHost);
    QFETCH(QString, withHostSays);

    LabUpstream::Options app;
    app.host = name == QLatin1String("loopback") ? QStringLiteral("127.0.0.1") : QStringLiteral("0.0.0.0");
    app.port = kAppPort;
    app.wrapper = m_net.exec();
    app.mode = name == QLatin1String("slow") ? LabUpstream::Mode::Slow : LabUpstream::Mode::Ok;
    app.delayMs = name == QLatin1String("slow") ? 4000 : -1;
    if (name != QLatin1String("down")) {
        m_app = std::make_unique<LabUpstream>();
        const LabStatus started = m_app->start(app);
        QVERIFY2(started.ok(), qPrintable(started.message()));
    }
    if (name == QLatin1String("drop") || name == QLatin1String("reject")) {
        const LabStatus rules = m_net.setFirewall(
            QStringLiteral(
                "table inet gdlab {\n  chain input {\n    type filter hook input priority 0; policy "
                "accept;\n    tcp dport %1 %2\n  }\n}\n")
                .arg(kAppPort)
                .arg(name));
        QVERIFY2(rules.ok(), qPrintable(rules.message()));
    }
    if (name == QLatin1String("unreachable"))
        QVERIFY(m_net.setLinkUp(false).ok());

    m_nginx = std::make_unique<lab::LabNginx>();
    const LabStatus nginx = m_nginx->start(
        lab::LabNginx::proxyServer(QStringLiteral("http://%1:%2").arg(m_net.appAddress()).arg(kAppPort),
                                   QStringLiteral("proxy_connect_timeout 2s; proxy_read_timeout 2s;")));
    QVERIFY2(nginx.ok(), qPrintable(nginx.message()));
    const QString url = m_nginx->url();
    lab::LabHttp::sendTraffic(url, 2);

    for (const bool withUpstreamHost : {false, true}) {
        const DiagnosisReport report = diagnose(url, withUpstreamHost);
        const QString cause = withUpstreamHost ? withHost : alone;
        const QString says = withUpstreamHost ? withHostSays : aloneSays;
        const QString context =
            QStringLiteral("%1 %2:\n%3")
                .arg(name, withUpstreamHost ? QStringLiteral("with its host") : QStringLiteral("alone"),
                     describe(report));
        qInfo().noquote() << context; // what a reader of the test log wants to see
        QCOMPARE(report.steps.size(), 6);
        for (const Finding &f : report.findings) {
            // Never this machine's socket table for an address that is not its own.
            QVERIFY2(!f.summary.contains(QStringLiteral("Nothing listens on %1").arg(m_net.appAddress())),
                     qPrintable(context));
            for (const Evidence &e : f.evidence)
                QVERIFY2(e.source != QLatin1String("ss") || e.command.contains(QLatin1String("(on ")),
                         qPrintable(context));
        }
        if (cause.isEmpty()) {
            QVERIFY2(report.findings.isEmpty() || top(report)->severity < Severity::Error,
                     qPrintable(context));
            QCOMPARE(report.target.urlStatus, 200);
            continue;
        }
        QVERIFY2(top(report), qPrintable(context));
        QVERIFY2(causeCode(top(report)->cause) == cause, qPrintable(context));
        QVERIFY2(top(report)->summary.contains(says), qPrintable(context));
        QCOMPARE(top(report)->upstream, QStringLiteral("%1:%2").arg(m_net.appAddress()).arg(kAppPort));
        if (withUpstreamHost && name == QLatin1String("drop")) {
            // The exact fix, on the upstream's host: let nginx's address in before the rule.
            QVERIFY2(!top(report)->actions.isEmpty(), qPrintable(context));
            const FixAction &a = top(report)->actions.first();
            QCOMPARE(a.host, FixAction::Host::Upstream);
            QCOMPARE(a.argv,
                     (QStringList{QStringLiteral("nft"), QStringLiteral("insert"), QStringLiteral("rule"),
                                  QStringLiteral("inet"), QStringLiteral("gdlab"), QStringLiteral("input"),
                                  QStringLiteral("ip"), QStringLiteral("saddr"), m_net.nginxAddress(),
                                  QStringLiteral("tcp"), QStringLiteral("dport"), QString::number(kAppPort),
                                  QStringLiteral("accept")}));
        }
    }
}

QTEST_GUILESS_MAIN(TestRemoteUpstream)
#include "tst_remoteupstream.moc"
