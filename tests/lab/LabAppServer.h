#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gd::lab {

class LabPhpFpm;

// One real app server from the distribution's packages (gunicorn, uwsgi with its python3
// plugin, node, php-fpm) running a tiny app of the lab's own, to produce the faults the
// diagnosis must recognise with the servers' own log lines. Every app answers:
//   /ok        200
//   /slow?s=N  200 after N seconds
//   /raise     the app raises: a Python exception (gunicorn, uwsgi: the server answers
//              500 or drops the connection), an uncaught exception in node's handler (node
//              dies and nothing restarts it), an uncaught PHP exception (500)
//   /segv      the worker kills itself with SIGSEGV (php needs the posix extension)
//   /post      200 to a POST, with the body's size
// The body of a 200 is "gd-lab <server> ok METHOD PATH BODYSIZE".
//
// start() returns when the server answers: an HTTP server answers GET /ok with 200, a
// uwsgi socket accepts connections, php-fpm runs its children. Everything it started ends
// with the object (LabProcess's supervisor).
class LabAppServer
{
public:
    enum class Kind
    {
        Gunicorn, // /usr/bin/python3 /usr/bin/gunicorn, HTTP
        Uwsgi,    // /usr/bin/uwsgi --plugin python3, HTTP (--http-socket) or uwsgi (--socket)
        Node,     // node server.js, HTTP
        PhpFpm,   // php-fpm (LabPhpFpm), FastCGI
    };
    enum class Log
    {
        OwnFile, // the server's own flag: gunicorn --error-logfile, uwsgi --logto, php-fpm error_log
        Stdio,   // only stdout/stderr, which the lab sends to files (/proc/PID/fd/2 is a file)
    };

    struct Options
    {
        Kind kind = Kind::Gunicorn;
        bool unixSocket = false;    // a socket in the lab directory instead of a loopback port
        quint16 port = 0;           // the loopback port to listen on; 0 (and php-fpm): a free one
        bool uwsgiProtocol = false; // uwsgi only: --socket (for uwsgi_pass) instead of --http-socket
        // The app server's own limit on one request, in seconds; 0 leaves its default:
        // gunicorn --timeout, uwsgi --harakiri, php-fpm request_terminate_timeout.
        int appTimeoutSec = 0;
        Log log = Log::OwnFile; // node has no log flag: always stderr
        int workers = 1;        // gunicorn --workers, uwsgi --processes, php pm.max_children
        // gunicorn --worker-class: "sync" (its default) or "gthread" (keeps connections alive).
        QString workerClass;
        // Idle kept-alive connections: gunicorn --keep-alive (seconds, gthread only), node
        // server.keepAliveTimeout (ms = value * 1000); -1 leaves the default.
        int keepAliveSec = -1;
    };

    LabAppServer();
    ~LabAppServer();
    LabAppServer(const LabAppServer &) = delete;
    LabAppServer &operator=(const LabAppServer &) = delete;

    // Empty when kind's program is installed here; otherwise why not (for QSKIP).
    static QString unavailableReason(Kind kind);
    static QString kindName(Kind kind);

    LabStatus start(const Options &options);
    LabStatus stop();
    bool isRunning();

    // The master's pid: gunicorn's arbiter, uwsgi's master, node, php-fpm's master.
    qint64 pid() const;
    // The processes that run requests: the master's children; node itself.
    QList<qint64> workerPids() const;
    // Where the server's messages go: its own log file, or the file its stderr goes to.
    QString logPath() const { return m_logPath; }
    QString logText() const;
    // Polls logPath() until needle shows up (the server may have ended meanwhile).
    LabStatus waitForLog(const QString &needle, int timeoutMs = 10000) const;
    // Polls until the master has ended (node after /raise).
    LabStatus waitForExit(int timeoutMs = 10000);
    // The exact argv it was started with (program first).
    QStringList commandLine() const { return m_command; }
    Options options() const { return m_options; }

    quint16 port() const { return m_port; } // 0 with a unix socket
    QString socketPath() const { return m_socketPath; }
    // For an `upstream {}` block's `server` line: "127.0.0.1:PORT" or "unix:/path".
    QString upstreamServer() const;
    // The lines of a location that pass requests to the app in its protocol
    // (proxy_pass, uwsgi_pass or fastcgi_pass with the parameters the app needs); to an
    // upstream block of that name when given, else to the address itself.
    QString nginxLocation(const QString &upstreamName = QString()) const;
    // The app's directory (app.py, server.js, app.php and the log files).
    QString directory() const;

private:
    LabStatus startProcess(const QString &program, const QStringList &arguments);
    LabStatus startGunicorn();
    LabStatus startUwsgi();
    LabStatus startNode();
    LabStatus startPhpFpm();
    LabStatus waitUntilAnswering();
    QString listenAddress() const;

    Options m_options;
    LabDir m_dir;
    LabProcess m_process;
    std::unique_ptr<LabPhpFpm> m_fpm;
    quint16 m_port = 0;
    QString m_socketPath;
    QString m_logPath;
    QStringList m_command;
};

} // namespace gd::lab
