#include "app/model/Cause.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

namespace gd {

namespace {

// The one table of causes: the engine, the wizard, the CLI, the report writers and
// the README's list (checked by tests/model/tst_causetable) all read from it.
// Steps and statuses follow app/logs/nginx-upstream-errors.md.
constexpr quint32 kCausesOfFailure =
    causeBit(Cause::UpstreamDown) | causeBit(Cause::WrongUpstreamAddress) | causeBit(Cause::UpstreamTimeout) |
    causeBit(Cause::UpstreamCrashed) | causeBit(Cause::SocketPermission) | causeBit(Cause::FirewallBlocked) |
    causeBit(Cause::SelinuxDenied) | causeBit(Cause::PhpFpmSaturated) | causeBit(Cause::ProtocolMismatch);

// Texts are marked with QT_TRANSLATE_NOOP spelled out: lupdate does not expand macros.
const QList<CauseInfo> kCauses{
    {Cause::UpstreamDown, "upstream_down",
     QT_TRANSLATE_NOOP("gd::Cause", "The upstream application is not running or not listening"), 1, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Nothing accepts connections where nginx sends requests, so every request fails at once."),
     QT_TRANSLATE_NOOP("gd::Cause", "Start the application behind %1 and keep it running."), 6, 0},
    {Cause::WrongUpstreamAddress, "wrong_upstream_address",
     QT_TRANSLATE_NOOP("gd::Cause", "nginx points at the wrong upstream address"), 4, 502,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "The application runs, but on another port, address or socket than the one in nginx's "
                       "configuration."),
     QT_TRANSLATE_NOOP("gd::Cause", "Make the address in the nginx config match where the app listens."), 4,
     0},
    {Cause::SocketPermission, "socket_permission",
     QT_TRANSLATE_NOOP("gd::Cause", "nginx may not use the upstream's unix socket"), 3, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "nginx's worker user lacks the permission to open the socket file or a directory above it."),
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Let nginx's worker user use the socket: set listen.owner/listen.group/listen.mode (0660) in "
         "the PHP-FPM pool, or the app's socket permissions, so that the worker's group may write to "
         "it."),
     0, 0},
    {Cause::FirewallBlocked, "firewall_blocked",
     QT_TRANSLATE_NOOP("gd::Cause", "A firewall blocks the way to the upstream"), 3, 0,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "A firewall rule rejects (502) or silently drops (504) nginx's connections to the upstream."),
     QT_TRANSLATE_NOOP("gd::Cause",
                       "Allow traffic from nginx to %1 in the firewall (or the cloud security group)."),
     0, 0},
    {Cause::SelinuxDenied, "selinux_denied",
     QT_TRANSLATE_NOOP("gd::Cause", "SELinux stops nginx from connecting"), 3, 502,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "SELinux's policy forbids the web server to open network connections to this port."),
     QT_TRANSLATE_NOOP("gd::Cause",
                       "Allow nginx to connect to the network: setsebool -P httpd_can_network_connect 1."),
     0, 0},
    {Cause::DnsFailure, "dns_failure",
     QT_TRANSLATE_NOOP("gd::Cause", "The upstream's name cannot be resolved"), 3, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "nginx cannot turn the upstream's host name into an address, so it has nowhere to connect."),
     QT_TRANSLATE_NOOP("gd::Cause",
                       "Make the upstream name resolvable from the server, or add a `resolver` for variable "
                       "proxy_pass targets."),
     4, 0},
    {Cause::UpstreamTimeout, "upstream_timeout",
     QT_TRANSLATE_NOOP("gd::Cause", "The upstream answers too slowly"), 5, 504,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "The application took longer to answer than nginx (or the app server itself) waits."),
     QT_TRANSLATE_NOOP("gd::Cause",
                       "Make the app answer faster, or raise the read timeout for this location."),
     5, 0},
    {Cause::UpstreamCrashed, "upstream_crashed",
     QT_TRANSLATE_NOOP("gd::Cause", "The upstream drops or crashes on requests"), 6, 502,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "The application closed or reset the connection before it answered: it crashed, was "
                       "killed, or hit its own time limit."),
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Look at the app's own log for crashes, worker timeouts or memory kills at the same times, "
         "then restart it."),
     6, 0},
    {Cause::ResourceExhaustion, "resource_exhaustion",
     QT_TRANSLATE_NOOP("gd::Cause", "The server runs out of a resource (memory, files, ports)"), 6, 502,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "The machine or a process ran out of memory, file descriptors or local ports."),
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Free the exhausted resource: memory (OOM kills), open files (worker_rlimit_nofile) or ports "
         "(upstream keepalive)."),
     6, 0},
    {Cause::PhpFpmSaturated, "php_fpm_saturated",
     QT_TRANSLATE_NOOP("gd::Cause", "PHP-FPM has no free worker"), 6, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Every PHP-FPM worker is busy and the pool's listen queue is full, so new connections are "
         "refused."),
     QT_TRANSLATE_NOOP(
         "gd::Cause", "Raise pm.max_children of the PHP-FPM pool if memory allows, or make requests faster."),
     6, 0},
    {Cause::HeaderTooBig, "header_too_big",
     QT_TRANSLATE_NOOP("gd::Cause", "The upstream's response header is too big for nginx's buffer"), 5, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "The application's response headers (often cookies) do not fit in nginx's header buffer."),
     QT_TRANSLATE_NOOP("gd::Cause", "Raise the buffer size for response headers for this location."), 5, 0},
    {Cause::TlsToUpstream, "tls_to_upstream",
     QT_TRANSLATE_NOOP("gd::Cause", "TLS between nginx and the upstream fails"), 4, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "nginx and the upstream cannot agree on TLS: https:// to a plain port, a missing SNI name, "
         "or a certificate nginx does not accept."),
     QT_TRANSLATE_NOOP("gd::Cause",
                       "Fix TLS towards the upstream: http:// vs https://, proxy_ssl_server_name on, or the "
                       "certificate settings."),
     4, 0},
    {Cause::ProtocolMismatch, "protocol_mismatch",
     QT_TRANSLATE_NOOP("gd::Cause", "nginx and the upstream speak different protocols"), 4, 502,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "The upstream's answer is not what nginx's pass directive expects (HTTP versus FastCGI, "
         "uwsgi or gRPC), or it is malformed."),
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Use the pass directive that matches the upstream's protocol: proxy_pass for HTTP servers, "
         "fastcgi_pass for PHP-FPM."),
     4, 0},
    {Cause::NoLiveUpstreams, "no_live_upstreams",
     QT_TRANSLATE_NOOP("gd::Cause", "Every server of the upstream group is marked failed"), 1, 502,
     QT_TRANSLATE_NOOP("gd::Cause",
                       "nginx stopped trying the group's servers for a while because each of them failed: a "
                       "consequence of another cause."),
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "Fix why the servers of %1 fail (the findings above); nginx marks them live again after "
         "fail_timeout."),
     0, kCausesOfFailure},
    {Cause::ConfigInvalid, "config_invalid",
     QT_TRANSLATE_NOOP("gd::Cause", "The nginx configuration is invalid"), 4, 0,
     QT_TRANSLATE_NOOP(
         "gd::Cause",
         "nginx -t rejects the configuration: a reload keeps the old one, a restart leaves nginx down."),
     QT_TRANSLATE_NOOP("gd::Cause", "Fix the configuration until nginx -t passes, then reload."), 4, 0},
    {Cause::NginxNotRunning, "nginx_not_running", QT_TRANSLATE_NOOP("gd::Cause", "nginx is not running"), 6,
     0,
     QT_TRANSLATE_NOOP("gd::Cause", "No nginx master process runs, so nothing answers on the site's ports."),
     QT_TRANSLATE_NOOP("gd::Cause", "Start nginx."), 6, 0},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("gd::Cause", text);
}

} // namespace

