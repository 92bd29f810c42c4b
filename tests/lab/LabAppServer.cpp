#include "tests/lab/LabAppServer.h"

#include "tests/lab/LabHttp.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace gd::lab {

namespace {

// The WSGI app for gunicorn and uwsgi. /segv signals the worker itself, which is what a
// crashing C extension looks like to the server.
const char kWsgiApp[] = R"(import os
import signal
import time
from urllib.parse import parse_qs


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/slow":
        time.sleep(float(parse_qs(environ.get("QUERY_STRING", "")).get("s", ["1"])[0]))
    elif path == "/raise":
        raise RuntimeError("gd-lab: /raise was asked")
    elif path == "/segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    size = 0
    if environ.get("REQUEST_METHOD") == "POST":
        size = len(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
    text = "gd-lab wsgi ok %s %s %d\n" % (environ.get("REQUEST_METHOD"), path, size)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [text.encode()]
)";

// The node app: argv[2] is a port or a socket path, argv[3] keepAliveTimeout in ms (-1:
// node's default). The exception on /raise is thrown inside the request handler and
// nothing catches it: node prints it to stderr and exits, as an unguarded app does.
const char kNodeApp[] = R"("use strict";
const fs = require("fs");
const http = require("http");
const [listen, keepAliveMs] = process.argv.slice(2);
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://gd-lab");
  if (url.pathname === "/raise") throw new Error("gd-lab: /raise was asked");
  if (url.pathname === "/segv") process.kill(process.pid, "SIGSEGV");
  let size = 0;
  req.on("data", (chunk) => { size += chunk.length; });
  req.on("end", () => {
    const reply = () => {
      res.setHeader("Content-Type", "text/plain");
      res.end(`gd-lab node ok ${req.method} ${url.pathname} ${size}\n`);
    };
    if (url.pathname === "/slow") setTimeout(reply, Number(url.searchParams.get("s") || 1) * 1000);
    else reply();
  });
});
if (Number(keepAliveMs) >= 0) server.keepAliveTimeout = Number(keepAliveMs);
if (/^[0-9]+$/.test(listen)) {
  server.listen(Number(listen), "127.0.0.1");
} else {
  server.listen(listen, () => fs.chmodSync(listen, 0o666));
}
)";

// The PHP app, one script for every path (nginx names it in SCRIPT_FILENAME).
const char kPhpApp[] = R"(<?php
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
if ($path === '/slow') {
    sleep((int)($_GET['s'] ?? 1));
} elseif ($path === '/raise') {
    throw new RuntimeException('gd-lab: /raise was asked');
} elseif ($path === '/segv') {
    if (!function_exists('posix_kill')) {
        http_response_code(500);
        exit("gd-lab: /segv needs PHP's posix extension\n");
    }
    posix_kill(getmypid(), 11);
}
$size = strlen(file_get_contents('php://input'));
echo "gd-lab php ok {$_SERVER['REQUEST_METHOD']} $path $size\n";
)";

QString gunicornScript()
{
    for (const QString &path : {QStringLiteral("/usr/bin/gunicorn"), QStringLiteral("/usr/bin/gunicorn3")}) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString nodeBinary()
{
    for (const QString &path : {QStringLiteral("/usr/bin/node"), QStringLiteral("/usr/bin/nodejs")}) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString uwsgiBinary()
{
    return QStringLiteral("/usr/bin/uwsgi");
}

bool acceptsUnixConnections(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return ok;
}

// The parameters the lab's apps read; written out rather than included, so the config
// does not depend on /etc/nginx's files.
QString cgiParams(const QString &directive)
{
    QString text;
    const QList<std::pair<const char *, const char *>> params{
        {"REQUEST_METHOD", "$request_method"}, {"QUERY_STRING", "$query_string"},
        {"REQUEST_URI", "$request_uri"},       {"CONTENT_TYPE", "$content_type"},
        {"CONTENT_LENGTH", "$content_length"}, {"SERVER_PROTOCOL", "$server_protocol"},
        {"SERVER_NAME", "$server_name"},       {"SERVER_PORT", "$server_port"},
        {"REMOTE_ADDR", "$remote_addr"},
    };
    for (const auto &[name, value] : params)
        text += QStringLiteral("%1 %2 %3;\n").arg(directive, QLatin1String(name), QLatin1String(value));
    // WSGI routes on PATH_INFO; php-fpm names the request in its log by SCRIPT_NAME (as
    // Debian's fastcgi_params set it).
    const bool fastCgi = directive == QLatin1String("fastcgi_param");
    text += QStringLiteral("%1 %2;\n")
                .arg(directive, fastCgi ? QStringLiteral("SCRIPT_NAME $fastcgi_script_name")
                                        : QStringLiteral("PATH_INFO $document_uri"));
    return text;
}

} // namespace

LabAppServer::LabAppServer() : m_dir(QStringLiteral("appserver"))
{
}

LabAppServer::~LabAppServer()
{
    stop();
}

QString LabAppServer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("gunicorn");
    case Kind::Uwsgi:
        return QStringLiteral("uwsgi");
    case Kind::Node:
        return QStringLiteral("node");
    case Kind::PhpFpm:
        return QStringLiteral("php-fpm");
    }
    return {};
}

