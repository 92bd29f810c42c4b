#include "app/probes/AppProcess.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace gd {

namespace {

// "/usr/bin/gunicorn3" -> "gunicorn3"; "postgres:" (a postgres child's title) -> "postgres".
QString baseName(const QString &word)
{
    QString base = QFileInfo(word).fileName();
    if (base.endsWith(QLatin1Char(':')))
        base.chop(1);
    return base;
}

// The module of `python3 -m NAME`.
QString pythonModule(const QStringList &argv)
{
    const qsizetype m = argv.indexOf(QStringLiteral("-m"));
    return m >= 0 && m + 1 < argv.size() ? argv.at(m + 1) : QString();
}

// Values of "--name VALUE" and "--name=VALUE".
QStringList optionValues(const QStringList &argv, const QStringList &names)
{
    QStringList out;
    for (int i = 0; i < argv.size(); ++i) {
        for (const QString &n : names) {
            if (argv.at(i) == n && i + 1 < argv.size())
                out << argv.at(i + 1);
            else if (argv.at(i).startsWith(n + QLatin1Char('=')))
                out << argv.at(i).mid(n.size() + 1);
        }
    }
    return out;
}

// Does a bind option's value ("127.0.0.1:8002", ":8002", "/run/app.sock") name this listener?
bool bindNames(const QString &value, const Listener &l)
{
    if (l.kind == Listener::Kind::Unix)
        return value == l.path || value == QStringLiteral("unix:") + l.path;
    const int colon = int(value.lastIndexOf(QLatin1Char(':')));
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    return ok && port == l.port;
}

// uwsgi speaks HTTP on --http-socket / --http and its own protocol on --socket.
AppProcess::Protocol uwsgiProtocol(const QStringList &argv, const Listener &l)
{
    const QStringList http = optionValues(
        argv, {QStringLiteral("--http-socket"), QStringLiteral("--http"), QStringLiteral("--https")});
    const QStringList native = optionValues(
        argv, {QStringLiteral("--socket"), QStringLiteral("-s"), QStringLiteral("--uwsgi-socket")});
    for (const QString &v : http) {
        if (bindNames(v, l))
            return AppProcess::Protocol::Http;
    }
    for (const QString &v : native) {
        if (bindNames(v, l))
            return AppProcess::Protocol::Uwsgi;
    }
    // An --ini file says nothing here: unknown, so it never counts as a clear match.
    return AppProcess::Protocol::Unknown;
}

} // namespace

