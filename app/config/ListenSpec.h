#pragma once

#include "app/config/NginxDirective.h"

#include <QString>

namespace gd {

// One `listen` directive of a server block, as ngx_http_core_listen() reads it.
struct ListenSpec
{
    QString address; // "" = any address (*), "127.0.0.1", "::1" (no brackets), a host name
    quint16 port = 80;
    bool ipv6 = false;    // written as [...]
    bool wildcard = true; // no address, "*" or "[::]"
    bool unixSocket = false;
    QString unixPath;
    bool defaultServer = false; // default_server (or the old "default")
    bool ssl = false;
    bool http2 = false;
    QString file;
    int line = 0;

    // From the directive's arguments; nginx's default for a server without
    // listen is *:80 (when started as root).
    static ListenSpec fromDirective(const NginxDirective &listen);
    static ListenSpec implicitDefault();
    // "127.0.0.1:8080", "[::]:80", "*:80", "unix:/run/x.sock"
    QString toString() const;
};

} // namespace gd
