#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// One `server` line of an upstream {} block, with nginx's defaults.
struct UpstreamServer
{
    QString address;   // as written: "10.0.0.5:8080", "app.internal", "unix:/run/app.sock"
    QString host;      // "10.0.0.5", "::1" (no brackets), "app.internal"; empty for unix sockets
    quint16 port = 80; // nginx's default for upstream servers
    QString unixPath;
    int weight = 1;
    int maxFails = 1;
    QString failTimeout = QStringLiteral("10s");
    int maxConns = 0; // 0 = no limit
    bool backup = false;
    bool down = false;
    bool resolve = false;
    QStringList parameters; // all parameters as written
    QString file;
    int line = 0;

    bool isUnixSocket() const { return !unixPath.isEmpty(); }
    // "10.0.0.5:8080", "[::1]:8080", "unix:/run/app.sock": the way nginx's log names peers.
    QString endpoint() const;
};

// An upstream {} block of http {}.
struct UpstreamBlock
{
    QString name;
    QString file;
    int line = 0;
    int directiveIndex = -1;
    QList<UpstreamServer> servers;
    int keepalive = 0; // idle keepalive connections per worker; 0 = none
    QString keepaliveFile;
    int keepaliveLine = 0;
    QString zoneName;
    QString zoneSize;
    QString balancing = QStringLiteral("round_robin"); // least_conn, ip_hash, hash, random
};

} // namespace gd