QString LabAppServer::unavailableReason(Kind kind)
{
    switch (kind) {
    case Kind::Gunicorn:
        return gunicornScript().isEmpty()
                   ? QStringLiteral("gunicorn is not installed (apt-get install gunicorn)")
                   : QString();
    case Kind::Uwsgi:
        if (!QFileInfo(uwsgiBinary()).isExecutable())
            return QStringLiteral("uwsgi is not installed (apt-get install uwsgi-core uwsgi-plugin-python3)");
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/uwsgi/plugins/python3_plugin.so")))
            return QStringLiteral(
                "uwsgi's python3 plugin is not installed (apt-get install uwsgi-plugin-python3)");
        return {};
    case Kind::Node:
        return nodeBinary().isEmpty() ? QStringLiteral("node is not installed (apt-get install nodejs)")
                                      : QString();
    case Kind::PhpFpm:
        return LabPhpFpm::binary().isEmpty()
                   ? QStringLiteral("php-fpm is not installed (apt-get install php-fpm)")
                   : QString();
    }
    return {};
}

LabStatus LabAppServer::start(const Options &options)
{
    if (isRunning())
        return LabStatus::failure(QStringLiteral("%1: already running").arg(kindName(options.kind)));
    m_options = options;
    if (!m_dir.isValid())
        return LabStatus::failure(m_dir.error());
    if (const QString why = unavailableReason(options.kind); !why.isEmpty())
        return LabStatus::failure(why);
    if (options.uwsgiProtocol && options.kind != Kind::Uwsgi)
        return LabStatus::failure(QStringLiteral("only uwsgi speaks the uwsgi protocol"));
    m_port = 0;
    m_socketPath.clear();
    if (options.kind != Kind::PhpFpm) {
        if (options.unixSocket) {
            m_socketPath = m_dir.filePath(kindName(options.kind) + QStringLiteral(".sock"));
        } else if (options.port != 0) {
            m_port = options.port;
        } else {
            const LabResult<quint16> port = LabPorts::freeTcpPort();
            if (!port)
                return port.status();
            m_port = *port;
        }
    }
    switch (options.kind) {
    case Kind::Gunicorn:
        return startGunicorn();
    case Kind::Uwsgi:
        return startUwsgi();
    case Kind::Node:
        return startNode();
    case Kind::PhpFpm:
        return startPhpFpm();
    }
    return LabStatus::failure(QStringLiteral("unknown app server"));
}

QString LabAppServer::listenAddress() const
{
    return m_socketPath.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(m_port) : m_socketPath;
}

LabStatus LabAppServer::startProcess(const QString &program, const QStringList &arguments)
{
    LabProcessSpec spec;
    spec.name = kindName(m_options.kind);
    spec.program = program;
    spec.arguments = arguments;
    spec.outputDir = m_dir.path();
    m_command = QStringList{program} + arguments;
    // Without a log file of its own, the server's messages are what it writes to stderr.
    if (m_logPath.isEmpty())
        m_logPath = m_dir.filePath(spec.name + QStringLiteral(".stderr"));
    if (LabStatus s = m_process.start(spec); !s)
        return s;
    return waitUntilAnswering();
}

