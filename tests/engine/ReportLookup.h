#pragma once

// Looking things up in a diagnosis report, and saying what it holds when an
// assertion fails, for the lab tests (tests/engine, tests/fixes).
#include "app/model/DiagnosisReport.h"

#include <QStringList>

namespace gd::test {

// The check with this id, in whichever step it is; nullptr when no step ran it.
inline const CheckResult *checkOf(const DiagnosisReport &report, const QString &id)
{
    for (const StepResult &step : report.steps) {
        for (const CheckResult &check : step.checks) {
            if (check.id == id)
                return &check;
        }
    }
    return nullptr;
}

// Every finding (cause, scope, timing, upstream, summary, remedy, the files its actions
// edit) and every check that did not pass: the context of a failed assertion. Parallel
// tests' servers show up as findings too, so the whole report is what explains a failure.
inline QString describe(const DiagnosisReport &report)
{
    QStringList lines;
    for (const Finding &f : report.findings) {
        QStringList files;
        for (const FixAction &a : f.actions) {
            if (!a.file.isEmpty() && !files.contains(a.file))
                files << a.file;
        }
        lines << QStringLiteral("%1 [%2, %3] %4 (%5): %6")
                     .arg(causeCode(f.cause), findingScopeCode(f.scope), findingTimingCode(f.timing),
                          f.upstream)
                     .arg(f.confidence)
                     .arg(f.summary);
        if (!f.remedy.isEmpty())
            lines << QStringLiteral("    remedy: ") + f.remedy;
        if (!files.isEmpty())
            lines << QStringLiteral("    edits: ") + files.join(QLatin1Char(' '));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("(no findings)");
    for (const StepResult &s : report.steps) {
        for (const CheckResult &c : s.checks) {
            if (c.status != CheckStatus::Pass)
                lines << QStringLiteral("  step %1 %2 [%3]: %4")
                             .arg(s.step)
                             .arg(c.id, checkStatusCode(c.status), c.explanation.left(600));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace gd::test
