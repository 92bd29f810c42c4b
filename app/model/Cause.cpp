#include "app/model/Cause.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace gd {

namespace {
constexpr std::array<std::pair<Cause, const char *>, 16> kCodes{{
    {Cause::UpstreamDown, "upstream_down"},
    {Cause::WrongUpstreamAddress, "wrong_upstream_address"},
    {Cause::SocketPermission, "socket_permission"},
    {Cause::FirewallBlocked, "firewall_blocked"},
    {Cause::SelinuxDenied, "selinux_denied"},
    {Cause::DnsFailure, "dns_failure"},
    {Cause::UpstreamTimeout, "upstream_timeout"},
    {Cause::UpstreamCrashed, "upstream_crashed"},
    {Cause::ResourceExhaustion, "resource_exhaustion"},
    {Cause::PhpFpmSaturated, "php_fpm_saturated"},
    {Cause::HeaderTooBig, "header_too_big"},
    {Cause::TlsToUpstream, "tls_to_upstream"},
    {Cause::ProtocolMismatch, "protocol_mismatch"},
    {Cause::NoLiveUpstreams, "no_live_upstreams"},
    {Cause::ConfigInvalid, "config_invalid"},
    {Cause::NginxNotRunning, "nginx_not_running"},
}};
} // namespace

QString causeCode(Cause cause)
{
    for (const auto &[value, code] : kCodes) {
        if (value == cause)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("unknown");
}

std::optional<Cause> causeFromCode(const QString &code)
{
    for (const auto &[value, text] : kCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString causeTitle(Cause cause)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("gd::Cause", text); };
    switch (cause) {
    case Cause::UpstreamDown:
        return tr("The upstream application is not running or not listening");
    case Cause::WrongUpstreamAddress:
        return tr("nginx points at the wrong upstream address");
    case Cause::SocketPermission:
        return tr("nginx may not use the upstream's unix socket");
    case Cause::FirewallBlocked:
        return tr("A firewall blocks the way to the upstream");
    case Cause::SelinuxDenied:
        return tr("SELinux stops nginx from connecting");
    case Cause::DnsFailure:
        return tr("The upstream's name cannot be resolved");
    case Cause::UpstreamTimeout:
        return tr("The upstream answers too slowly");
    case Cause::UpstreamCrashed:
        return tr("The upstream drops or crashes on requests");
    case Cause::ResourceExhaustion:
        return tr("The server runs out of a resource (memory, files, ports)");
    case Cause::PhpFpmSaturated:
        return tr("PHP-FPM has no free worker");
    case Cause::HeaderTooBig:
        return tr("The upstream's response header is too big for nginx's buffer");
    case Cause::TlsToUpstream:
        return tr("TLS between nginx and the upstream fails");
    case Cause::ProtocolMismatch:
        return tr("nginx and the upstream speak different protocols");
    case Cause::NoLiveUpstreams:
        return tr("Every server of the upstream group is marked failed");
    case Cause::ConfigInvalid:
        return tr("The nginx configuration is invalid");
    case Cause::NginxNotRunning:
        return tr("nginx is not running");
    }
    return {};
}

} // namespace gd
