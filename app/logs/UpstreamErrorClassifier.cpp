#include "app/logs/UpstreamErrorClassifier.h"

#include "app/logs/SubstringFinder.h"

#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

// The catalogue texts without "upstream" (commonNeedle()); FastCGI lines always carry an
// upstream field, so they need no needle of their own.
const SubstringFinder &rareFinder(int i)
{
    static const SubstringFinder finders[] = {SubstringFinder("resolve"), SubstringFinder("_connections"),
                                              SubstringFinder("open files")};
    return finders[i];
}

bool contains(sv text, sv needle)
{
    return text.find(needle) != sv::npos;
}
bool startsWith(sv text, sv prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// The classification under construction, with the line for spans.
struct Builder
{
    const ErrorLogLine &line;
    UpstreamErrorClass result;

    Builder &rule(const char *id)
    {
        result.rule = id;
        return *this;
    }
    Builder &cause(Cause c)
    {
        result.verdict = LineVerdict::Failure;
        result.cause = c;
        return *this;
    }
    Builder &verdict(LineVerdict v)
    {
        result.verdict = v;
        return *this;
    }
    Builder &status(int s)
    {
        result.httpStatus = s;
        return *this;
    }
    Builder &phase(UpstreamPhase p)
    {
        result.phase = p;
        return *this;
    }
    // The span of `needle` inside `where` (a view into the line).
    Builder &span(sv where, sv needle)
    {
        const size_t at = where.find(needle);
        result.match = at == sv::npos ? line.spanOf(where) : line.spanOf(where.substr(at, needle.size()));
        return *this;
    }
    Builder &span(sv whole)
    {
        result.match = line.spanOf(whole);
        return *this;
    }
};

// A failure in the body phase happens after the status line went out: the client saw the
// original status (normally 200) and a cut response.
int statusFor(UpstreamPhase phase, bool timeout)
{
    if (phase == UpstreamPhase::ReadBody)
        return 200;
    return timeout ? 504 : 502;
}

std::optional<UpstreamErrorClass> classifyConnectErrno(Builder &b, sv message, int err, UpstreamPhase phase)
{
    // "connect() to unix:/run/app.sock failed (...)" vs "connect() failed (...)" on IP:PORT
    const bool unixSocket = contains(message, "to unix:") || startsWith(b.line.upstreamPeer(), "unix:");
    b.span(message).phase(phase == UpstreamPhase::Unknown ? UpstreamPhase::Connect : phase).status(502);
    switch (err) {
    case 111: // ECONNREFUSED: nothing listens there, or we aim at the wrong place
        b.rule("connect_refused").cause(Cause::UpstreamDown);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return b.result;
    case 2: // ENOENT on a unix socket: the service is down or the path is wrong
        b.rule("unix_socket_missing").cause(Cause::UpstreamDown);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return b.result;
    case 13: // EACCES: socket mode/owner on a unix socket, SELinux on a TCP connect
        if (unixSocket)
            b.rule("unix_socket_permission").cause(Cause::SocketPermission);
        else
            b.rule("connect_permission_denied").cause(Cause::SelinuxDenied);
        return b.result;
    case 11: // EAGAIN: the listen backlog of the socket is full
        if (unixSocket)
            b.rule("unix_socket_backlog_full").cause(Cause::PhpFpmSaturated);
        else
            b.rule("connect_eagain").cause(Cause::ResourceExhaustion);
        return b.result;
    case 113:
    case 101:
        b.rule(err == 113 ? "no_route_to_host" : "network_unreachable").cause(Cause::FirewallBlocked);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return b.result;
    case 99: // EADDRNOTAVAIL: ephemeral ports used up, or a bad proxy_bind
        b.rule("cannot_assign_address").cause(Cause::ResourceExhaustion);
        return b.result;
    case 24:
        b.rule("too_many_open_files")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits);
        return b.result;
    default:
        return std::nullopt;
    }
}

} // namespace

const char *upstreamPhaseName(UpstreamPhase phase)
{
    static const char *const names[] = {"unknown",       "resolve",      "connect",
                                        "tls_handshake", "send_request", "read_header",
                                        "read_body",     "limits",       "config"};
    return names[int(phase)];
}

UpstreamPhase phaseOfAction(std::string_view action)
{
    if (action.empty())
        return UpstreamPhase::Unknown;
    if (action == "connecting to upstream")
        return UpstreamPhase::Connect;
    if (action == "SSL handshaking to upstream")
        return UpstreamPhase::TlsHandshake;
    if (action == "sending request to upstream")
        return UpstreamPhase::SendRequest;
    if (action == "reading response header from upstream")
        return UpstreamPhase::ReadHeader;
    if (action == "reading upstream")
        return UpstreamPhase::ReadBody;
    if (action == "resolving")
        return UpstreamPhase::Resolve;
    return UpstreamPhase::Unknown;
}

