// Real app servers from the distribution's packages (gunicorn, uwsgi, node, php-fpm)
// behind a real nginx, each producing one fault with its own log lines (issue 14,
// point 7): a worker killed for its timeout, a crash, a segfault, an exception and the
// keep-alive race. This test proves the lab produces each fault; every row leaves a
// Case that the diagnosis is asked about.
#include "app/engine/DiagnosisEngine.h"
#include "app/model/Cause.h"
#include "tests/engine/ReportLookup.h"
#include "tests/lab/LabAppServer.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabKeepAliveRace.h"
#include "tests/lab/LabNginx.h"
#include "tests/remote/MachineFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace gd;
using gd::test::checkOf;
using lab::LabAppServer;
using lab::LabHttp;
using lab::LabNginx;
using lab::LabStatus;

namespace {

// What one row produced, for the diagnosis: where nginx and the app are, which request
// shows the fault, and what the client got.
struct Case
{
    QString name;
    QString nginxPrefix;
    QString nginxConf;
    QString nginxErrorLog;
    QString url;            // the request that shows the fault (through nginx)
    QString method;         // its method
    int status = 0;         // what the client got for it
    qint64 appPid = 0;      // the app server's master (node: itself; 0 after it died)
    QString appLog;         // its own log file, or the file its stderr goes to
    QStringList appCommand; // the exact command line it was started with
    QString nginxLines;     // nginx's error-log lines written while the fault was produced
};

// nginx's words for an upstream that closed, or reset, the connection before its answer.
const char kClosed[] = "upstream prematurely closed connection while reading response header from upstream";
const char kReset[] =
    "recv() failed (104: Connection reset by peer) while reading response header from upstream";

// The findings and step-2/5 checks as text, for failure messages.
QString reportText(const DiagnosisReport &report)
{
    QString out;
    for (const Finding &f : report.findings)
        out += QStringLiteral("- %1 [%2] %3\n  remedy: %4\n")
                   .arg(causeCode(f.cause), f.upstream, f.summary, f.remedy);
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            if (c.id.startsWith(QLatin1String("log.app")) ||
                c.id.startsWith(QLatin1String("upstream.app_server")) ||
                c.id.startsWith(QLatin1String("timeouts.")))
                out += QStringLiteral("  check %1 (%2): %3\n").arg(c.id, c.title, c.explanation);
        }
    }
    return out;
}

// Does any evidence of `f` quote `text`?
bool cites(const Finding &f, const QString &text)
{
    return std::any_of(f.evidence.begin(), f.evidence.end(),
                       [&](const Evidence &e) { return e.excerpt.contains(text); });
}

// One row's parts; every process ends with it.
struct AppLab
{
    LabAppServer app;
    LabNginx nginx;
    Case c;
    qint64 logOffset = 0;
    int retriedStatus = 0; // keep-alive race: the GET in the same situation
};

// A server whose `location /` passes to the app in its protocol, with nginx's own read
// timeout long (30 s), so the app's limit is the one that acts.
QString siteFor(const LabAppServer &app)
{
    QString location = app.nginxLocation();
    const QString timeout = app.options().kind == LabAppServer::Kind::PhpFpm ? QStringLiteral("fastcgi")
                            : app.options().uwsgiProtocol                    ? QStringLiteral("uwsgi")
                                                                             : QStringLiteral("proxy");
    location += timeout + QStringLiteral("_read_timeout 30s;\n");
    QString indented;
    for (const QString &line : location.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        indented += QStringLiteral("        ") + line + QLatin1Char('\n');
    return QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                          "    location / {\n%1    }\n}\n")
        .arg(indented);
}

LabAppServer::Options options(LabAppServer::Kind kind)
{
    LabAppServer::Options o;
    o.kind = kind;
    return o;
}

// Starts the app and an nginx in front of it (the keep-alive race has its own config).
LabStatus startLab(AppLab &lab, const LabAppServer::Options &o, bool keepAliveRace = false)
{
    if (LabStatus s = lab.app.start(o); !s)
        return s;
    if (LabStatus s =
            lab.nginx.start(keepAliveRace ? lab::LabKeepAliveRace::httpBody(lab.app) : siteFor(lab.app));
        !s)
        return s;
    lab.logOffset = lab.nginx.errorLogSize();
    return LabStatus::success();
}

