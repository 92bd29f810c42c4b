// nginx as the ground truth: every captured config, rebuilt from its dump, passes
// `nginx -t` and our parser reads nginx's own re-dump without a single issue; tricky
// snippets that nginx accepts, we accept; and the routing table is what a running
// nginx really answers.
#include "app/config/LocationMatcher.h"
#include "app/config/NginxConfig.h"
#include "app/config/NginxTestOutput.h"
#include "tests/config/ConfigTestData.h"
#include "tests/lab/LabNginx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {

const QString kNginx = QStringLiteral("/usr/sbin/nginx");

struct NginxRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

NginxRun runNginx(const QStringList &arguments)
{
    QProcess p;
    p.start(kNginx, arguments);
    NginxRun run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// "nginx -t" and "nginx -T" on <dir>/nginx.conf with <dir> as prefix.
NginxRun testConfig(const QString &dir, bool dump)
{
    QDir().mkpath(dir + QStringLiteral("/logs"));
    return runNginx({dump ? QStringLiteral("-T") : QStringLiteral("-t"), QStringLiteral("-q"),
                     QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-e"),
                     QStringLiteral("stderr"), QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")});
}

QString httpGet(quint16 port, const QString &host, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(3000))
        return QStringLiteral("<no connection>");
    socket.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: %2\r\n\r\n").arg(path, host).toUtf8());
    QByteArray response;
    while (socket.waitForReadyRead(3000))
        response += socket.readAll();
    response += socket.readAll();
    const qsizetype bodyStart = response.indexOf("\r\n\r\n");
    return bodyStart < 0 ? QStringLiteral("<bad response>")
                         : QString::fromUtf8(response.mid(bodyStart + 4)).trimmed();
}

} // namespace

class TestConfigLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void capturedConfigsRoundTrip_data();
    void capturedConfigsRoundTrip();
    void acceptsWhatNginxAccepts_data();
    void acceptsWhatNginxAccepts();
    void routingAgainstRunningNginx();
};

void TestConfigLab::initTestCase()
{
    if (!QFileInfo(kNginx).isExecutable())
        QSKIP("nginx is not installed");
}

void TestConfigLab::capturedConfigsRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"multisite", "routing", "many-includes", "warn-conflict"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestConfigLab::capturedConfigsRoundTrip()
{
    QFETCH(QString, name);
    const NginxConfig captured = gd::test::loadDump(name);
    QVERIFY(captured.size() > 0);
    // Rebuild the files from the dump under a fresh prefix (the lab configs use
    // relative includes, so they work from anywhere).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldRoot = gd::test::capturePath(name, QString());
    for (const QString &file : captured.files()) {
        QVERIFY(file.startsWith(oldRoot));
        QVERIFY(writeFile(dir.path() + QLatin1Char('/') + file.mid(oldRoot.size()), captured.fileText(file)));
    }
    const NginxRun t = testConfig(dir.path(), false);
    QVERIFY2(t.exitCode == 0, qPrintable(t.err));
    const NginxRun dump = testConfig(dir.path(), true);
    QCOMPARE(dump.exitCode, 0);
    const Result<NginxConfig, ConfigError> again = NginxConfig::fromDump(dump.out);
    QVERIFY(again.ok());
    QVERIFY2(again->issues().isEmpty(), qPrintable(again->issues().value(0).message));
    QCOMPARE(again->files().size(), captured.files().size());
    QCOMPARE(again->size(), captured.size());
    for (int i = 0; i < captured.size(); ++i) {
        QCOMPARE(again->directive(i).name, captured.directive(i).name);
        QCOMPARE(again->directive(i).args, captured.directive(i).args);
        QCOMPARE(again->directive(i).line, captured.directive(i).line);
    }
}

