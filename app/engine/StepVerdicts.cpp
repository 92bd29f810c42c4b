#include "app/engine/StepVerdicts.h"
#include "remote/ByteText.h"

namespace gd {

QString StepVerdicts::findingCheckId(int step)
{
    static const char *const prefixes[] = {"upstream", "log", "connect", "config", "timeouts", "health"};
    if (step < 1 || step > 6)
        return QString();
    return latin1Text(prefixes[step - 1]) + QStringLiteral(".finding");
}

// Where to see it for yourself, on each step.
QString StepVerdicts::howToSee(int step)
{
    switch (step) {
    case 1:
        return tr("ss -tlnp (ss -xlp for a unix socket) shows what listens, and which process.");
    case 3:
        return tr(
            "curl -v to the upstream's address from this host shows whether a connection gets through.");
    case 4:
        return tr("nginx -T shows the configuration nginx would load, each file with its lines.");
    case 5:
        return tr("nginx -T shows where each timeout and buffer is set; step 5's table shows the values in "
                  "effect.");
    case 6:
        return tr("The application's own log, or journalctl -u with its service, at the times of the errors "
                  "says why; after a fix, follow nginx's error log with tail -f until the errors stop.");
    default:
        return QString();
    }
}

void StepVerdicts::coverFindings(DiagnosisReport &report)
{
    for (const Finding &f : report.findings) {
        if (f.rootCause)
            continue; // a knock-on: its root's step says it
        if (f.fixInApp && (f.step == 4 || f.step == 5))
            continue; // the application is at fault, not nginx's configuration
        StepResult *step = nullptr;
        for (StepResult &s : report.steps) {
            if (s.step == f.step)
                step = &s;
        }
        if (!step)
            continue;
        // Another site's problem and errors that stopped are worth a look, never a ✗ on
        // the URL's own question (FindingScoper).
        const CheckStatus implied =
            (f.severity == Severity::Critical || f.severity == Severity::Error) && f.counts()
                ? CheckStatus::Fail
                : CheckStatus::Warn;
        if (worse(step->status, implied) == step->status && step->status != CheckStatus::Skipped)
            continue; // its own checks already say as much
        CheckResult check;
        check.id = findingCheckId(f.step);
        check.title = causeTitle(f.cause);
        check.status = implied;
        check.explanation = f.summary;
        check.evidence = f.evidence.mid(0, 3);
        check.next = howToSee(f.step); // the remedy itself is the finding's, shown with it
        step->checks << check;
        step->status = worse(step->status, implied);
    }
}

} // namespace gd