bool UpstreamErrorClassifier::mayMatchRare(LogLevel level, const char *line, qsizetype size)
{
    const char *end = line + size;
    switch (level) {
    case LogLevel::Error:
        return rareFinder(0).find(line, end);
    case LogLevel::Warn:
        return rareFinder(1).find(line, end);
    case LogLevel::Alert:
        return rareFinder(1).find(line, end) || rareFinder(2).find(line, end);
    case LogLevel::Crit:
        return rareFinder(2).find(line, end);
    default:
        return false;
    }
}

bool UpstreamErrorClassifier::mayMatch(const char *line, qsizetype size)
{
    const sv text(line, size_t(size));
    if (text.find(commonNeedle()) != sv::npos)
        return true;
    for (LogLevel level : {LogLevel::Error, LogLevel::Warn, LogLevel::Alert}) {
        if (mayMatchRare(level, line, size))
            return true;
    }
    return false;
}

std::optional<UpstreamErrorClass> UpstreamErrorClassifier::classify(const ErrorLogLine &line)
{
    Builder b{line, {}};
    const sv message = line.message();
    const sv action = line.action();
    const UpstreamPhase phase = phaseOfAction(action);
    const int err = line.errnoValue();
    b.phase(phase);

    // --- confounders first: they mention upstreams but are not their fault
    if (contains(message, "client prematurely closed connection")) {
        b.rule("client_closed")
            .verdict(LineVerdict::Confounder)
            .status(499)
            .span(message, "client prematurely closed connection");
        return b.result;
    }
    if (startsWith(message, "FastCGI sent in stderr: \"Primary script unknown")) {
        b.rule("primary_script_unknown")
            .verdict(LineVerdict::Confounder)
            .status(404)
            .span(message, "Primary script unknown");
        return b.result;
    }

    // --- hints
    if (startsWith(message, "an upstream response is buffered to a temporary file")) {
        b.rule("buffered_to_temp_file")
            .verdict(LineVerdict::Hint)
            .status(200)
            .span(message, "an upstream response is buffered to a temporary file");
        return b.result;
    }
    if (message == "upstream server temporarily disabled") {
        // The failure itself is on the line before; this says max_fails marked the server down.
        b.rule("server_temporarily_disabled").verdict(LineVerdict::Hint).status(0).span(message);
        return b.result;
    }

    // --- pool and resolver
    if (message == "no live upstreams") {
        b.rule("no_live_upstreams").cause(Cause::NoLiveUpstreams).status(502).span(message);
        if (phase == UpstreamPhase::Unknown)
            b.phase(UpstreamPhase::Connect);
        return b.result;
    }
    if (startsWith(message, "no resolver defined to resolve ")) {
        b.rule("no_resolver")
            .cause(Cause::DnsFailure)
            .status(502)
            .phase(UpstreamPhase::Resolve)
            .span(message, "no resolver defined to resolve");
        return b.result;
    }
    if (const size_t at = message.find(" could not be resolved ("); at != sv::npos) {
        b.rule("could_not_be_resolved")
            .cause(Cause::DnsFailure)
            .status(502)
            .phase(UpstreamPhase::Resolve)
            .span(message.substr(at + 1));
        return b.result;
    }
    if (phase == UpstreamPhase::Resolve) {
        // "send() failed (111: Connection refused) while resolving, resolver: 127.0.0.1:53":
        // the resolver itself is unreachable; no request is attached to the line.
        b.rule("resolver_unreachable").cause(Cause::DnsFailure).status(0).span(message);
        return b.result;
    }
    if (line.level() == LogLevel::Emerg && startsWith(message, "host not found in upstream ")) {
        b.rule("emerg_host_not_found")
            .cause(Cause::DnsFailure)
            .status(0)
            .phase(UpstreamPhase::Config)
            .span(message, "host not found in upstream");
        b.result.secondaryCause = Cause::ConfigInvalid;
        return b.result;
    }

    // --- worker limits
    if (contains(message, "worker_connections are not enough")) {
        b.rule("worker_connections")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits)
            .span(message, "worker_connections are not enough");
        return b.result;
    }
    if (err == 24) {
        b.rule("too_many_open_files")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits)
            .span(message, "Too many open files");
        return b.result;
    }

    // --- timeouts: 504 unless the status line had already gone out
    if (startsWith(message, "upstream timed out")) {
        b.span(message).status(statusFor(phase, true));
        switch (phase) {
        case UpstreamPhase::Connect:
            // SYNs silently dropped: a DROP rule, a security group, a host that is gone
            b.rule("connect_timeout").cause(Cause::FirewallBlocked);
            b.result.alternativeCause = Cause::UpstreamDown;
            b.result.needsConfirmation = true;
            break;
        case UpstreamPhase::SendRequest:
            b.rule("send_timeout").cause(Cause::UpstreamTimeout);
            break;
        case UpstreamPhase::ReadBody:
            b.rule("read_body_timeout").cause(Cause::UpstreamTimeout);
            break;
        default:
            b.rule("read_header_timeout").cause(Cause::UpstreamTimeout);
            break;
        }
        return b.result;
    }

    // --- TLS to the upstream
    if (phase == UpstreamPhase::TlsHandshake || startsWith(message, "upstream SSL certificate") ||
        startsWith(message, "SSL_do_handshake() failed") ||
        startsWith(message, "peer closed connection in SSL handshake")) {
        b.cause(Cause::TlsToUpstream).status(502).phase(UpstreamPhase::TlsHandshake);
        if (startsWith(message, "SSL_do_handshake() failed"))
            b.rule(contains(message, "wrong version number") ? "tls_wrong_version" : "tls_handshake_failed")
                .span(message, contains(message, "wrong version number") ? sv("wrong version number")
                                                                         : sv("SSL_do_handshake() failed"));
        else if (startsWith(message, "peer closed connection in SSL handshake"))
            b.rule("tls_peer_closed").span(message, "peer closed connection in SSL handshake");
        else if (startsWith(message, "upstream SSL certificate verify error"))
            b.rule("tls_verify_error").span(message);
        else if (startsWith(message, "upstream SSL certificate does not match"))
            b.rule("tls_name_mismatch").span(message);
        else if (err >= 0)
            return classifyConnectErrno(b, message, err, UpstreamPhase::TlsHandshake);
        else
            b.rule("tls_other").span(message);
        return b.result;
    }

    // --- connect phase errnos (and bind() for proxy_bind)
    if (startsWith(message, "connect() ") || startsWith(message, "bind(") ||
        startsWith(message, "socket() ") || (phase == UpstreamPhase::Connect && err >= 0)) {
        if (err >= 0)
            return classifyConnectErrno(b, message, err, UpstreamPhase::Connect);
        return std::nullopt;
    }

    // --- response header
    if (startsWith(message, "upstream sent too big header")) {
        b.rule("too_big_header")
            .cause(Cause::HeaderTooBig)
            .status(502)
            .span(message, "upstream sent too big header");
        return b.result;
    }
    if (startsWith(message, "upstream sent no valid HTTP/1.0 header")) {
        // nginx passes the raw bytes through as HTTP/0.9: the client sees 200 and garbage
        b.rule("no_valid_http_header")
            .cause(Cause::ProtocolMismatch)
            .status(200)
            .span(message, "upstream sent no valid HTTP/1.0 header");
        return b.result;
    }
    static constexpr sv kProtocol[] = {
        "upstream sent invalid header",
        "upstream sent \"Content-Length\" and \"Transfer-Encoding\" headers at the same time",
        "upstream sent invalid \"Content-Length\" header",
        "upstream sent duplicate header line",
        "upstream sent unknown \"Transfer-Encoding\"",
        "upstream sent unexpected FastCGI record",
        "upstream sent unsupported FastCGI protocol version",
        "upstream sent invalid status",
        "upstream sent invalid chunked response",
    };
    for (sv text : kProtocol) {
        if (startsWith(message, text)) {
            b.rule(text.find("FastCGI") != sv::npos
                       ? "fastcgi_protocol"
                       : (text.find("chunked") != sv::npos ? "invalid_chunked" : "invalid_response"))
                .cause(Cause::ProtocolMismatch)
                .status(statusFor(phase, false))
                .span(message, text);
            return b.result;
        }
    }
    static constexpr sv kClosed[] = {
        "upstream prematurely closed connection",
        "upstream prematurely closed FastCGI stdout",
        "upstream prematurely closed FastCGI request",
    };
    for (sv text : kClosed) {
        if (startsWith(message, text)) {
            b.rule(phase == UpstreamPhase::ReadBody ? "body_prematurely_closed" : "prematurely_closed")
                .cause(Cause::UpstreamCrashed)
                .status(statusFor(phase, false))
                .span(message, text);
            return b.result;
        }
    }

    // --- resets and broken pipes while sending or reading: the backend went away
    if ((err == 104 || err == 32) &&
        (phase == UpstreamPhase::SendRequest || phase == UpstreamPhase::ReadHeader ||
         phase == UpstreamPhase::ReadBody)) {
        const char *id = phase == UpstreamPhase::SendRequest  ? "send_reset"
                         : phase == UpstreamPhase::ReadHeader ? "read_header_reset"
                                                              : "read_body_reset";
        b.rule(id).cause(Cause::UpstreamCrashed).status(statusFor(phase, false)).span(message);
        return b.result;
    }
    return std::nullopt;
}

} // namespace gd
