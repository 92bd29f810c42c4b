#pragma once

#include "app/model/Cause.h"
#include "app/model/Evidence.h"
#include "app/model/FixAction.h"

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
};

} // namespace gd
