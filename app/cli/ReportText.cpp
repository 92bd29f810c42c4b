#include "app/cli/ReportText.h"

#include <QCoreApplication>

namespace gd {

namespace {
QString mark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("✓");
    case CheckStatus::Warn:
        return QStringLiteral("⚠");
    case CheckStatus::Fail:
        return QStringLiteral("✗");
    case CheckStatus::Skipped:
        return QStringLiteral("–");
    case CheckStatus::Error:
        return QStringLiteral("!");
    }
    return {};
}

QString paint(const QString &text, const char *code, bool colour)
{
    return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
}

const char *statusColour(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "32";
    case CheckStatus::Warn:
        return "33";
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return "31";
    case CheckStatus::Skipped:
        return "2";
    }
    return "0";
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(pad);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString ReportText::render(const DiagnosisReport &report, bool colour)
{
    QString out;
    const TargetInfo &t = report.target;
    out += paint(tr("Gateway Doctor — %1").arg(t.machine), "1", colour) + QLatin1Char('\n');
    out += tr("nginx %1 (%2), config %3, %4")
               .arg(t.nginxVersion.isEmpty() ? tr("unknown version") : t.nginxVersion, t.nginxBinary,
                    t.configFile, t.nginxRunning ? tr("running") : tr("not running")) +
           QLatin1Char('\n');
    if (!t.url.isEmpty())
        out += tr("Failing URL: %1").arg(t.url) + QLatin1Char('\n');
    out += QLatin1Char('\n');

    for (const StepResult &step : report.steps) {
        out += paint(QStringLiteral("%1 %2. %3").arg(mark(step.status)).arg(step.step).arg(step.title),
                     statusColour(step.status), colour) +
               QLatin1Char('\n');
        for (const CheckResult &check : step.checks) {
            out += QStringLiteral("    %1 %2")
                       .arg(paint(mark(check.status), statusColour(check.status), colour), check.title) +
                   QLatin1Char('\n');
            if (check.status != CheckStatus::Pass && !check.explanation.isEmpty())
                out += indent(check.explanation, 6) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');
    if (report.findings.isEmpty()) {
        out += paint(tr("No problem found: nginx and its upstreams look healthy."), "32", colour) +
               QLatin1Char('\n');
        return out;
    }
    out += paint(tr("Findings (most likely cause first)"), "1", colour) + QLatin1Char('\n');
    int n = 0;
    for (const Finding &f : report.findings) {
        out += QLatin1Char('\n') +
               paint(QStringLiteral("%1. [%2] %3").arg(++n).arg(causeCode(f.cause), causeTitle(f.cause)),
                     f.rootCause ? "33" : "31;1", colour) +
               QLatin1Char('\n');
        if (f.rootCause)
            out += tr("   (follows from %1)").arg(causeCode(*f.rootCause)) + QLatin1Char('\n');
        if (!f.upstream.isEmpty())
            out += tr("   Upstream: %1").arg(f.upstream) + QLatin1Char('\n');
        out += indent(f.summary, 3) + QLatin1Char('\n');
        for (const Evidence &e : f.evidence) {
            const QString where =
                e.location().isEmpty() ? e.source : e.source + QStringLiteral(" ") + e.location();
            out += paint(QStringLiteral("   ▸ %1").arg(where), "2", colour) + QLatin1Char('\n');
            out += indent(e.excerpt.left(400), 5) + QLatin1Char('\n');
        }
        out += paint(tr("   What to do: "), "1", colour) + f.remedy;
        if (f.remedyStep > 0)
            out += tr(" (step %1)").arg(f.remedyStep);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace gd
