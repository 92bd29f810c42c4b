#pragma once

#include "app/config/LocationSpec.h"

#include <QString>
#include <QStringList>

namespace gd {

// One place where nginx hands a request to an upstream: a proxy_pass, fastcgi_pass,
// uwsgi_pass, scgi_pass or grpc_pass directive, what it points at and where it sits.
struct UpstreamTarget
{
    enum class Kind
    {
        HostPort,      // a host (name or IP) and port
        UnixSocket,    // unix:/path
        UpstreamBlock, // the name of an upstream {} block
        Variable,      // the address is only known per request ($backend)
    };

    QString directive; // "proxy_pass", "fastcgi_pass", ...
    QString value;     // the argument as written (unescaped)
    QString file;
    int line = 0;
    int directiveIndex = -1; // in NginxConfig

    QString scheme; // http https grpc grpcs fastcgi uwsgi suwsgi scgi; empty when it is a variable
    Kind kind = Kind::HostPort;
    QString host;     // "127.0.0.1", "::1", "localhost", "app.internal"; empty for sockets/variables
    quint16 port = 0; // 0: none given and no default (nginx wants one: "no port in upstream")
    bool portDefaulted = false; // 80/443 filled in for http/https
    QString unixPath;
    QString uri;          // the URI part of proxy_pass ("/api/"), may contain variables
    QString upstreamName; // Kind::UpstreamBlock

    bool hasVariables = false;   // any $ in the value: nginx evaluates it per request
    bool hostIsVariable = false; // the scheme, host or port part itself is a variable
    // nginx resolves the name at request time (variables in the value and the host is
    // not an IP nor a known upstream): that needs a `resolver`.
    bool needsResolver = false;
    bool resolverInScope = false;
    QString resolverFile; // where the resolver in scope is defined
    int resolverLine = 0;

    QString phpVersion; // "8.1" from /run/php/php8.1-fpm.sock

    // Where it sits.
    int serverIndex = -1;
    QStringList serverNames;
    QStringList listens; // each listen directive's arguments joined
    QString serverFile;
    int serverLine = 0;
    int locationIndex = -1; // innermost enclosing location
    LocationSpec location;
    bool insideIf = false;

    // localhost: nginx resolves it at start-up to every address (::1 and 127.0.0.1),
    // and tries them in turn: an app on 127.0.0.1 only makes the ::1 peer refuse.
    bool isLocalhost() const { return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0; }
    bool hostIsIpLiteral() const;
    // Addresses nginx will connect to for a host known without DNS (IP, localhost).
    QStringList knownAddresses() const;
    // "127.0.0.1:8080", "[::1]:8080", "unix:/run/php/php8.2-fpm.sock", "backend" (block), or the value
    QString endpoint() const;
    QString where() const { return QStringLiteral("%1:%2").arg(file).arg(line); }
};

} // namespace gd