AppProcess AppProcess::classify(const QString &ssName, const ProcessInfo *process)
{
    AppProcess a;
    a.name = ssName;
    if (process) {
        a.pid = process->pid;
        a.commandLine = process->args;
    }
    const QStringList argv = process && !process->argv.isEmpty() ? process->argv : QStringList{ssName};
    const QString args = process ? process->args : ssName;
    const QString first = baseName(argv.value(0));
    const QString second = baseName(argv.value(1));
    const QString module = pythonModule(argv);
    // The program itself, its script (python3 /usr/bin/gunicorn3), its module (-m),
    // or the name ss gave it.
    auto runs = [&](const QStringList &names) {
        return names.contains(first) || names.contains(second) || names.contains(module) ||
               names.contains(ssName);
    };
    auto server = [&a](const QString &name, Protocol protocol) {
        a.role = Role::AppServer;
        a.name = name;
        a.protocol = protocol;
        return a;
    };

    static const QStringList databases{
        QStringLiteral("mysqld"),        QStringLiteral("mariadbd"),     QStringLiteral("postgres"),
        QStringLiteral("postmaster"),    QStringLiteral("redis-server"), QStringLiteral("redis-sentinel"),
        QStringLiteral("valkey-server"), QStringLiteral("keydb-server"), QStringLiteral("memcached"),
        QStringLiteral("mongod"),        QStringLiteral("mongos"),       QStringLiteral("clickhouse-server"),
        QStringLiteral("influxd"),       QStringLiteral("etcd"),         QStringLiteral("rabbitmq-server"),
        QStringLiteral("beam.smp")};
    for (const QString &db : databases) {
        if (first == db || ssName == db) {
            a.role = Role::Database;
            a.name = db;
            return a;
        }
    }
    if (ssName.startsWith(QLatin1String("php-fpm")) || args.startsWith(QLatin1String("php-fpm")))
        return server(QStringLiteral("php-fpm"), Protocol::FastCgi);
    // gunicorn's own process title ("gunicorn: master [app]") when setproctitle is there.
    if (args.startsWith(QLatin1String("gunicorn")) ||
        runs({QStringLiteral("gunicorn"), QStringLiteral("gunicorn3")}))
        return server(QStringLiteral("gunicorn"), Protocol::Http);
    for (const QString &asgi : {QStringLiteral("uvicorn"), QStringLiteral("hypercorn"),
                                QStringLiteral("daphne"), QStringLiteral("waitress-serve")}) {
        if (runs({asgi}))
            return server(asgi, Protocol::Http);
    }
    if (first.startsWith(QLatin1String("uwsgi")) || ssName.startsWith(QLatin1String("uwsgi")) ||
        module == QLatin1String("uwsgi"))
        return server(QStringLiteral("uwsgi"), Protocol::Unknown); // per socket: ofListener
    for (const QString &js :
         {QStringLiteral("node"), QStringLiteral("nodejs"), QStringLiteral("bun"), QStringLiteral("deno")}) {
        if (first == js || ssName == js)
            return server(js == QLatin1String("nodejs") ? QStringLiteral("node") : js, Protocol::Http);
    }
    // puma's title: "puma 6.4.0 (tcp://0.0.0.0:3000) [app]"; unicorn's: "unicorn master -c ...".
    if (args.startsWith(QLatin1String("puma ")) || runs({QStringLiteral("puma")}))
        return server(QStringLiteral("puma"), Protocol::Http);
    if (first.startsWith(QLatin1String("unicorn")) || runs({QStringLiteral("unicorn")}))
        return server(QStringLiteral("unicorn"), Protocol::Http);
    if (first.startsWith(QLatin1String("ruby")) || ssName.startsWith(QLatin1String("ruby")))
        return server(QStringLiteral("ruby"), Protocol::Http);
    if (first == QLatin1String("java") || ssName == QLatin1String("java"))
        return server(QStringLiteral("java"), Protocol::Http);
    if (first.startsWith(QLatin1String("python")) || ssName.startsWith(QLatin1String("python")))
        return server(QStringLiteral("python"), Protocol::Http);
    // PHP's built-in web server: php -S 127.0.0.1:8000.
    if (first.startsWith(QLatin1String("php")) && argv.contains(QStringLiteral("-S")))
        return server(QStringLiteral("php"), Protocol::Http);
    return a;
}

AppProcess AppProcess::ofListener(const Listener &listener, const ProcessTable *processes)
{
    if (listener.processes.isEmpty())
        return {}; // ss could not see the owner (not root): nothing to tell
    // The master: the one whose parent does not hold the same socket (workers inherit it).
    QSet<qint64> pids;
    for (const SocketProcess &p : listener.processes)
        pids.insert(p.pid);
    const SocketProcess *owner = &listener.processes.first();
    const ProcessInfo *info = processes ? processes->byPid(owner->pid) : nullptr;
    for (const SocketProcess &p : listener.processes) {
        const ProcessInfo *candidate = processes ? processes->byPid(p.pid) : nullptr;
        if (candidate && !pids.contains(candidate->ppid)) {
            owner = &p;
            info = candidate;
            break;
        }
    }
    AppProcess a = classify(owner->name, info);
    if (a.pid == 0)
        a.pid = owner->pid;
    if (a.isAppServer() && a.name == QLatin1String("uwsgi"))
        a.protocol = uwsgiProtocol(info ? info->argv : QStringList(), listener);
    return a;
}

QString AppProcess::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Http:
        return QStringLiteral("HTTP");
    case Protocol::FastCgi:
        return QStringLiteral("FastCGI");
    case Protocol::Uwsgi:
        return QStringLiteral("uwsgi");
    case Protocol::Unknown:
        break;
    }
    return QString();
}

} // namespace gd
