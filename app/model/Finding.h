#pragma once

#include "app/model/Cause.h"
#include "app/model/Evidence.h"
#include "app/model/FixAction.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gd {

enum class Severity
{
    Info,
    Warning,
    Error,
    Critical
};
QString severityCode(Severity severity); // "info", "warning", "error", "critical"

// Whom a finding is about. Without --url, everything on this nginx ("server"); with it,
// the server block, location and upstream that serve the URL ("url"), or another site on
// the same nginx ("elsewhere"): reported in its own section, never as the URL's root cause,
// and it does not change the exit status.
enum class FindingScope
{
    Server,
    Url,
    Elsewhere
};
QString findingScopeCode(FindingScope scope); // "server", "url", "elsewhere"

// When it bites. "now": why requests fail now. "next_reload": a config file nginx -t refuses
// that the running nginx has not loaded (the next reload or restart fails). "past": errors
// that stopped (the URL answers well now and they are older than the live window, or what
// failed works again): history, shown, not counted.
enum class FindingTiming
{
    Now,
    NextReload,
    Past
};
QString findingTimingCode(FindingTiming timing); // "now", "next_reload", "past"
struct Finding;
// The heading of the report section a finding is listed in (terminal, wizard, reports);
// empty for the live causes of the URL or server, which need none.
QString findingSection(const Finding &finding);

// A cause that the evidence points to, worded for a junior admin.
struct Finding
{
    Cause cause = Cause::UpstreamDown;
    Severity severity = Severity::Error;
    int step = 0;             // 1..6: the step of the guide it belongs to
    QString upstream;         // "127.0.0.1:8080", "unix:/run/php/php8.2-fpm.sock", or empty
    QString summary;          // what is wrong, in plain words
    QList<Evidence> evidence; // never empty
    QString remedy;           // what to do
    int remedyStep = 0;       // the step whose action fixes it (0: none)
    // For findings a step-5 edit fixes: the block to edit (directive index in the
    // diagnosed config, -1: none) and the values to set there, e.g.
    // {"proxy_read_timeout", "120s"}. The fix prefills these.
    int blockIndex = -1;
    QList<QPair<QString, QString>> suggestedSettings;
    double confidence = 0.5;        // 0..1
    std::optional<Cause> rootCause; // set on knock-on findings: the finding they follow from
    // The remedy as exact steps (edits of real files, commands), in order. Empty when
    // the fix lives in the application itself (fixInApp) or needs a person's choice.
    QList<FixAction> actions;
    bool fixInApp = false; // the cause is inside the app (a crash, a bug): nothing here to change

    FindingScope scope = FindingScope::Server;
    FindingTiming timing = FindingTiming::Now;
    QStringList sites;  // the `server:` names of its error-log lines (empty: not from the log)
    QDateTime lastSeen; // its newest error-log line, the server's wall clock (invalid: not from the log)

    // Counts for "a problem was found" (the exit status): about this URL (or this
    // server) and live or latent, not history and not another site's.
    bool counts() const { return scope != FindingScope::Elsewhere && timing != FindingTiming::Past; }
};

} // namespace gd