// Sends one GET through nginx and records it as the case's request.
void get(AppLab &lab, const QString &path)
{
    lab.c.url = lab.nginx.url(path);
    lab.c.method = QStringLiteral("GET");
    lab.c.status = LabHttp::status(lab.c.url, 30);
}

LabStatus produce(AppLab &lab, const QString &name)
{
    using Kind = LabAppServer::Kind;
    if (name == QLatin1String("gunicorn_worker_timeout")) {
        LabAppServer::Options o = options(Kind::Gunicorn);
        o.appTimeoutSec = 2;
        if (LabStatus s = startLab(lab, o); !s)
            return s;
        get(lab, QStringLiteral("/slow?s=5"));
        return LabStatus::success();
    }
    if (name == QLatin1String("uwsgi_harakiri") || name == QLatin1String("uwsgi_harakiri_http")) {
        LabAppServer::Options o = options(Kind::Uwsgi);
        o.appTimeoutSec = 2;
        // uwsgi_pass to a unix socket; the _http row proxies to --http-socket on a port.
        o.uwsgiProtocol = name == QLatin1String("uwsgi_harakiri");
        o.unixSocket = o.uwsgiProtocol;
        if (LabStatus s = startLab(lab, o); !s)
            return s;
        get(lab, QStringLiteral("/slow?s=5"));
        return LabStatus::success();
    }
    if (name == QLatin1String("php_terminate_timeout")) {
        LabAppServer::Options o = options(Kind::PhpFpm);
        o.appTimeoutSec = 2;
        if (LabStatus s = startLab(lab, o); !s)
            return s;
        get(lab, QStringLiteral("/slow?s=5"));
        return LabStatus::success();
    }
    if (name == QLatin1String("php_segfault")) {
        // On a unix socket, and php-fpm's log only on its stderr.
        LabAppServer::Options o = options(Kind::PhpFpm);
        o.unixSocket = true;
        o.log = LabAppServer::Log::Stdio;
        if (LabStatus s = startLab(lab, o); !s)
            return s;
        get(lab, QStringLiteral("/segv"));
        return LabStatus::success();
    }
    if (name == QLatin1String("node_crash")) {
        if (LabStatus s = startLab(lab, options(Kind::Node)); !s)
            return s;
        const qint64 pid = lab.app.pid();
        // /raise kills node (its own answer is a 502 too); the request after it is refused.
        if (const int raised = LabHttp::status(lab.nginx.url(QStringLiteral("/raise")), 30); raised != 502)
            return LabStatus::failure(QStringLiteral("GET /raise answered %1, not 502").arg(raised));
        if (LabStatus s = lab.app.waitForExit(); !s)
            return s;
        get(lab, QStringLiteral("/ok"));
        lab.c.appPid = pid;
        return LabStatus::success();
    }
    if (name == QLatin1String("gunicorn_exception")) {
        // The control: the app's own 500, its traceback only on gunicorn's stderr.
        LabAppServer::Options o = options(Kind::Gunicorn);
        o.log = LabAppServer::Log::Stdio;
        if (LabStatus s = startLab(lab, o); !s)
            return s;
        get(lab, QStringLiteral("/raise"));
        return LabStatus::success();
    }
    if (name == QLatin1String("keepalive_race") || name == QLatin1String("keepalive_race_gunicorn")) {
        // node closes an idle connection after 1 s (server.keepAliveTimeout); gunicorn's
        // gthread worker after --keep-alive 1.
        LabAppServer::Options o =
            options(name == QLatin1String("keepalive_race") ? Kind::Node : Kind::Gunicorn);
        o.keepAliveSec = 1;
        if (o.kind == Kind::Gunicorn)
            o.workerClass = QStringLiteral("gthread");
        if (LabStatus s = startLab(lab, o, true); !s)
            return s;
        lab::LabKeepAliveRace race(lab.nginx, lab.app);
        LabHttp::Request post;
        post.url = lab.nginx.url(QStringLiteral("/post"));
        post.method = QStringLiteral("POST");
        post.body = "order=42";
        const lab::LabResult<int> posted = race.send(post);
        if (!posted)
            return posted.status();
        LabHttp::Request get;
        get.url = lab.nginx.url(QStringLiteral("/ok"));
        const lab::LabResult<int> got = race.send(get);
        if (!got)
            return got.status();
        lab.c.url = post.url;
        lab.c.method = post.method;
        lab.c.status = *posted;
        lab.retriedStatus = *got;
        return LabStatus::success();
    }
    return LabStatus::failure(QStringLiteral("unknown row ") + name);
}

