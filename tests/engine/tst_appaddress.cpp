// "The address the app really uses" on a real nginx and real app servers (gunicorn,
// node, php-fpm, redis): nginx points where nothing listens while the app listens on an
// unrelated port or socket, or on the same port of another loopback address. The
// diagnosis must name that address and its edit must make the site answer 200; with two
// candidates, or only a database, the app is "down".
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/Facts.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/FixContext.h"
#include "remote/LocalMachine.h"
#include "tests/engine/ReportLookup.h"
#include "tests/fixes/CarryOut.h"
#include "tests/lab/LabAppServer.h"
#include "tests/lab/LabDir.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabUpstream.h"
#include "tests/remote/MachineFixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <list>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;

namespace {

// One row's parts; every process ends with it.
struct AppLab
{
    lab::LabDir dir{QStringLiteral("appaddress")};
    lab::LabPhpFpm fpm;
    LabNginx nginx;
    std::list<lab::LabAppServer> servers;
    std::list<lab::LabProcess> apps;
    QList<quint16> appPorts; // where the apps listen, in the order started
    quint16 nginxTarget = 0; // where nginx sends requests (nothing listens there)
};

// A free loopback port more than 10 away from `from` (not "a nearby port").
lab::LabResult<quint16> farPort(quint16 from)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const lab::LabResult<quint16> port = lab::LabPorts::freeTcpPort();
        if (!port || qAbs(int(*port) - int(from)) > 10)
            return port;
    }
    return LabStatus::failure(QStringLiteral("no free port far from %1").arg(from));
}

LabStatus startApp(AppLab &lab, const QString &name, const QString &program, const QStringList &arguments,
                   quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    lab::LabProcess &p = lab.apps.emplace_back();
    lab::LabProcessSpec spec;
    spec.name = name;
    spec.program = program;
    spec.arguments = arguments;
    spec.outputDir = lab.dir.path();
    if (LabStatus s = p.start(spec); !s)
        return s;
    lab.appPorts << port;
    return p.waitForTcpPort(host, port, 60000);
}

// Debian's gunicorn as its package starts it (/usr/bin/python3 /usr/bin/gunicorn app:app),
// or node with a server.js, on the given port.
LabStatus startAppServer(AppLab &lab, lab::LabAppServer::Kind kind, quint16 port)
{
    if (const QString why = lab::LabAppServer::unavailableReason(kind); !why.isEmpty())
        return LabStatus::failure(why);
    lab::LabAppServer::Options options;
    options.kind = kind;
    options.port = port;
    if (LabStatus s = lab.servers.emplace_back().start(options); !s)
        return s;
    lab.appPorts << port;
    return LabStatus::success();
}

LabStatus startGunicorn(AppLab &lab, quint16 port)
{
    return startAppServer(lab, lab::LabAppServer::Kind::Gunicorn, port);
}

LabStatus startNode(AppLab &lab, quint16 port)
{
    return startAppServer(lab, lab::LabAppServer::Kind::Node, port);
}

LabStatus startRedis(AppLab &lab, quint16 port)
{
    return startApp(lab, QStringLiteral("redis"), QStringLiteral("/usr/bin/redis-server"),
                    {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                     QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--dir"),
                     lab.dir.path()},
                    port);
}

// Python's own HTTP server on 127.0.0.2:P, the very port nginx uses on 127.0.0.1:
// the app is bound to another loopback address than the one nginx connects to.
LabStatus startOnOtherLoopback(AppLab &lab, quint16 port)
{
    return startApp(lab, QStringLiteral("http-server"), QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.2"), QStringLiteral("--directory"), lab.dir.path(),
                     QString::number(port)},
                    port, QStringLiteral("127.0.0.2"));
}

// nginx -> 127.0.0.1:P, where nothing listens (nor near it).
LabStatus proxyToNothing(AppLab &lab)
{
    const lab::LabResult<quint16> port = lab::LabUpstream::refusingPort();
    if (!port)
        return port.status();
    lab.nginxTarget = *port;
    return lab.nginx.start(LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
}

// php-fpm on .../php8.2-fpm.sock; nginx's fastcgi_pass still says php8.1.
LabStatus phpVersionInSocket(AppLab &lab)
{
    lab.fpm.setSocketName(QStringLiteral("php8.2-fpm.sock"));
    if (LabStatus s =
            lab.fpm.start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\nlisten = @SOCKET@\n"
                                         "listen.mode = 0666\npm = static\npm.max_children = 1\n"),
                          1);
        !s)
        return s;
    // A script php-fpm's www-data can read: every directory above it searchable.
    if (LabStatus s =
            lab.fpm.dir().writeFile(QStringLiteral("index.php"), "<?php echo \"gd-lab php ok\\n\";\n");
        !s)
        return s;
    for (QString dir = lab.fpm.dir().path(); dir.size() > 4; dir = QFileInfo(dir).path())
        QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther);
    const QString old = lab.fpm.dir().filePath(QStringLiteral("php8.1-fpm.sock"));
    return lab.nginx.start(QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    location / {\n"
                                          "        fastcgi_pass unix:%1;\n"
                                          "        fastcgi_param SCRIPT_FILENAME %2;\n"
                                          "        fastcgi_param REQUEST_METHOD GET;\n    }\n}\n")
                               .arg(old, lab.fpm.dir().filePath(QStringLiteral("index.php"))));
}