LabStatus LabAppServer::startGunicorn()
{
    if (LabStatus s = m_dir.writeFile(QStringLiteral("app.py"), kWsgiApp); !s)
        return s;
    // /usr/bin/python3 itself, as Debian's unit runs it (`python3` may be a pyenv shim).
    QStringList args{gunicornScript(), QStringLiteral("--workers"), QString::number(m_options.workers)};
    if (!m_options.workerClass.isEmpty())
        args << QStringLiteral("--worker-class") << m_options.workerClass;
    if (m_options.keepAliveSec >= 0)
        args << QStringLiteral("--keep-alive") << QString::number(m_options.keepAliveSec);
    if (m_options.appTimeoutSec > 0)
        args << QStringLiteral("--timeout") << QString::number(m_options.appTimeoutSec);
    if (m_socketPath.isEmpty()) {
        args << QStringLiteral("--bind") << listenAddress();
    } else {
        // --umask 0: a socket nginx's workers (www-data) may connect to.
        args << QStringLiteral("--bind") << QStringLiteral("unix:") + m_socketPath
             << QStringLiteral("--umask") << QStringLiteral("0");
    }
    m_logPath.clear();
    if (m_options.log == Log::OwnFile) {
        m_logPath = m_dir.filePath(QStringLiteral("gunicorn.log"));
        args << QStringLiteral("--error-logfile") << m_logPath;
    }
    args << QStringLiteral("--chdir") << m_dir.path() << QStringLiteral("app:app");
    return startProcess(QStringLiteral("/usr/bin/python3"), args);
}

LabStatus LabAppServer::startUwsgi()
{
    if (LabStatus s = m_dir.writeFile(QStringLiteral("app.py"), kWsgiApp); !s)
        return s;
    // --die-on-term: uwsgi 2.0 reloads on SIGTERM, which is how the lab stops things.
    QStringList args{QStringLiteral("--plugin"),
                     QStringLiteral("python3"),
                     QStringLiteral("--master"),
                     QStringLiteral("--processes"),
                     QString::number(m_options.workers),
                     QStringLiteral("--die-on-term"),
                     QStringLiteral("--need-app"),
                     m_options.uwsgiProtocol ? QStringLiteral("--socket") : QStringLiteral("--http-socket"),
                     listenAddress()};
    if (!m_socketPath.isEmpty())
        args << QStringLiteral("--chmod-socket=666");
    if (m_options.appTimeoutSec > 0)
        args << QStringLiteral("--harakiri") << QString::number(m_options.appTimeoutSec);
    m_logPath.clear();
    if (m_options.log == Log::OwnFile) {
        m_logPath = m_dir.filePath(QStringLiteral("uwsgi.log"));
        args << QStringLiteral("--logto") << m_logPath;
    }
    args << QStringLiteral("--chdir") << m_dir.path() << QStringLiteral("--wsgi-file")
         << m_dir.filePath(QStringLiteral("app.py")) << QStringLiteral("--callable") << QStringLiteral("app");
    return startProcess(uwsgiBinary(), args);
}

LabStatus LabAppServer::startNode()
{
    if (LabStatus s = m_dir.writeFile(QStringLiteral("server.js"), kNodeApp); !s)
        return s;
    m_logPath.clear();
    const int keepAliveMs = m_options.keepAliveSec >= 0 ? m_options.keepAliveSec * 1000 : -1;
    return startProcess(nodeBinary(), {m_dir.filePath(QStringLiteral("server.js")),
                                       m_socketPath.isEmpty() ? QString::number(m_port) : m_socketPath,
                                       QString::number(keepAliveMs)});
}

LabStatus LabAppServer::startPhpFpm()
{
    m_fpm = std::make_unique<LabPhpFpm>();
    if (m_options.log == Log::Stdio)
        m_fpm->setErrorLog(QStringLiteral("/proc/self/fd/2"));
    // The pool runs as www-data when we are root, as on a real server; the script and every
    // directory above it must then be readable for it.
    if (LabStatus s = m_fpm->dir().writeFile(QStringLiteral("app.php"), kPhpApp); !s)
        return s;
    for (QString dir = m_fpm->dir().path(); dir.size() > 4; dir = QFileInfo(dir).path())
        QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther);
    QString pool = QStringLiteral("[www]\n");
    if (::geteuid() == 0)
        pool += QStringLiteral("user = www-data\ngroup = www-data\n");
    pool += m_options.unixSocket ? QStringLiteral("listen = @SOCKET@\nlisten.mode = 0666\n")
                                 : QStringLiteral("listen = 127.0.0.1:@PORT@\n");
    pool += QStringLiteral("pm = static\npm.max_children = %1\ncatch_workers_output = yes\n")
                .arg(m_options.workers);
    if (m_options.appTimeoutSec > 0)
        pool += QStringLiteral("request_terminate_timeout = %1\n").arg(m_options.appTimeoutSec);
    if (LabStatus s = m_fpm->start(pool, m_options.workers); !s)
        return s;
    m_port = m_options.unixSocket ? 0 : m_fpm->port();
    m_socketPath = m_options.unixSocket ? m_fpm->socketPath() : QString();
    m_logPath = m_fpm->errorLogPath();
    m_command = m_fpm->commandLine();
    return LabStatus::success();
}

