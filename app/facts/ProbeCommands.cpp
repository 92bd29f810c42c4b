#include "app/facts/ProbeCommands.h"

#include "app/probes/FastCgiProbe.h"
#include "app/probes/HttpProbe.h"

namespace gd::ProbeCommands {

namespace {
CommandSpec sh(const QString &script, const QStringList &arguments = {}, int timeoutMs = 15000)
{
    QStringList argv{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, QStringLiteral("gd")};
    argv += arguments;
    return CommandSpec::of(argv, timeoutMs);
}
} // namespace

CommandSpec of(const QStringList &argv, int timeoutMs)
{
    return CommandSpec::of(argv, timeoutMs);
}

CommandSpec journal(const QString &unit, qint64 sinceSeconds)
{
    return CommandSpec::of({QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("-o"),
                            QStringLiteral("short-iso"), QStringLiteral("-n"), QStringLiteral("300"),
                            QStringLiteral("--since"), QStringLiteral("-%1s").arg(sinceSeconds),
                            QStringLiteral("-u"), unit},
                           15000);
}

CommandSpec kernelOom(qint64 sinceSeconds)
{
    return sh(QStringLiteral(
                  "{ journalctl -k --no-pager -o short-iso --since \"-$1s\" 2>/dev/null || dmesg 2>&1; } "
                  "| grep -i -E 'out of memory|oom-kill|oom_reaper|killed process' | tail -n 200; exit 0"),
              {QString::number(sinceSeconds)});
}

CommandSpec httpProbe(const QString &url, int timeoutSec, const QString &unixSocket)
{
    HttpProbeRequest request;
    request.url = url;
    request.unixSocket = unixSocket;
    request.connectTimeoutSec = qMin(timeoutSec, 3);
    request.maxTimeSec = timeoutSec;
    return httpRequest(request);
}

CommandSpec httpRequest(const HttpProbeRequest &request)
{
    const ProbeResult<QStringList> argv = HttpProbe::command(request);
    if (!argv) // refused input: let the shell say so, plainly, in the report
        return sh(QStringLiteral("printf '%s\n' \"$1\" >&2; exit 2"), {argv.error().message()});
    return CommandSpec::of(*argv, int(request.maxTimeSec + 5) * 1000);
}

CommandSpec tcpConnect(const QString &host, quint16 port, int timeoutSec)
{
    // bash's /dev/tcp tells "refused", "no route" and a timeout apart in one round trip.
    return sh(QStringLiteral("if command -v bash >/dev/null 2>&1; then "
                             "exec timeout \"$3\" bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' gd \"$1\" \"$2\"; "
                             "else exec curl -sS -o /dev/null -m \"$3\" \"telnet://$1:$2\" </dev/null; fi"),
              {host, QString::number(port), QString::number(timeoutSec)}, (timeoutSec + 5) * 1000);
}

CommandSpec directProbe(const QString &scheme, const QString &host, quint16 port, const QString &unixPath,
                        int timeoutSec)
{
    const bool http = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (scheme == QLatin1String("fastcgi")) // nginx's own protocol towards it, not HTTP
        return CommandSpec::of(FastCgiProbe::command(host, port, unixPath, timeoutSec),
                               (timeoutSec + 5) * 1000);
    if (!unixPath.isEmpty()) {
        // curl opens the socket like nginx would; for uwsgi/scgi the HTTP it then
        // speaks is wrong, but connect success or failure is what counts.
        return httpProbe(QStringLiteral("http://localhost/"), timeoutSec, unixPath);
    }
    if (http) {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return httpProbe(QStringLiteral("%1://%2:%3/").arg(scheme, h).arg(port), timeoutSec);
    }
    return tcpConnect(host, port, timeoutSec);
}

CommandSpec asUser(const CommandSpec &probe, const QString &user)
{
    CommandSpec spec = probe;
    spec.argv =
        QStringList{
            QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("u=$1; shift; "
                           "if [ -n \"$u\" ] && [ \"$(id -u)\" = 0 ] && g=$(id -g -- \"$u\" 2>/dev/null) "
                           "&& command -v setpriv >/dev/null 2>&1; then echo \"gd-as=$u\" >&2; "
                           "exec setpriv --reuid=\"$u\" --regid=\"$g\" --init-groups -- \"$@\"; fi; "
                           "echo \"gd-as=$(id -un)\" >&2; exec \"$@\""),
            QStringLiteral("gd"), user} +
        spec.argv;
    return spec;
}

CommandSpec pathPermissions(const QString &path)
{
    return sh(QStringLiteral("p=$1; while :; do stat -c '%n|%U|%G|%a|%F' -- \"$p\" 2>&1; "
                             "[ \"$p\" = / ] && break; p=$(dirname -- \"$p\"); done; exit 0"),
              {path});
}

CommandSpec realPaths(const QStringList &files)
{
    return sh(QStringLiteral(
                  "for f; do r=$(readlink -e -- \"$f\") && printf '%s\\t%s\\n' \"$f\" \"$r\"; done; exit 0"),
              files);
}

CommandSpec serviceManager()
{
    return sh(QStringLiteral("if [ -d /run/systemd/system ]; then echo systemd; else echo none; fi"));
}

CommandSpec phpFpmPools(const QStringList &masterConfigs)
{
    // The usual places, then the config of every running master (php-fpm -y PATH) and
    // what its include= lines name: pools outside the usual places are found too. The
    // paths arrive as arguments ("$@"): data, never code. One line, because arguments
    // with line breaks are refused; a file listed twice is read once by ParsedFacts.
    // php-fpm resolves a relative include against its prefix, /usr by default.
    return sh(
        QStringLiteral(
            "show() { [ -f \"$1\" ] || return 0; printf '==> %s <==\\n' \"$1\"; cat -- \"$1\"; printf '\\n'; "
            "}; "
            "for f in /etc/php/*/fpm/pool.d/*.conf /etc/php-fpm.d/*.conf /etc/php/*/fpm/php-fpm.conf "
            "/etc/php-fpm.conf /usr/local/etc/php-fpm.d/*.conf; do show \"$f\"; done; "
            "IFS=$(printf '\\n_'); IFS=${IFS%_}; "
            "for c in \"$@\"; do show \"$c\"; "
            "for p in $(sed -n "
            "'s/^[[:space:]]*include[[:space:]]*=[[:space:]]*\"\\{0,1\\}\\([^\";]*\\)\"\\{0,1\\}.*$/\\1/p' "
            "-- \"$c\" 2>/dev/null); do case $p in /*) ;; *) p=/usr/$p;; esac; "
            "for f in $p; do show \"$f\"; done; done; done; exit 0"),
        masterConfigs);
}

QStringList phpFpmLogCandidates()
{
    return {QStringLiteral("/var/log/php8.3-fpm.log"), QStringLiteral("/var/log/php8.2-fpm.log"),
            QStringLiteral("/var/log/php8.1-fpm.log"), QStringLiteral("/var/log/php7.4-fpm.log"),
            QStringLiteral("/var/log/php-fpm/error.log")};
}

QString endpoint(const QString &host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace gd::ProbeCommands