LabStatus setUpRow(AppLab &lab, const QString &name)
{
    if (name == QLatin1String("php_version_in_socket"))
        return phpVersionInSocket(lab);
    if (LabStatus s = proxyToNothing(lab); !s)
        return s;
    if (name == QLatin1String("same_port_other_address"))
        return startOnOtherLoopback(lab, lab.nginxTarget);
    const lab::LabResult<quint16> q = farPort(lab.nginxTarget);
    if (!q)
        return q.status();
    if (name == QLatin1String("gunicorn_elsewhere"))
        return startGunicorn(lab, *q);
    if (name == QLatin1String("node_elsewhere"))
        return startNode(lab, *q);
    if (name == QLatin1String("database_only"))
        return startRedis(lab, *q);
    if (name == QLatin1String("two_apps")) {
        if (LabStatus s = startGunicorn(lab, *q); !s)
            return s;
        const lab::LabResult<quint16> q2 = farPort(lab.nginxTarget);
        if (!q2)
            return q2.status();
        return startNode(lab, *q2);
    }
    return LabStatus::failure(QStringLiteral("unknown row ") + name);
}

// HTTP app servers listening here that this test did not start (other tests on a
// shared machine): they would be candidates too and make a clear case ambiguous.
QStringList foreignAppListeners(const QList<quint16> &ours)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-tlnpH")});
    ss.waitForFinished(10000);
    static const QRegularExpression app(QStringLiteral(
        "users:\\(\\(\"(python[0-9.]*|node|nodejs|gunicorn3?|uwsgi|ruby|java|puma|unicorn)\""));
    static const QRegularExpression local(QStringLiteral("^\\S+\\s+\\S+\\s+\\S+\\s+(\\S+):(\\d+)\\s"));
    QStringList out;
    for (const QString &line : QString::fromUtf8(ss.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto a = app.match(line);
        const auto l = local.match(line);
        if (a.hasMatch() && l.hasMatch() && !ours.contains(quint16(l.captured(2).toUInt())))
            out << line.simplified();
    }
    return out;
}

} // namespace

class TestAppAddress : public QObject
{
    Q_OBJECT
private slots:
    void appAddress_data();
    void appAddress();
};

void TestAppAddress::appAddress_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // the top finding's cause
    QTest::addColumn<bool>("overSsh");
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("gunicorn_elsewhere"), QStringLiteral("wrong_upstream_address")},
        {QStringLiteral("node_elsewhere"), QStringLiteral("wrong_upstream_address")},
        {QStringLiteral("php_version_in_socket"), QStringLiteral("wrong_upstream_address")},
        {QStringLiteral("same_port_other_address"), QStringLiteral("wrong_upstream_address")},
        {QStringLiteral("two_apps"), QStringLiteral("upstream_down")},
        {QStringLiteral("database_only"), QStringLiteral("upstream_down")},
    };
    for (const bool ssh : {false, true}) {
        for (const auto &[name, expected] : rows)
            QTest::newRow(qPrintable(name + (ssh ? QStringLiteral(" (ssh)") : QStringLiteral(" (local)"))))
                << name << expected << ssh;
    }
}

