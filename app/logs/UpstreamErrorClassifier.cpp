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
    bool noClass = false; // decided: not an upstream error we know

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

// False for an errno none of the rules know.
bool classifyConnectErrno(Builder &b, sv message, int err, UpstreamPhase phase)
{
    // "connect() to unix:/run/app.sock failed (...)" vs "connect() failed (...)" on IP:PORT
    const bool unixSocket = contains(message, "to unix:") || startsWith(b.line.upstreamPeer(), "unix:");
    b.span(message).phase(phase == UpstreamPhase::Unknown ? UpstreamPhase::Connect : phase).status(502);
    switch (err) {
    case 111: // ECONNREFUSED: nothing listens there, or we aim at the wrong place
        b.rule("connect_refused").cause(Cause::UpstreamDown);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return true;
    case 2: // ENOENT on a unix socket: the service is down or the path is wrong
        b.rule("unix_socket_missing").cause(Cause::UpstreamDown);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return true;
    case 13: // EACCES: socket mode/owner on a unix socket, SELinux on a TCP connect
        if (unixSocket)
            b.rule("unix_socket_permission").cause(Cause::SocketPermission);
        else
            b.rule("connect_permission_denied").cause(Cause::SelinuxDenied);
        return true;
    case 11: // EAGAIN: the listen backlog of the socket is full
        if (unixSocket)
            b.rule("unix_socket_backlog_full").cause(Cause::PhpFpmSaturated);
        else
            b.rule("connect_eagain").cause(Cause::ResourceExhaustion);
        return true;
    case 113:
    case 101:
        b.rule(err == 113 ? "no_route_to_host" : "network_unreachable").cause(Cause::FirewallBlocked);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return true;
    case 104: // ECONNRESET from a pending connect(): a reset instead of the handshake, as refused
        b.rule("connect_reset").cause(Cause::UpstreamDown);
        b.result.alternativeCause = Cause::WrongUpstreamAddress;
        b.result.needsConfirmation = true;
        return true;
    case 110: // ETIMEDOUT: the kernel gave up on the SYNs before proxy_connect_timeout did
        b.rule("connect_timed_out").cause(Cause::FirewallBlocked);
        b.result.alternativeCause = Cause::UpstreamDown;
        b.result.needsConfirmation = true;
        return true;
    case 99: // EADDRNOTAVAIL: ephemeral ports used up, or a bad proxy_bind
        b.rule("cannot_assign_address").cause(Cause::ResourceExhaustion);
        return true;
    case 24:
        b.rule("too_many_open_files")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits);
        return true;
    default:
        return false;
    }
}

// The errno as Linux numbers it. nginx prints the number of the system it runs on, so a
// FreeBSD or macOS line reads "(61: Connection refused)" for Linux's 111. Their strerror()
// texts are glibc's but for ETIMEDOUT and EADDRNOTAVAIL (listed twice), so the text decides.
int linuxErrno(const ErrorLogLine &line)
{
    struct Known
    {
        sv text;
        int number;
    };
    static constexpr Known kKnown[] = {
        {"Connection refused", 111},
        {"Connection reset by peer", 104},
        {"Broken pipe", 32},
        {"Connection timed out", 110},
        {"Operation timed out", 110}, // BSD's ETIMEDOUT
        {"No route to host", 113},
        {"Network is unreachable", 101},
        {"Resource temporarily unavailable", 11},
        {"Cannot assign requested address", 99},
        {"Can't assign requested address", 99}, // BSD's EADDRNOTAVAIL
        {"Too many open files", 24},
        {"Permission denied", 13},
        {"No such file or directory", 2},
    };
    const int err = line.errnoValue();
    if (err < 0)
        return err;
    for (const Known &k : kKnown) {
        if (line.errnoText() == k.text)
            return k.number;
    }
    return err;
}

// What the rules below look at.
struct Parts
{
    sv message;
    UpstreamPhase phase;
    int err;
};

