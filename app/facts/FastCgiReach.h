#pragma once

#include "app/config/PhpFpmPoolConfig.h"
#include "app/facts/Facts.h"

namespace gd {

// Whether the diagnosed nginx sends FastCGI requests to a PHP-FPM pool: a fastcgi_pass,
// or a server of the upstream block it names, that connects where the pool listens. A
// pool it does not reach cannot be why this nginx answers 502: on a shared server it is
// another site's, another nginx's or a spare, and its saturation or crashes are not
// findings here, nor is its status page asked.
class FastCgiReach
{
public:
    // True as well when it cannot be told: no config was read, or a fastcgi_pass takes
    // its address from a variable.
    static bool reaches(const Facts &facts, const PhpFpmPool &pool);
    // The config sends FastCGI anywhere (or no config was read): PHP-FPM's log can be
    // about this nginx's requests at all.
    static bool sendsFastCgi(const Facts &facts);
    // `listen` (as a pool writes it: "9000", "127.0.0.1:9000", "[::]:9000", "/run/x.sock")
    // takes connections to host:port / the socket path.
    static bool listenTakes(const QString &listen, const QString &host, quint16 port);
    static bool listenTakesSocket(const QString &listen, const QString &path);
};

} // namespace gd