const QList<CauseInfo> &causeTable()
{
    return kCauses;
}

const CauseInfo &causeInfo(Cause cause)
{
    // The table is in the enum's order (tests/model/tst_causetable checks it).
    return kCauses.at(int(cause));
}

QString causeCode(Cause cause)
{
    return latin1Text(causeInfo(cause).code);
}

std::optional<Cause> causeFromCode(const QString &code)
{
    for (const CauseInfo &row : kCauses) {
        if (code == QLatin1String(row.code))
            return row.cause;
    }
    return std::nullopt;
}

QString causeTitle(Cause cause)
{
    return translated(causeInfo(cause).title);
}

QString causeExplanation(Cause cause)
{
    return translated(causeInfo(cause).explanation);
}

QString causeRemedy(Cause cause, const QString &upstream)
{
    const QString text = translated(causeInfo(cause).remedy);
    return text.contains(QLatin1String("%1")) ? text.arg(upstream) : text;
}

int causeStep(Cause cause)
{
    return causeInfo(cause).step;
}

int causeRemedyStep(Cause cause)
{
    return causeInfo(cause).remedyStep;
}

bool causeFollowsFrom(Cause knockOn, Cause root)
{
    return (causeInfo(knockOn).followsFrom & causeBit(root)) != 0;
}

bool isKnockOn(Cause cause)
{
    return causeInfo(cause).followsFrom != 0;
}

} // namespace gd