LabStatus LabAppServer::waitUntilAnswering()
{
    // gunicorn and uwsgi import for seconds on a busy machine.
    const int timeoutMs = 60000;
    if (m_socketPath.isEmpty()) {
        if (LabStatus s = m_process.waitForTcpPort(QStringLiteral("127.0.0.1"), m_port, timeoutMs); !s)
            return s;
    } else {
        if (LabStatus s = m_process.waitUntil([this] { return acceptsUnixConnections(m_socketPath); },
                                              QStringLiteral("listener on %1").arg(m_socketPath), timeoutMs);
            !s)
            return s;
    }
    if (m_options.uwsgiProtocol)
        // No HTTP to ask: ready when its master has forked the workers (after loading the
        // app, which --need-app demands).
        return m_process.waitUntil(
            [this] { return LabProcTree::childrenOf(pid()).size() >= m_options.workers; },
            QStringLiteral("%1 uwsgi workers").arg(m_options.workers), timeoutMs);
    // Listening is not answering: gunicorn's arbiter binds before its worker imports the app.
    LabHttp::Request request;
    request.url = m_socketPath.isEmpty() ? QStringLiteral("http://127.0.0.1:%1/ok").arg(m_port)
                                         : QStringLiteral("http://gd-lab/ok");
    request.unixSocket = m_socketPath;
    request.maxTimeSec = timeoutMs / 1000;
    const LabHttp::Response response = LabHttp::send(request);
    if (response.status != 200)
        return LabStatus::failure(QStringLiteral("%1 answered %2 to GET /ok: %3. %4")
                                      .arg(kindName(m_options.kind))
                                      .arg(response.status)
                                      .arg(QString::fromUtf8(response.body), m_process.describeExit()));
    return LabStatus::success();
}

LabStatus LabAppServer::stop()
{
    // php-fpm's object stays: its directory holds the logs a test reads afterwards.
    return m_fpm ? m_fpm->process().stop() : m_process.stop();
}

bool LabAppServer::isRunning()
{
    return m_fpm ? m_fpm->process().isRunning() : m_process.isRunning();
}

qint64 LabAppServer::pid() const
{
    return m_fpm ? m_fpm->pid() : m_process.pid();
}

QList<qint64> LabAppServer::workerPids() const
{
    if (m_options.kind == Kind::Node)
        return {pid()};
    return LabProcTree::childrenOf(pid());
}

QString LabAppServer::logText() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

LabStatus LabAppServer::waitForLog(const QString &needle, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (!logText().contains(needle)) {
        if (timer.hasExpired(timeoutMs))
            return LabStatus::failure(QStringLiteral("%1: no \"%2\" in %3 within %4 ms; it has:\n%5")
                                          .arg(kindName(m_options.kind), needle, m_logPath)
                                          .arg(timeoutMs)
                                          .arg(logText().right(4000)));
        QThread::msleep(10);
    }
    return LabStatus::success();
}

LabStatus LabAppServer::waitForExit(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isRunning()) {
        if (timer.hasExpired(timeoutMs))
            return LabStatus::failure(
                QStringLiteral("%1 still runs after %2 ms").arg(kindName(m_options.kind)).arg(timeoutMs));
        QThread::msleep(10);
    }
    return LabStatus::success();
}

QString LabAppServer::upstreamServer() const
{
    return m_socketPath.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(m_port)
                                  : QStringLiteral("unix:") + m_socketPath;
}

QString LabAppServer::nginxLocation(const QString &upstreamName) const
{
    const QString target = upstreamName.isEmpty() ? upstreamServer() : upstreamName;
    if (m_options.kind == Kind::PhpFpm)
        return QStringLiteral("fastcgi_pass %1;\n").arg(target) + cgiParams(QStringLiteral("fastcgi_param")) +
               QStringLiteral("fastcgi_param SCRIPT_FILENAME %1;\n")
                   .arg(m_fpm->dir().filePath(QStringLiteral("app.php")));
    if (m_options.uwsgiProtocol)
        return QStringLiteral("uwsgi_pass %1;\n").arg(target) + cgiParams(QStringLiteral("uwsgi_param"));
    if (!upstreamName.isEmpty())
        return QStringLiteral("proxy_pass http://%1;\n").arg(upstreamName);
    return m_socketPath.isEmpty() ? QStringLiteral("proxy_pass http://127.0.0.1:%1;\n").arg(m_port)
                                  : QStringLiteral("proxy_pass http://unix:%1:;\n").arg(m_socketPath);
}

QString LabAppServer::directory() const
{
    return m_fpm ? m_fpm->dir().path() : m_dir.path();
}

} // namespace gd::lab
