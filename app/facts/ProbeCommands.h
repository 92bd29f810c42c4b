#pragma once

#include "app/probes/HttpProbe.h"
#include "remote/CommandSpec.h"

#include <QStringList>

namespace gd {

// The argv of every read-only command the engine runs to gather facts. Values from
// the config or the user (paths, hosts, URLs) only ever travel as arguments of
// constant scripts, never as shell text.
namespace ProbeCommands {

CommandSpec of(const QStringList &argv, int timeoutMs = 10000);
CommandSpec journal(const QString &unit, qint64 sinceSeconds);
CommandSpec kernelOom(qint64 sinceSeconds); // OOM kills from journalctl -k, else dmesg
// HttpProbe's curl; an invalid URL gives an argv that fails with a clear message.
CommandSpec httpProbe(const QString &url, int timeoutSec, const QString &unixSocket = QString());
CommandSpec httpRequest(const HttpProbeRequest &request);
// A TCP connect (bash /dev/tcp under timeout, else curl) for non-HTTP upstreams.
CommandSpec tcpConnect(const QString &host, quint16 port, int timeoutSec);
// HTTP for http(s) upstreams, a FastCGI request for FastCGI ones, a plain connect
// for uwsgi/scgi/grpc ones.
CommandSpec directProbe(const QString &scheme, const QString &host, quint16 port, const QString &unixPath,
                        int timeoutSec);
// `probe` run as nginx's worker user when the session is root (setpriv), so that a
// socket the workers may not open is refused here too; as the session's own user
// otherwise. Either way stderr's first line says who: "gd-as=www-data".
CommandSpec asUser(const CommandSpec &probe, const QString &user);
CommandSpec pathPermissions(const QString &path);
// "path<TAB>real path" for each file, symlinks resolved (readlink -e).
CommandSpec realPaths(const QStringList &files);
// "systemd" or "none": whether systemd manages services here (sd_booted's test).
CommandSpec serviceManager();                              // stat of the path and each directory above it
CommandSpec phpFpmPools(const QStringList &masterConfigs); // every pool file, "==> path <==" headed
QStringList phpFpmLogCandidates();
QString endpoint(const QString &host, quint16 port); // "127.0.0.1:80", "[::1]:80"

} // namespace ProbeCommands

} // namespace gd
