#pragma once

#include "app/logs/ErrorLogLine.h"
#include "app/model/Cause.h"

#include <optional>
#include <string_view>

namespace gd {

// Where in the life of a proxied request nginx was when it logged the line.
enum class UpstreamPhase : quint8
{
    Unknown,
    Resolve,      // DNS for a variable proxy_pass
    Connect,      // "connecting to upstream"
    TlsHandshake, // "SSL handshaking to upstream"
    SendRequest,  // "sending request to upstream"
    ReadHeader,   // "reading response header from upstream"
    ReadBody,     // "reading upstream": the status line was already sent
    Limits,       // fd / connection limits of the worker
    Config,       // [emerg] at start or reload
};
const char *upstreamPhaseName(UpstreamPhase phase); // "connect", "read_header", ...
UpstreamPhase phaseOfAction(std::string_view action);

// What a line means for the diagnosis.
enum class LineVerdict : quint8
{
    Failure,    // an upstream failure: has a cause, unless no cause code names it (an HTTP/2
                // upstream's RST_STREAM, a socket call of nginx's own): then shown, not a finding
    Hint,       // worth showing, not a failure (buffered to a temp file, server disabled)
    Confounder, // looks like one, is not the upstream's fault (499, Primary script unknown)
};

// One catalogue row matched on one line.
struct UpstreamErrorClass
{
    // Stable id of the catalogue row ("connect_refused", "read_header_timeout", ...).
    const char *rule = "";
    LineVerdict verdict = LineVerdict::Failure;
    std::optional<Cause> cause;          // none for hints and confounders
    std::optional<Cause> secondaryCause; // "[emerg] host not found in upstream": dns_failure + config_invalid
    // The alternative when the engine must decide from what actually listens (111 refused:
    // upstream_down or wrong_upstream_address).
    std::optional<Cause> alternativeCause;
    bool needsConfirmation = false;
    // What the client got: 502/504/500/499/404, 200 when the status line had already gone out
    // (body phase, "no valid HTTP/1.0 header"), 0 when no request was involved ([emerg]).
    int httpStatus = 0;
    UpstreamPhase phase = UpstreamPhase::Unknown;
    TextSpan match; // the literal text that matched, as offsets into the line
};

// Maps an nginx error-log line onto the catalogue in app/logs/nginx-upstream-errors.md.
// Matches nginx's literal texts only (never paraphrases); nullopt for lines the catalogue does
// not cover. Stateless and allocation-free.
class UpstreamErrorClassifier
{
public:
    static std::optional<UpstreamErrorClass> classify(const ErrorLogLine &line);

    // Cheap test on raw line bytes: false means classify() can only return nullopt, so callers
    // scanning big logs may skip the parse. (It is a superset: true does not mean a match.)
    static bool mayMatch(const char *line, qsizetype size);
    // Nearly every catalogue text contains this; big-log scanners search it across lines.
    static std::string_view commonNeedle() { return "upstream"; }
    // The rows without it, by the level nginx logs them at: "could not be resolved" and
    // "no resolver defined to resolve" [error], "worker_connections are not enough" [warn]
    // and [alert], "Too many open files" on accept4() [alert]/[crit], the resolver's own
    // lines (", resolver: ADDR") [error]/[crit]/[alert]. The test for lines without the
    // common needle; a level below warn never matches.
    static bool mayMatchRare(LogLevel level, const char *line, qsizetype size);
};

} // namespace gd
