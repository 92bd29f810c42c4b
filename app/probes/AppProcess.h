#pragma once

#include "app/probes/ListeningSockets.h"
#include "app/probes/ProcessTable.h"

#include <QString>

namespace gd {

// Who owns a listening socket, told from ss's process name and ps's command line
// together: ss names `/usr/bin/python3 /usr/bin/gunicorn3 app:app` "python3", ps shows
// it is gunicorn. Used to find where an application really listens when nginx points
// somewhere else.
struct AppProcess
{
    enum class Role
    {
        Other,     // nginx, sshd, an unknown program: never "the app"
        Database,  // mysqld, postgres, redis-server, memcached: never behind a pass directive
        AppServer, // gunicorn, uvicorn, uwsgi, node, php-fpm, puma, unicorn, ruby, java, python
    };
    // What it speaks on its sockets, as nginx's pass directives need it.
    enum class Protocol
    {
        Unknown,
        Http,    // proxy_pass http://
        FastCgi, // fastcgi_pass
        Uwsgi,   // uwsgi_pass
    };

    Role role = Role::Other;
    QString name;        // "gunicorn", "node", "php-fpm", "redis-server"; ss's name otherwise
    qint64 pid = 0;      // the process whose command line is shown (the master when known)
    QString commandLine; // its ps args; empty when ps did not list it
    Protocol protocol = Protocol::Unknown;

    bool isAppServer() const { return role == Role::AppServer; }

    // The owner of `listener` (the master among its processes, when ps tells), with the
    // protocol it speaks on that very listener (uwsgi: --http-socket or --socket).
    static AppProcess ofListener(const Listener &listener, const ProcessTable *processes);
    // One process by ss's name and, when known, its ps line.
    static AppProcess classify(const QString &ssName, const ProcessInfo *process);
    static QString protocolName(Protocol protocol); // "HTTP", "FastCGI", "uwsgi"
};

} // namespace gd