// The first line of text that contains every needle; empty when none does.
QString lineWith(const QString &text, const QStringList &needles)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (std::all_of(needles.begin(), needles.end(), [&](const QString &n) { return line.contains(n); }))
            return line;
    }
    return {};
}

// GD_APPLAB_CAPTURE_DIR=DIR keeps each row's real output in DIR/<row-with-hyphens>/: the
// nginx error-log lines of the fault, its whole access log, nginx.conf, the app server's
// log and its command line (how tests/data/app-logs was made).
void capture(const Case &c, const LabAppServer &app, const LabNginx &nginx)
{
    const QString root = qEnvironmentVariable("GD_APPLAB_CAPTURE_DIR");
    if (root.isEmpty())
        return;
    const QDir dir(QDir(root).filePath(QString(c.name).replace(QLatin1Char('_'), QLatin1Char('-'))));
    QDir().mkpath(dir.path());
    const auto write = [&](const QString &file, const QString &text) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text.toUtf8());
    };
    QFile conf(c.nginxConf);
    write(QStringLiteral("nginx.conf"),
          conf.open(QIODevice::ReadOnly) ? QString::fromUtf8(conf.readAll()) : QString());
    write(QStringLiteral("nginx-error.log"), c.nginxLines);
    write(QStringLiteral("nginx-access.log"), nginx.accessLogText());
    write(QFileInfo(c.appLog).fileName(), app.logText());
    write(QStringLiteral("command-line.txt"), c.appCommand.join(QLatin1Char(' ')) + QLatin1Char('\n'));
}

} // namespace

class TestAppServer : public QObject
{
    Q_OBJECT
private slots:
    // Each kind of server, on a port and on a socket, answers GET and POST through nginx.
    void answers_data();
    void answers();
    void appServer_data();
    void appServer();
};

void TestAppServer::answers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("unixSocket");
    QTest::addColumn<bool>("uwsgiProtocol");
    QTest::addColumn<QString>("server"); // in its answer: "gd-lab <server> ok"
    using Kind = LabAppServer::Kind;
    QTest::newRow("gunicorn port") << int(Kind::Gunicorn) << false << false << QStringLiteral("wsgi");
    QTest::newRow("gunicorn socket") << int(Kind::Gunicorn) << true << false << QStringLiteral("wsgi");
    QTest::newRow("uwsgi http port") << int(Kind::Uwsgi) << false << false << QStringLiteral("wsgi");
    QTest::newRow("uwsgi http socket") << int(Kind::Uwsgi) << true << false << QStringLiteral("wsgi");
    QTest::newRow("uwsgi protocol port") << int(Kind::Uwsgi) << false << true << QStringLiteral("wsgi");
    QTest::newRow("node port") << int(Kind::Node) << false << false << QStringLiteral("node");
    QTest::newRow("node socket") << int(Kind::Node) << true << false << QStringLiteral("node");
    QTest::newRow("php-fpm port") << int(Kind::PhpFpm) << false << false << QStringLiteral("php");
}

