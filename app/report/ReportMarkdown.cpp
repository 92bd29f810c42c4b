#include "app/report/ReportMarkdown.h"

#include <QRegularExpression>

namespace gd {

namespace {

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return ReportMarkdown::tr("✓ pass");
    case CheckStatus::Warn:
        return ReportMarkdown::tr("⚠ warning");
    case CheckStatus::Fail:
        return ReportMarkdown::tr("✗ fail");
    case CheckStatus::Skipped:
        return ReportMarkdown::tr("– skipped");
    case CheckStatus::Error:
        return ReportMarkdown::tr("! could not check");
    }
    return {};
}

// Markdown treats these as markup in running text.
QString escaped(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>|#])"));
    QString out = text;
    out.replace(special, QStringLiteral("\\\\1"));
    return out;
}

QString evidenceBlock(const Evidence &e)
{
    QString out;
    QString where = e.source;
    if (!e.location().isEmpty())
        where += QStringLiteral(" — `%1`").arg(e.location());
    out += QStringLiteral("- %1\n").arg(where);
    QString block = ReportMarkdown::fence(e.excerpt);
    block.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    out += QStringLiteral("  ") + block + QLatin1Char('\n');
    if (e.spanStart >= 0 && e.spanLength > 0)
        out += QStringLiteral("  ") +
               ReportMarkdown::tr("What matters: `%1`").arg(e.excerpt.mid(e.spanStart, e.spanLength)) +
               QLatin1Char('\n');
    return out;
}

} // namespace

QString ReportMarkdown::fence(const QString &text, const QString &info)
{
    // The fence must be longer than the longest backtick run in the text.
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString ticks(qMax(3, longest + 1), QLatin1Char('`'));
    return ticks + info + QLatin1Char('\n') + text +
           (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + ticks;
}

QString ReportMarkdown::render(const DiagnosisReport &report)
{
    const TargetInfo &t = report.target;
    QString out;
    out += tr("# Gateway Doctor report: %1").arg(escaped(t.machine)) + QStringLiteral("\n\n");
    out += tr("- nginx: %1 (`%2`), %3")
               .arg(t.nginxVersion.isEmpty() ? tr("unknown version") : t.nginxVersion, t.nginxBinary,
                    t.nginxRunning ? tr("running") : tr("not running")) +
           QLatin1Char('\n');
    out += tr("- Configuration: `%1`").arg(t.configFile) + QLatin1Char('\n');
    if (!t.url.isEmpty())
        out += tr("- Failing URL: <%1>").arg(t.url) + QLatin1Char('\n');
    out += tr("- Diagnosed: %1 (%2 ms)").arg(t.startedAt.toString(Qt::ISODate)).arg(t.durationMs) +
           QStringLiteral("\n\n");

    out += tr("## Root cause") + QStringLiteral("\n\n");
    if (report.findings.isEmpty()) {
        out += tr("No problem found: nginx and its upstreams look healthy.") + QStringLiteral("\n\n");
    } else {
        int n = 0;
        QString section;
        for (const Finding &f : report.findings) {
            if (const QString heading = findingSection(f); heading != section) {
                if (!heading.isEmpty())
                    out += QStringLiteral("**%1**\n\n").arg(escaped(heading));
                section = heading;
            }
            out += QStringLiteral("### %1. %2 (`%3`)\n\n")
                       .arg(++n)
                       .arg(escaped(causeTitle(f.cause)), causeCode(f.cause));
            if (f.rootCause)
                out += tr("Follows from `%1`.").arg(causeCode(*f.rootCause)) + QStringLiteral("\n\n");
            if (!f.upstream.isEmpty())
                out += tr("Upstream: `%1`").arg(f.upstream) + QStringLiteral("\n\n");
            out += escaped(f.summary) + QStringLiteral("\n\n");
            for (const Evidence &e : f.evidence)
                out += evidenceBlock(e);
            out += QLatin1Char('\n') + tr("**What to do:** %1").arg(escaped(f.remedy));
            if (f.remedyStep > 0)
                out += QLatin1Char(' ') + tr("(step %1)").arg(f.remedyStep);
            out += QStringLiteral("\n\n");
        }
    }

    out += tr("## The six steps") + QStringLiteral("\n\n");
    for (const StepResult &step : report.steps) {
        out += QStringLiteral("### %1. %2 — %3\n\n")
                   .arg(step.step)
                   .arg(escaped(step.title), statusWord(step.status));
        for (const CheckResult &check : step.checks) {
            out += QStringLiteral("- **%1** — %2\n").arg(escaped(check.title), statusWord(check.status));
            if (!check.explanation.isEmpty())
                out += QStringLiteral("  ") +
                       escaped(check.explanation).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) +
                       QLatin1Char('\n');
            for (const CommandRecord &c : check.commands)
                out += QStringLiteral("  - `%1` → %2\n")
                           .arg(c.commandLine.left(300))
                           .arg(c.error.isEmpty() ? tr("exit %1, %2 ms").arg(c.exitCode).arg(c.durationMs)
                                                  : c.error);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace gd
