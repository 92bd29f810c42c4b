#pragma once

#include <QString>

#include <optional>

namespace gd {

// The stable vocabulary of root causes (shared/reference/nginx-upstream-errors.md).
// Its codes appear in findings, reports and the JSON output: never rename one.
enum class Cause
{
    UpstreamDown,
    WrongUpstreamAddress,
    SocketPermission,
    FirewallBlocked,
    SelinuxDenied,
    DnsFailure,
    UpstreamTimeout,
    UpstreamCrashed,
    ResourceExhaustion,
    PhpFpmSaturated,
    HeaderTooBig,
    TlsToUpstream,
    ProtocolMismatch,
    NoLiveUpstreams,
    ConfigInvalid,
    NginxNotRunning,
};

// "upstream_down" etc.
QString causeCode(Cause cause);
std::optional<Cause> causeFromCode(const QString &code);
// A short title for people: "The upstream is down".
QString causeTitle(Cause cause);

} // namespace gd