void TestAppServer::answers()
{
    QFETCH(int, kind);
    QFETCH(bool, unixSocket);
    QFETCH(bool, uwsgiProtocol);
    QFETCH(QString, server);
    if (const QString why = LabAppServer::unavailableReason(LabAppServer::Kind(kind)); !why.isEmpty())
        QSKIP(qPrintable(why));
    AppLab lab;
    LabAppServer::Options o = options(LabAppServer::Kind(kind));
    o.unixSocket = unixSocket;
    o.uwsgiProtocol = uwsgiProtocol;
    const LabStatus started = startLab(lab, o);
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QVERIFY(lab.app.pid() > 0);
    QVERIFY(!lab.app.workerPids().isEmpty());
    QVERIFY(QFileInfo::exists(lab.app.logPath()));
    QCOMPARE(lab.app.port() == 0, unixSocket);

    LabHttp::Request get;
    get.url = lab.nginx.url(QStringLiteral("/ok?x=1"));
    const LabHttp::Response got = LabHttp::send(get);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, QStringLiteral("gd-lab %1 ok GET /ok 0\n").arg(server).toUtf8());
    LabHttp::Request post = get;
    post.url = lab.nginx.url(QStringLiteral("/post"));
    post.method = QStringLiteral("POST");
    post.body = "order=42";
    const LabHttp::Response posted = LabHttp::send(post);
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.body, QStringLiteral("gd-lab %1 ok POST /post 8\n").arg(server).toUtf8());
    QCOMPARE(LabHttp::post(post.url, post.body), 200);
}

void TestAppServer::appServer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // LabAppServer::Kind, for the skip
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("nginxLine"); // in the line nginx logs for the case's request
    QTest::addColumn<QString>("appLine");   // in the app server's log
    QTest::addColumn<bool>("overSsh");
    using Kind = LabAppServer::Kind;
    const QString closed = QString::fromLatin1(kClosed);
    const QString reset = QString::fromLatin1(kReset);
    struct Row
    {
        const char *name;
        Kind kind;
        int status;
        QString nginxLine;
        QString appLine;
    };
    const QList<Row> rows{
        {"gunicorn_worker_timeout", Kind::Gunicorn, 502, closed, QStringLiteral("WORKER TIMEOUT")},
        {"uwsgi_harakiri", Kind::Uwsgi, 502, closed, QStringLiteral("HARAKIRI ON WORKER")},
        {"uwsgi_harakiri_http", Kind::Uwsgi, 502, closed, QStringLiteral("HARAKIRI ON WORKER")},
        {"php_terminate_timeout", Kind::PhpFpm, 502, reset, QStringLiteral("execution timed out")},
        {"php_segfault", Kind::PhpFpm, 502, reset, QStringLiteral("exited on signal 11")},
        {"node_crash", Kind::Node, 502,
         QStringLiteral("connect() failed (111: Connection refused) while connecting to upstream"),
         QStringLiteral("Error: gd-lab: /raise was asked")},
        {"gunicorn_exception", Kind::Gunicorn, 500, QString(),
         QStringLiteral("RuntimeError: gd-lab: /raise was asked")},
        {"keepalive_race", Kind::Node, 502, closed, QString()},
        {"keepalive_race_gunicorn", Kind::Gunicorn, 502, closed, QString()},
    };
    // Each row diagnosed on this machine and over the lab's sshd.
    for (const test::Backend backend : {test::Backend::Local, test::Backend::Ssh}) {
        const bool ssh = backend == test::Backend::Ssh;
        for (const Row &r : rows)
            QTest::newRow(qPrintable(QLatin1String(r.name) +
                                     (ssh ? QStringLiteral(" (ssh)") : QStringLiteral(" (local)"))))
                << QString::fromLatin1(r.name) << int(r.kind) << r.status << r.nginxLine << r.appLine << ssh;
    }
}