// Each group of rules below looks at one kind of line, in the catalogue's order. A
// group that recognises the line decides it (returns true), with the class in the
// Builder, or noClass set when it is not an upstream error after all.

// Confounders: they mention upstreams but are not their fault.
bool confounder(Builder &b, const Parts &p)
{
    if (contains(p.message, "client prematurely closed connection")) {
        b.rule("client_closed")
            .verdict(LineVerdict::Confounder)
            .status(499)
            .span(p.message, "client prematurely closed connection");
        return true;
    }
    if (startsWith(p.message, "FastCGI sent in stderr: \"Primary script unknown")) {
        b.rule("primary_script_unknown")
            .verdict(LineVerdict::Confounder)
            .status(404)
            .span(p.message, "Primary script unknown");
        return true;
    }
    return false;
}

bool hint(Builder &b, const Parts &p)
{
    if (startsWith(p.message, "an upstream response is buffered to a temporary file")) {
        b.rule("buffered_to_temp_file")
            .verdict(LineVerdict::Hint)
            .status(200)
            .span(p.message, "an upstream response is buffered to a temporary file");
        return true;
    }
    if (p.message == "upstream server temporarily disabled") {
        // The failure itself is on the line before; this says max_fails marked the server down.
        b.rule("server_temporarily_disabled").verdict(LineVerdict::Hint).status(0).span(p.message);
        return true;
    }
    return false;
}

bool poolOrResolver(Builder &b, const Parts &p)
{
    if (p.message == "no live upstreams") {
        b.rule("no_live_upstreams").cause(Cause::NoLiveUpstreams).status(502).span(p.message);
        if (p.phase == UpstreamPhase::Unknown)
            b.phase(UpstreamPhase::Connect);
        return true;
    }
    if (startsWith(p.message, "no resolver defined to resolve ")) {
        b.rule("no_resolver")
            .cause(Cause::DnsFailure)
            .status(502)
            .phase(UpstreamPhase::Resolve)
            .span(p.message, "no resolver defined to resolve");
        return true;
    }
    if (const size_t at = p.message.find(" could not be resolved ("); at != sv::npos) {
        b.rule("could_not_be_resolved")
            .cause(Cause::DnsFailure)
            .status(502)
            .phase(UpstreamPhase::Resolve)
            .span(p.message.substr(at + 1));
        return true;
    }
    if (p.phase == UpstreamPhase::Resolve) {
        // Lines of nginx's resolver itself, no request attached: the requests waiting for
        // the name fail later with "could not be resolved (110: Operation timed out)".
        b.status(0).span(p.message);
        if (startsWith(p.message, "socket() failed") || startsWith(p.message, "close() socket failed") ||
            p.err == 24 || contains(p.message, "worker_connections are not enough"))
            // no socket for the query: the worker's fd or connection limit
            b.rule("resolver_no_socket").cause(Cause::ResourceExhaustion);
        else if (startsWith(p.message, "ioctl("))
            b.rule("socket_error"); // no cause code names it
        else
            // "send() failed (111: Connection refused)", "connect() failed", "recv() failed",
            // "send() incomplete", "buffer overflow": the DNS server is not reached
            b.rule("resolver_unreachable").cause(Cause::DnsFailure);
        return true;
    }
    if (b.line.level() == LogLevel::Emerg && startsWith(p.message, "host not found in upstream ")) {
        b.rule("emerg_host_not_found")
            .cause(Cause::DnsFailure)
            .status(0)
            .phase(UpstreamPhase::Config)
            .span(p.message, "host not found in upstream");
        b.result.secondaryCause = Cause::ConfigInvalid;
        return true;
    }
    return false;
}

bool workerLimits(Builder &b, const Parts &p)
{
    if (contains(p.message, "worker_connections are not enough")) {
        b.rule("worker_connections")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits)
            .span(p.message, "worker_connections are not enough");
        return true;
    }
    if (p.err == 24) {
        b.rule("too_many_open_files")
            .cause(Cause::ResourceExhaustion)
            .status(500)
            .phase(UpstreamPhase::Limits)
            .span(p.message, "Too many open files");
        return true;
    }
    return false;
}