void TestAppAddress::appAddress()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(bool, overSsh);
    if (name == QLatin1String("database_only") && !QFileInfo::exists(QStringLiteral("/usr/bin/redis-server")))
        QSKIP("redis-server is not installed: no real database listener to test with (apt-get install "
              "redis-server)");
    if (name == QLatin1String("php_version_in_socket") && lab::LabPhpFpm::binary().isEmpty())
        QSKIP("php-fpm is not installed");

    AppLab lab;
    const LabStatus ready = setUpRow(lab, name);
    QVERIFY2(ready.ok(), qPrintable(ready.message()));
    if (name != QLatin1String("php_version_in_socket") && name != QLatin1String("two_apps")) {
        if (const QStringList foreign = foreignAppListeners(lab.appPorts); !foreign.isEmpty())
            QSKIP(qPrintable(QStringLiteral("other app servers listen on this machine (another test?): ") +
                             foreign.join(QStringLiteral("; "))));
    }
    const QString url = lab.nginx.url();
    for (int i = 0; i < 3; ++i)
        QVERIFY(lab::LabHttp::status(url) == 502);

    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    const QString setUp = fixture.setUp();
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    DiagnosisOptions options;
    options.configFile = lab.nginx.configPath();
    options.url = url;
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(fixture.machine(), options);
    const RemoteError error = engine.runAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    const DiagnosisReport report = engine.report();

    const QString context = test::describe(report);
    QVERIFY2(!report.findings.isEmpty(), qPrintable(context));
    const Finding &top = report.findings.first();
    QVERIFY2(causeCode(top.cause) == expected, qPrintable(context));

    const QString q1 =
        lab.appPorts.isEmpty() ? QString() : QStringLiteral("127.0.0.1:%1").arg(lab.appPorts.value(0));
    if (name == QLatin1String("gunicorn_elsewhere") || name == QLatin1String("node_elsewhere")) {
        const QString app = name.section(QLatin1Char('_'), 0, 0);
        QVERIFY2(top.summary.contains(QStringLiteral("%1 listens on %2").arg(app, q1)), qPrintable(context));
        // The ss line and the process's command line.
        const bool ss = std::any_of(top.evidence.begin(), top.evidence.end(), [&](const Evidence &e) {
            return e.source == QLatin1String("ss") && e.excerpt.contains(q1);
        });
        const bool ps = std::any_of(top.evidence.begin(), top.evidence.end(), [&](const Evidence &e) {
            return e.source == QLatin1String("ps") &&
                   e.excerpt.contains(app == QLatin1String("node") ? QStringLiteral("server.js")
                                                                   : QStringLiteral("gunicorn"));
        });
        QVERIFY2(ss && ps, qPrintable(context));
    }
    if (name == QLatin1String("same_port_other_address")) {
        // The same port open on 127.0.0.2, by its program.
        const QString other = QStringLiteral("127.0.0.2:%1").arg(lab.nginxTarget);
        QVERIFY2(top.summary.contains(QStringLiteral("the same port is open on 127.0.0.2")) &&
                     top.summary.contains(QLatin1String("python")),
                 qPrintable(context));
        QVERIFY2(top.remedy.contains(other), qPrintable(context + QStringLiteral("\nremedy: ") + top.remedy));
    }
    if (name == QLatin1String("two_apps")) {
        // Both named, in the order ss lists them.
        const QString q2 = QStringLiteral("127.0.0.1:%1").arg(lab.appPorts.value(1));
        QVERIFY2(top.summary.contains(q1) && top.summary.contains(q2) &&
                     top.summary.contains(QLatin1String("gunicorn")) &&
                     top.summary.contains(QLatin1String("node")),
                 qPrintable(context));
        QVERIFY2(top.actions.isEmpty(), qPrintable(context));
    }
    if (name == QLatin1String("database_only")) {
        QVERIFY2(!top.summary.contains(QLatin1String("redis")), qPrintable(context));
        QVERIFY2(!top.summary.contains(q1), qPrintable(context));
    }
    if (expected != QLatin1String("wrong_upstream_address"))
        return;

    // The edit, tested with nginx -t on a scratch copy, then carried out as `fix apply` does.
    QVERIFY2(!top.actions.isEmpty(), qPrintable(context + QStringLiteral("\nremedy: ") + top.remedy));
    for (const FixAction &a : top.actions)
        QVERIFY2(a.kind != FixAction::Kind::Edit || a.validation.state == SuggestionCheck::State::Passed,
                 qPrintable(a.newText + QStringLiteral(": ") + a.validation.text()));
    const Result<FixContext, FixError> fixContext = FixContext::from(*engine.diagnosis());
    QVERIFY2(fixContext, qPrintable(fixContext ? QString() : fixContext.error().message()));
    ActionRequest request;
    request.runtime = fixContext->runtime();
    request.phpFpmTargets = fixContext->phpFpmTargets();
    request.actions = top.actions;
    request.url = url;
    request.symptomStatus = report.target.urlStatus;
    const ActionOutcome outcome = gd::test::carryOut(fixture.machine(), request);
    QVERIFY2(outcome.status == ActionOutcome::Status::Done, qPrintable(outcome.error.message()));
    QCOMPARE(lab::LabHttp::status(url), 200);
}

QTEST_GUILESS_MAIN(TestAppAddress)
#include "tst_appaddress.moc"
