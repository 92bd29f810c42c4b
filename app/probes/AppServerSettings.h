#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// What an application server behind nginx was told to do, read where each server
// keeps it: its real argv (/proc/PID/cmdline, NUL-separated: ps loses quoting), the
// variables of its own in its environment (GUNICORN_CMD_ARGS), and its config file
// (a uwsgi ini, a gunicorn -c python file, as far as plain `name = value` lines go).
// The limits nginx's timeouts must be aligned with, and where its log goes.
struct AppServerSettings
{
    enum class Kind
    {
        Gunicorn,
        Uvicorn,
        Uwsgi,
        PhpFpm,
        Node,
        Puma,
        Unicorn,
        Other, // named honestly by `name`
    };

    // A value with where it was set: "command line", "GUNICORN_CMD_ARGS",
    // "/etc/uwsgi/app.ini:7", or "built-in default".
    struct Value
    {
        QString text;
        QString source;
        bool isDefault = false;
        std::optional<double> seconds() const;
    };

    Kind kind = Kind::Other;
    QString name;       // "gunicorn", "uwsgi", "node", ... else the program's base name
    QStringList argv;   // from /proc/PID/cmdline
    QString configFile; // uwsgi --ini (or a lone *.ini argument), gunicorn -c / --config
    QString script;     // node: the script it runs

    // The app server's own request limit: gunicorn --timeout (default 30 s, kills the
    // worker), uwsgi --harakiri (off unless set), uvicorn has none.
    std::optional<Value> requestTimeout;
    // How long it keeps an idle keep-alive connection open: gunicorn --keep-alive (2 s,
    // async and gthread workers only: sync workers close after each answer), uvicorn
    // --timeout-keep-alive (5 s), node's server.keepAliveTimeout (5 s unless the code
    // sets it), uwsgi --http-keepalive (off: closes after each answer).
    std::optional<Value> keepAlive;
    QString workerClass; // gunicorn -k / --worker-class ("sync" when not given)
    // The log file its own flag or config names (gunicorn --error-logfile/--log-file,
    // uwsgi --logto/--logto2/--daemonize); "-" and empty mean stderr.
    std::optional<Value> logFile;

    // cat /proc/PID/cmdline; and only the variables these servers read from
    // /proc/PID/environ (never the rest: it may hold secrets).
    static QStringList cmdlineCommand(qint64 pid);
    static QStringList environCommand(qint64 pid);

    static Kind kindOf(const QStringList &argv);
    static QString kindName(Kind kind);
    // argv from /proc/PID/cmdline's bytes (NUL-separated, NUL-terminated).
    static QStringList argvFromCmdline(const QByteArray &cmdline);
    // `environ`: NUL-separated NAME=value records (grep -z of /proc/PID/environ);
    // `configs`: config file path -> its text.
    static AppServerSettings read(const QStringList &argv, const QByteArray &environ = QByteArray(),
                                  const QMap<QString, QByteArray> &configs = {});

    // The option that sets each limit, as its own docs spell it, for remedies.
    QString timeoutOption() const;   // "--timeout", "harakiri", "request_terminate_timeout"
    QString keepAliveOption() const; // "--keep-alive", "server.keepAliveTimeout"
    QString logOption() const;       // "--error-logfile /var/log/gunicorn/error.log"
    // Whether idle keep-alive connections are kept at all (a sync gunicorn worker does not).
    bool keepsIdleConnections() const;
};

} // namespace gd