// Timeouts: 504 unless the status line had already gone out.
bool timeout(Builder &b, const Parts &p)
{
    if (!startsWith(p.message, "upstream timed out"))
        return false;
    b.span(p.message).status(statusFor(p.phase, true));
    switch (p.phase) {
    case UpstreamPhase::Connect:
        // SYNs silently dropped: a DROP rule, a security group, a host that is gone
        b.rule("connect_timeout").cause(Cause::FirewallBlocked);
        b.result.alternativeCause = Cause::UpstreamDown;
        b.result.needsConfirmation = true;
        break;
    case UpstreamPhase::TlsHandshake:
        // connected, but the upstream does not finish the handshake within proxy_connect_timeout
        b.rule("tls_handshake_timeout").cause(Cause::UpstreamTimeout);
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
    return true;
}

// TLS to the upstream.
bool tls(Builder &b, const Parts &p)
{
    const sv message = p.message;
    if (p.phase != UpstreamPhase::TlsHandshake && !startsWith(message, "upstream SSL certificate") &&
        !startsWith(message, "SSL_do_handshake() failed") &&
        !startsWith(message, "peer closed connection in SSL handshake"))
        return false;
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
    else if (p.err >= 0)
        b.noClass = !classifyConnectErrno(b, message, p.err, UpstreamPhase::TlsHandshake);
    else
        b.rule("tls_other").span(message);
    return true;
}

// TLS after the handshake: SSL_read() / SSL_write() / SSL_sendfile() and renegotiation.
bool tlsTraffic(Builder &b, const Parts &p)
{
    static constexpr sv kRenegotiation = "SSL renegotiation disabled";
    if (startsWith(p.message, kRenegotiation)) {
        b.rule("tls_renegotiation")
            .cause(Cause::TlsToUpstream)
            .status(statusFor(p.phase, false))
            .span(p.message, kRenegotiation);
        return true;
    }
    static constexpr sv kCalls[] = {"SSL_read() failed", "SSL_write() failed", "SSL_sendfile() failed"};
    for (sv call : kCalls) {
        if (!startsWith(p.message, call))
            continue;
        // A reset, a broken pipe or the peer gone without close_notify is the upstream going
        // away; an OpenSSL error of its own (an alert, a bad record) is the TLS session failing.
        const bool gone = p.err == 104 || p.err == 32 || contains(p.message, "unexpected eof");
        b.rule(gone ? "tls_peer_gone" : "tls_io_error")
            .cause(gone ? Cause::UpstreamCrashed : Cause::TlsToUpstream)
            .status(statusFor(p.phase, false))
            .span(p.message, call);
        return true;
    }
    return false;
}

// Failures that no cause code names (the catalogue's "other" rows): an HTTP/2 upstream's
// RST_STREAM or GOAWAY, a socket call nginx itself needed, a temp file that changed under it,
// an internal check. Recognised and shown with their status, never a finding.
bool withoutCause(Builder &b, const Parts &p)
{
    struct Row
    {
        sv text;
        const char *rule;
    };
    static constexpr Row kRows[] = {
        {"upstream rejected request with error", "http2_rst_stream"},
        {"upstream sent goaway with error", "http2_goaway"},
        {"ioctl(FIONREAD) failed", "socket_error"},
        {"setsockopt(TCP_NODELAY) failed", "socket_error"},
        {"setsockopt(TCP_CORK) failed", "socket_error"},
        {"sendfile() reported that", "temp_file_changed"},
        {"SSL_sendfile() reported that", "temp_file_changed"},
        {"SSL_sendfile() not available", "internal_error"},
        {"file buf in writev", "internal_error"},
        {"bad buf in output chain", "internal_error"},
    };
    for (const Row &row : kRows) {
        if (startsWith(p.message, row.text)) {
            b.rule(row.rule)
                .verdict(LineVerdict::Failure)
                .status(p.phase == UpstreamPhase::Unknown ? 0 : statusFor(p.phase, false))
                .span(p.message, row.text);
            return true;
        }
    }
    return false;
}

// Connect phase errnos (and bind() for proxy_bind).
bool connectPhase(Builder &b, const Parts &p)
{
    if (!startsWith(p.message, "connect() ") && !startsWith(p.message, "bind(") &&
        !startsWith(p.message, "socket() ") && !(p.phase == UpstreamPhase::Connect && p.err >= 0))
        return false;
    b.noClass = p.err < 0 || !classifyConnectErrno(b, p.message, p.err, UpstreamPhase::Connect);
    return true;
}

bool prematurelyClosed(Builder &b, const Parts &p)
{
    static constexpr sv kClosed[] = {
        "upstream prematurely closed connection",
        "upstream prematurely closed FastCGI stdout",
        "upstream prematurely closed FastCGI request",
    };
    for (sv text : kClosed) {
        if (startsWith(p.message, text)) {
            b.rule(p.phase == UpstreamPhase::ReadBody ? "body_prematurely_closed" : "prematurely_closed")
                .cause(Cause::UpstreamCrashed)
                .status(statusFor(p.phase, false))
                .span(p.message, text);
            return true;
        }
    }
    return false;
}

// Resets and broken pipes while sending or reading: the backend went away.
bool backendGone(Builder &b, const Parts &p)
{
    // 110 here is TCP giving up on an established connection (the host vanished), not one of
    // nginx's timers; kqueue reports the close itself, with or without an errno.
    const bool gone = p.err == 104 || p.err == 32 || p.err == 110 ||
                      startsWith(p.message, "kevent() reported about an closed connection");
    if (!gone || (p.phase != UpstreamPhase::SendRequest && p.phase != UpstreamPhase::ReadHeader &&
                  p.phase != UpstreamPhase::ReadBody))
        return false;
    const char *id = p.phase == UpstreamPhase::SendRequest  ? "send_reset"
                     : p.phase == UpstreamPhase::ReadHeader ? "read_header_reset"
                                                            : "read_body_reset";
    b.rule(id).cause(Cause::UpstreamCrashed).status(statusFor(p.phase, false)).span(p.message);
    return true;
}

// The response header.
bool badResponse(Builder &b, const Parts &p)
{
    if (startsWith(p.message, "upstream sent too big header")) {
        b.rule("too_big_header")
            .cause(Cause::HeaderTooBig)
            .status(502)
            .span(p.message, "upstream sent too big header");
        return true;
    }
    if (startsWith(p.message, "upstream sent no valid HTTP/1.0 header")) {
        // nginx passes the raw bytes through as HTTP/0.9: the client sees 200 and garbage
        b.rule("no_valid_http_header")
            .cause(Cause::ProtocolMismatch)
            .status(200)
            .span(p.message, "upstream sent no valid HTTP/1.0 header");
        return true;
    }
    // A header nginx refuses (a NUL or control byte, Content-Length with
    // Transfer-Encoding, a duplicate Transfer-Encoding, ...): the app's HTTP is broken,
    // not the choice of pass directive (it spoke HTTP, just wrongly). The message names
    // the header.
    static constexpr sv kHeader[] = {
        "upstream sent invalid header",
        "upstream sent \"Content-Length\" and \"Transfer-Encoding\" headers at the same time",
        "upstream sent invalid \"Content-Length\" header",
        "upstream sent duplicate header line",
        "upstream sent unknown \"Transfer-Encoding\"",
    };
    // "..., ignored" [warn]: a duplicate of a single-value header, dropped; the request goes on.
    const bool ignored = p.message.size() >= 9 && p.message.substr(p.message.size() - 9) == ", ignored";
    for (sv text : kHeader) {
        if (startsWith(p.message, text) && !ignored) {
            b.rule("invalid_header")
                .cause(Cause::ProtocolMismatch)
                .status(statusFor(p.phase, false))
                .span(p.message, text);
            return true;
        }
    }
    // Responses that are not the protocol the pass directive speaks, or break its rules.
    struct Protocol
    {
        sv text;
        const char *rule;
    };
    static constexpr Protocol kProtocol[] = {
        {"upstream sent unexpected FastCGI record", "fastcgi_protocol"},
        {"upstream sent unsupported FastCGI protocol version", "fastcgi_protocol"},
        {"upstream sent invalid FastCGI record type", "fastcgi_protocol"},
        {"upstream sent unexpected FastCGI request id", "fastcgi_protocol"}, // "high byte" / "low byte"
        {"upstream sent invalid status", "invalid_response"},
        {"upstream sent invalid chunked response", "invalid_chunked"},
        {"upstream prematurely sent response", "invalid_response"}, // before the TLS handshake
        {"upstream sent HTTP/1.0 response with early hints", "invalid_response"},
        // grpc_pass and proxy_http_version 2: the frames and the HPACK header block
        {"upstream sent unexpected http2 frame", "http2_protocol"},
        {"upstream sent frame for unknown stream", "http2_protocol"},
        {"upstream sent duplicate :status header", "http2_protocol"},
        {"upstream sent invalid :status", "http2_protocol"},
        {"upstream sent unexpected :status", "http2_protocol"},
        {"upstream sent no :status header", "http2_protocol"},
        {"upstream prematurely closed stream", "http2_protocol"},
        {"upstream sent unexpected push promise frame", "http2_protocol"},
        {"upstream sent too large http2 frame", "http2_protocol"},
        {"upstream sent headers frame with invalid length", "http2_protocol"},
        {"upstream sent http2 frame with too long padding", "http2_protocol"},
        {"upstream sent truncated http2 header", "http2_protocol"},
        {"upstream sent invalid http2 table index", "http2_protocol"},
        {"upstream sent invalid http2 dynamic table size update", "http2_protocol"},
        {"upstream sent http2 table index with continuation flag", "http2_protocol"},
        {"upstream sent zero http2 header name length", "http2_protocol"},
        {"upstream sent too large http2 header",
         "http2_protocol"}, // also "... name length", "... value length"
        {"upstream sent invalid encoded header", "http2_protocol"},
        {"upstream sent rst stream frame with invalid length", "http2_protocol"},
        {"upstream sent goaway frame with", "http2_protocol"}, // "non-zero stream id", "invalid length"
        {"upstream sent window update frame with invalid length", "http2_protocol"},
        {"upstream sent zero window update", "http2_protocol"},
        {"upstream sent too large window update", "http2_protocol"},
        {"upstream sent settings frame with", "http2_protocol"},
        {"upstream sent too many settings frames", "http2_protocol"},
        {"upstream sent ping frame with", "http2_protocol"},
        {"upstream sent too many ping frames", "http2_protocol"},
    };
    for (const Protocol &row : kProtocol) {
        if (startsWith(p.message, row.text)) {
            b.rule(row.rule)
                .cause(Cause::ProtocolMismatch)
                .status(statusFor(p.phase, false))
                .span(p.message, row.text);
            return true;
        }
    }
    return prematurelyClosed(b, p);
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
        return rareFinder(1).find(line, end) || rareFinder(2).find(line, end) ||
               rareFinder(0).find(line, end);
    case LogLevel::Crit:
        return rareFinder(2).find(line, end) || rareFinder(0).find(line, end);
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
    Builder b{line, {}, false};
    const Parts parts{line.message(), phaseOfAction(line.action()), linuxErrno(line)};
    b.phase(parts.phase);
    // In the catalogue's order: the first group that knows the line decides.
    const bool decided = confounder(b, parts) || hint(b, parts) || poolOrResolver(b, parts) ||
                         workerLimits(b, parts) || timeout(b, parts) || tls(b, parts) ||
                         tlsTraffic(b, parts) || withoutCause(b, parts) || connectPhase(b, parts) ||
                         badResponse(b, parts) || backendGone(b, parts);
    if (!decided || b.noClass)
        return std::nullopt;
    return b.result;
}

} // namespace gd
