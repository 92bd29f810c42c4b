#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gd {

// One thing an app server's own log says, as the checks need it: what happened, when
// (when the log or its journal says), to which worker, and the line(s) to cite.
struct AppEvent
{
    enum class Kind
    {
        WorkerTimeout,       // gunicorn WORKER TIMEOUT, uwsgi HARAKIRI, php-fpm "execution timed out"
        WorkerKilled,        // a worker died by a signal (SIGKILL, SIGSEGV, ...)
        WorkerExited,        // a worker exited (after an error, or restarted)
        Exception,           // an uncaught exception (traceback / stack): `detail` is its last line
        ProcessExit,         // the server itself ended (node after an uncaught exception)
        InvalidRequestBlock, // uwsgi got something that is not its protocol (HTTP on --socket)
        ListenQueueFull,     // the listen backlog overflowed
        Boot,                // a worker or the server started
    };
    Kind kind = Kind::Boot;
    QDateTime time;       // invalid when the line has none (node's stderr)
    qint64 workerPid = 0; // the worker concerned, when named
    int signal = 0;       // WorkerKilled
    QString detail;       // "ZeroDivisionError: division by zero", the request, ...
    QByteArray line;      // the line to cite (the exception's last line for a traceback)
    int span = 0;         // where in `line` the message starts (after time and pid)
    bool fromJournal = false;
};

} // namespace gd
