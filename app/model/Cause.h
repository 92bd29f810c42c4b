#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// The stable vocabulary of root causes (app/logs/nginx-upstream-errors.md).
// Its codes appear in findings, reports and the JSON output: never rename one.
// Everything else we know about a cause is one row of the table in Cause.cpp.
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

// One row of the cause table. The texts are untranslated sources; the functions
// below translate them.
struct CauseInfo
{
    Cause cause;
    const char *code;        // "upstream_down"
    const char *title;       // a short title for people
    int step;                // the step of the guide that finds it (1..6)
    int httpStatus;          // what clients get: 502, 504, or 0 (varies / no HTTP answer)
    const char *explanation; // what it means, in plain words
    const char *remedy;      // what to do in general; %1 = the upstream (findings say it exactly)
    int remedyStep;          // the wizard step whose action fixes it (0: none of ours)
    quint32 followsFrom;     // knock-on: the causes this one follows from (bits of causeBit())
};

// Every cause, in the enum's order.
const QList<CauseInfo> &causeTable();
const CauseInfo &causeInfo(Cause cause);
constexpr quint32 causeBit(Cause cause)
{
    return quint32(1) << int(cause);
}

// "upstream_down" etc.
QString causeCode(Cause cause);
std::optional<Cause> causeFromCode(const QString &code);
// A short title for people: "The upstream is down".
QString causeTitle(Cause cause);
QString causeExplanation(Cause cause);
// The general remedy, with the upstream's name filled in.
QString causeRemedy(Cause cause, const QString &upstream);
int causeStep(Cause cause);
int causeRemedyStep(Cause cause);
// Whether `knockOn` is a consequence of `root` (no_live_upstreams <- upstream_down).
bool causeFollowsFrom(Cause knockOn, Cause root);
bool isKnockOn(Cause cause);

} // namespace gd