void TestAppServer::appServer()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, nginxLine);
    QFETCH(QString, appLine);
    QFETCH(bool, overSsh);
    if (const QString why = LabAppServer::unavailableReason(LabAppServer::Kind(kind)); !why.isEmpty())
        QSKIP(qPrintable(why));

    QElapsedTimer timer;
    timer.start();
    AppLab lab;
    lab.c.name = name;
    const LabStatus produced = produce(lab, name);
    QVERIFY2(produced.ok(), qPrintable(produced.message()));
    Case &c = lab.c;
    c.nginxPrefix = lab.nginx.prefix();
    c.nginxConf = lab.nginx.configPath();
    c.nginxErrorLog = lab.nginx.errorLogPath();
    if (c.appPid == 0)
        c.appPid = lab.app.pid();
    c.appLog = lab.app.logPath();
    c.appCommand = lab.app.commandLine();
    const QString context =
        QStringLiteral("%1 %2 -> %3; app log %4:\n%5\nnginx:\n%6")
            .arg(c.method, c.url)
            .arg(c.status)
            .arg(c.appLog, lab.app.logText().right(3000), lab.nginx.errorLogSince(lab.logOffset));
    QVERIFY2(c.status == status, qPrintable(context));

    // The lines nginx and the app wrote for it (both write them around the answer).
    const QString request = QStringLiteral("request: \"%1 %2 HTTP/1.1\"")
                                .arg(c.method, c.url.mid(c.url.indexOf(QLatin1Char('/'), 8)));
    if (!nginxLine.isEmpty()) {
        const lab::LabResult<QString> lines = lab.nginx.waitForErrorLog(nginxLine, lab.logOffset);
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QVERIFY2(!lineWith(*lines, {nginxLine, request}).isEmpty(), qPrintable(context));
    }
    if (!appLine.isEmpty()) {
        const LabStatus logged = lab.app.waitForLog(appLine);
        QVERIFY2(logged.ok(), qPrintable(logged.message()));
    }
    if (name == QLatin1String("gunicorn_exception")) {
        // The control: the app's 500 passes through, nginx logs no upstream error.
        QVERIFY2(lab.app.logText().contains(QLatin1String("Error handling request /raise")),
                 qPrintable(context));
        const LabStatus passed = lab.nginx.waitForAccessLog(QStringLiteral("\"GET /raise HTTP/1.1\" 500"));
        QVERIFY2(passed.ok(), qPrintable(passed.message()));
        QVERIFY2(!lab.nginx.errorLogSince(lab.logOffset).contains(QLatin1String("[error]")),
                 qPrintable(context));
    }
    if (name == QLatin1String("node_crash")) {
        QVERIFY2(!lab.app.isRunning(), qPrintable(context));
        QVERIFY2(!lineWith(lab.nginx.errorLogSince(lab.logOffset),
                           {QString::fromLatin1(kClosed), QStringLiteral("GET /raise")})
                      .isEmpty(),
                 qPrintable(context));
    }
    if (name.startsWith(QLatin1String("keepalive_race"))) {
        // The GET in the same situation: the same line, then nginx's retry on a new
        // connection answers.
        QCOMPARE(lab.retriedStatus, 200);
        const lab::LabResult<QString> lines =
            lab.nginx.waitForErrorLog(QStringLiteral("GET /ok"), lab.logOffset);
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QVERIFY2(!lineWith(*lines, {nginxLine, QStringLiteral("request: \"GET /ok HTTP/1.1\"")}).isEmpty(),
                 qPrintable(context));
        const LabStatus logged = lab.nginx.waitForAccessLog(QStringLiteral("\"POST /post HTTP/1.1\" 502"));
        QVERIFY2(logged.ok(), qPrintable(logged.message()));
    }
    c.nginxLines = lab.nginx.errorLogSince(lab.logOffset);
    capture(c, lab.app, lab.nginx);
    qInfo().noquote() << name << "took" << timer.elapsed() << "ms;" << c.method << c.url << "->" << c.status;

    // The diagnosis of c, on this machine or over the lab's sshd.
    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    const QString setUp = fixture.setUp();
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    DiagnosisOptions options;
    options.configFile = c.nginxConf;
    options.url = c.url;
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(fixture.machine(), options);
    const RemoteError error = engine.runAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    const DiagnosisReport report = engine.report();
    const QString text = reportText(report);
    qInfo().noquote() << text;

    // Step 1 knows the app server and where its log is (node_crash: it is gone).
    if (name != QLatin1String("node_crash")) {
        const CheckResult *server = checkOf(report, QStringLiteral("upstream.app_server"));
        QVERIFY2(server, qPrintable(text));
        QVERIFY2(server->explanation.contains(c.appLog), qPrintable(text));
    }
    if (!appLine.isEmpty() && name != QLatin1String("node_crash")) {
        // Step 2 shows what the app's own log says, its line cited.
        const CheckResult *appLog = checkOf(report, QStringLiteral("log.app"));
        QVERIFY2(appLog, qPrintable(text));
        QVERIFY2(std::any_of(appLog->evidence.begin(), appLog->evidence.end(),
                             [&](const Evidence &e) { return e.excerpt.contains(appLine); }),
                 qPrintable(text));
    }
    if (name == QLatin1String("gunicorn_exception")) {
        // A 500 from the app is not a gateway error: no upstream finding blames nginx's side.
        for (const Finding &f : report.findings)
            QVERIFY2(f.cause != Cause::UpstreamCrashed && f.cause != Cause::UpstreamTimeout,
                     qPrintable(text));
        return;
    }
    QVERIFY2(report.rootCause(), qPrintable(text));
    const Finding &top = *report.rootCause();
    struct Expected
    {
        Cause cause;
        QString cited;   // a line the top finding quotes
        QString setting; // named by its remedy
    };
    const QMap<QString, Expected> expected{
        {QStringLiteral("gunicorn_worker_timeout"),
         {Cause::UpstreamTimeout, QStringLiteral("WORKER TIMEOUT"), QStringLiteral("--timeout")}},
        {QStringLiteral("uwsgi_harakiri"),
         {Cause::UpstreamTimeout, QStringLiteral("HARAKIRI ON WORKER"), QStringLiteral("harakiri")}},
        {QStringLiteral("uwsgi_harakiri_http"),
         {Cause::UpstreamTimeout, QStringLiteral("HARAKIRI ON WORKER"), QStringLiteral("harakiri")}},
        {QStringLiteral("php_terminate_timeout"),
         {Cause::UpstreamTimeout, QStringLiteral("execution timed out"),
          QStringLiteral("request_terminate_timeout")}},
        {QStringLiteral("php_segfault"),
         {Cause::UpstreamCrashed, QStringLiteral("exited on signal 11"), QString()}},
        {QStringLiteral("node_crash"),
         {Cause::UpstreamCrashed, QString::fromLatin1(kClosed), QStringLiteral("Restart=on-failure")}},
        {QStringLiteral("keepalive_race"),
         {Cause::UpstreamCrashed, QString::fromLatin1(kClosed), QStringLiteral("keepalive_timeout")}},
        {QStringLiteral("keepalive_race_gunicorn"),
         {Cause::UpstreamCrashed, QString::fromLatin1(kClosed), QStringLiteral("keepalive_timeout")}},
    };
    QVERIFY2(expected.contains(name), qPrintable(name));
    const Expected want = expected.value(name);
    QVERIFY2(top.cause == want.cause, qPrintable(text));
    QVERIFY2(cites(top, want.cited), qPrintable(text));
    // nginx's side of the same moment is cited too: one timeline.
    QVERIFY2(cites(top, nginxLine.isEmpty() ? QString::fromLatin1(kClosed) : nginxLine) ||
                 cites(top, QString::fromLatin1(kClosed)),
             qPrintable(text));
    if (!want.setting.isEmpty())
        QVERIFY2(top.remedy.contains(want.setting), qPrintable(text));
    if (want.cause == Cause::UpstreamTimeout) {
        // The app's limit fired, not nginx's: the remedy is the app's setting, not a longer nginx timeout.
        QVERIFY2(top.summary.contains(QLatin1String("nginx would have waited longer")), qPrintable(text));
        QVERIFY2(top.suggestedSettings.isEmpty(), qPrintable(text));
    }
    if (name == QLatin1String("node_crash")) {
        // The crash comes first, "down" after it as its consequence.
        QVERIFY2(top.summary.contains(QLatin1String("nothing restarted it")), qPrintable(text));
        const auto down = std::find_if(report.findings.begin(), report.findings.end(),
                                       [](const Finding &f) { return f.cause == Cause::UpstreamDown; });
        QVERIFY2(down != report.findings.end(), qPrintable(text));
        QVERIFY2(down->rootCause == Cause::UpstreamCrashed, qPrintable(text));
    }
    if (name.startsWith(QLatin1String("keepalive_race"))) {
        QVERIFY2(top.summary.contains(QLatin1String("keep-alive race")), qPrintable(text));
        QVERIFY2(top.summary.contains(QLatin1String("POST")), qPrintable(text));
        QVERIFY2(std::any_of(top.actions.begin(), top.actions.end(),
                             [](const FixAction &a) {
                                 return a.kind == FixAction::Kind::Edit &&
                                        a.newText.contains(QLatin1String("keepalive_timeout"));
                             }),
                 qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestAppServer)
#include "tst_appserver.moc"