void TestConfigLab::acceptsWhatNginxAccepts_data()
{
    QTest::addColumn<QString>("httpBody");
    auto row = [](const char *tag, const char *body) { QTest::newRow(tag) << QString::fromUtf8(body); };
    row("brace inside word", "server { listen 127.0.0.1:1; location / { return 200 a}b; } }");
    row("hash inside word", "server { listen 127.0.0.1:1; location / { return 200 a#b; } }");
    row("comment right after ;", "server { listen 127.0.0.1:1;# comment\n}");
    row("comment at eof without newline", "server { listen 127.0.0.1:1; }\n# the end");
    row("glued braces", "server{listen 127.0.0.1:1;location /x{return 204;}}");
    row("quotes in quotes", "server { listen 127.0.0.1:1; add_header X '\"' always; add_header Y \"'\"; }");
    row("escaped quotes", "server { listen 127.0.0.1:1; add_header X \"a\\\"b\"; add_header Y 'c\\'d'; }");
    row("escaped space", "server { listen 127.0.0.1:1; add_header X a\\ b; }");
    row("variables in braces", "server { listen 127.0.0.1:1; set $a 1; return 200 \"${a}x${a}\"; }");
    row("unquoted ${}", "server { listen 127.0.0.1:1; set $a 1; return 200 ${a}x; }");
    row("empty server_name", "server { listen 127.0.0.1:1; server_name \"\" _; }");
    row("map with regexes", "map $uri $m { default 0; ~*\\.(png|jpe?g)$ 1; \"~^/a b\" 2; '' 3; }");
    row("if forms",
        "server { listen 127.0.0.1:1; location / { if ($http_x) { return 204; } if ($uri ~* \"^/a{2}\") { "
        "return 205; } if (-f $request_filename) { return 206; } set $a 1; if ($a = '') { } } }");
    row("multi-line directive", "server {\n listen\n   127.0.0.1:1\n   default_server\n ;\n}");
    row("crlf", "server {\r\n listen 127.0.0.1:1;\r\n location / {\r\n return 204;\r\n }\r\n}\r\n");
    row("tabs", "server {\n\tlisten\t127.0.0.1:1;\n\tlocation\t/\t{\treturn\t204;\t}\n}");
    row("unicode", "# kommentar: grüße ✓\nserver { listen 127.0.0.1:1; add_header X-Name \"café\"; }");
    row("empty blocks", "server { listen 127.0.0.1:1; location / { } location /b { } }");
    row("ipv6 listens", "server { listen [::1]:1 ipv6only=on; listen [::]:2; listen 127.0.0.1:3; }");
    row("regex location with quotes",
        "server { listen 127.0.0.1:1; location ~ \"^/x/(\\d{1,3})/?$\" { return 200 $1; } }");
    row("upstream params", "upstream u { server 127.0.0.1:1 weight=2 max_fails=0 fail_timeout=1s; server "
                           "127.0.0.1:2 backup; server unix:/tmp/x.sock down; keepalive 4; }");
    row("types", "types { text/x-gd gd gdx; } server { listen 127.0.0.1:1; }");
    row("split_clients", "split_clients \"${remote_addr}x\" $v { 10.5% a; * b; }");
    row("geo", "geo $remote_addr $g { default 0; 127.0.0.0/8 1; }");
    row("semicolons in quoted log_format", "log_format f '$remote_addr; \"$request\" {x}';");
}

void TestConfigLab::acceptsWhatNginxAccepts()
{
    QFETCH(QString, httpBody);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("events { }\nhttp {\n%1\n}\n").arg(httpBody);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nginx.conf")), text));
    const NginxRun t = testConfig(dir.path(), false);
    QVERIFY2(t.exitCode == 0, qPrintable(QStringLiteral("nginx refused the snippet: ") + t.err));
    const NginxConfig parsed = NginxConfig::fromText(dir.filePath(QStringLiteral("nginx.conf")), text);
    QVERIFY2(parsed.issues().isEmpty(), qPrintable(parsed.issues().value(0).message));
    QVERIFY(parsed.http());
    QVERIFY(!parsed.children(parsed.http()).isEmpty());
    // nginx's dump of it parses to the same tree.
    const NginxRun dump = testConfig(dir.path(), true);
    const Result<NginxConfig, ConfigError> dumped = NginxConfig::fromDump(dump.out);
    QVERIFY(dumped.ok());
    QCOMPARE(dumped->size(), parsed.size());
}

void TestConfigLab::routingAgainstRunningNginx()
{
    QFile bodyFile(gd::test::configDataPath(QStringLiteral("lab/routing/http-body.conf")));
    QVERIFY(bodyFile.open(QIODevice::ReadOnly));
    lab::LabNginx nginx;
    const lab::LabStatus started = nginx.start(QString::fromUtf8(bodyFile.readAll()));
    if (!started.ok())
        QFAIL(qPrintable(started.message()));
    // Our model of the very config nginx runs, from its own dump.
    const NginxRun dump =
        runNginx({QStringLiteral("-T"), QStringLiteral("-q"), QStringLiteral("-p"),
                  nginx.prefix() + QLatin1Char('/'), QStringLiteral("-c"), nginx.configPath()});
    QCOMPARE(dump.exitCode, 0);
    const Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(dump.out);
    QVERIFY(config.ok());
    const LocationMatcher matcher(*config);
    for (const gd::test::RoutingRow &row : gd::test::routingTable()) {
        const QString host = QString::fromUtf8(row.host);
        const QString path = QString::fromUtf8(row.path);
        const QString expected = QString::fromUtf8(row.expected);
        const QString real = httpGet(nginx.port(), host, path);
        QVERIFY2(real == expected, qPrintable(QStringLiteral("%1: nginx answered %2, table says %3")
                                                  .arg(QLatin1String(row.tag), real, expected)));
        const Result<LocationMatch, ConfigError> match =
            matcher.match(QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(nginx.port()).arg(path)),
                          QStringLiteral("127.0.0.1"));
        QVERIFY(match.ok() && match->location);
        const NginxDirective *ret = config->firstChild(match->location, QStringLiteral("return"));
        QVERIFY(ret);
        QCOMPARE(ret->arg(1).trimmed(), real);
    }
}

QTEST_GUILESS_MAIN(TestConfigLab)
#include "tst_configlab.moc"
