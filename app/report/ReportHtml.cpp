#include "app/report/ReportHtml.h"

namespace gd {

namespace {

QString statusBadge(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("<span style=\"color:#1e7d32\">✓</span>");
    case CheckStatus::Warn:
        return QStringLiteral("<span style=\"color:#b26a00\">⚠</span>");
    case CheckStatus::Fail:
        return QStringLiteral("<span style=\"color:#c62828\">✗</span>");
    case CheckStatus::Skipped:
        return QStringLiteral("<span style=\"color:#777\">–</span>");
    case CheckStatus::Error:
        return QStringLiteral("<span style=\"color:#c62828\">!</span>");
    }
    return {};
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString evidenceHtml(const Evidence &e)
{
    QString where = esc(e.source);
    if (!e.location().isEmpty())
        where += QStringLiteral(" — <code>%1</code>").arg(esc(e.location()));
    return QStringLiteral("<p class=\"where\">%1</p><pre>%2</pre>\n")
        .arg(where, ReportHtml::markedExcerpt(e));
}

} // namespace

QString ReportHtml::markedExcerpt(const Evidence &e)
{
    if (e.spanStart < 0 || e.spanLength <= 0 || e.spanStart >= e.excerpt.size())
        return esc(e.excerpt);
    return esc(e.excerpt.left(e.spanStart)) +
           QStringLiteral("<b style=\"background-color:#ffe08a; color:#000\">%1</b>")
               .arg(esc(e.excerpt.mid(e.spanStart, e.spanLength))) +
           esc(e.excerpt.mid(e.spanStart + e.spanLength));
}

namespace {

// The head, the title and the table of what was diagnosed.
QString headAndTarget(const TargetInfo &t)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                          "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
                          "pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}"
                          "p.where{color:#555;margin-bottom:0}"
                          "table{border-collapse:collapse}td{padding:2px 8px;vertical-align:top}</style>"
                          "</head><body>\n")
               .arg(esc(ReportHtml::tr("Gateway Doctor report: %1").arg(t.machine)));
    out +=
        QStringLiteral("<h1>%1</h1>\n").arg(esc(ReportHtml::tr("Gateway Doctor report: %1").arg(t.machine)));
    out += QStringLiteral("<table>");
    const auto row = [&](const QString &k, const QString &v) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(ReportHtml::tr("nginx"),
        esc(QStringLiteral("%1 (%2), %3")
                .arg(t.nginxVersion.isEmpty() ? ReportHtml::tr("unknown version") : t.nginxVersion,
                     t.nginxBinary,
                     t.nginxRunning ? ReportHtml::tr("running") : ReportHtml::tr("not running"))));
    row(ReportHtml::tr("Configuration"), QStringLiteral("<code>%1</code>").arg(esc(t.configFile)));
    if (!t.url.isEmpty())
        row(ReportHtml::tr("Failing URL"), esc(t.url));
    row(ReportHtml::tr("Diagnosed"),
        esc(ReportHtml::tr("%1 (%2 ms)").arg(t.startedAt.toString(Qt::ISODate)).arg(t.durationMs)));
    out += QStringLiteral("</table>\n");
    return out;
}

// Finding `n` (1-based): its cause, upstream, summary, evidence and remedy.
QString findingHtml(int n, const Finding &f)
{
    QString out = QStringLiteral("<h3>%1. %2 <small><code>%3</code></small></h3>\n")
                      .arg(n)
                      .arg(esc(causeTitle(f.cause)), causeCode(f.cause));
    if (f.rootCause)
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(ReportHtml::tr("Follows from %1.").arg(causeCode(*f.rootCause))));
    if (!f.upstream.isEmpty())
        out += QStringLiteral("<p>%1 <code>%2</code></p>")
                   .arg(esc(ReportHtml::tr("Upstream:")), esc(f.upstream));
    out += QStringLiteral("<p>%1</p>\n").arg(esc(f.summary));
    for (const Evidence &e : f.evidence)
        out += evidenceHtml(e);
    QString remedy = esc(f.remedy);
    if (f.remedyStep > 0)
        remedy += QLatin1Char(' ') + esc(ReportHtml::tr("(step %1)").arg(f.remedyStep));
    out += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(ReportHtml::tr("What to do:")), remedy);
    return out;
}

// One step: its verdict, then each check with its explanation and commands.
QString stepHtml(const StepResult &step)
{
    QString out = QStringLiteral("<h3>%1 %2. %3</h3>\n<ul>\n")
                      .arg(statusBadge(step.status))
                      .arg(step.step)
                      .arg(esc(step.title));
    for (const CheckResult &check : step.checks) {
        out += QStringLiteral("<li>%1 <b>%2</b>").arg(statusBadge(check.status), esc(check.title));
        if (!check.explanation.isEmpty())
            out += QStringLiteral("<br>%1").arg(
                esc(check.explanation).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        for (const CommandRecord &c : check.commands)
            out += QStringLiteral("<br><code>%1</code> <small>(%2)</small>")
                       .arg(esc(c.commandLine.left(300)),
                            esc(c.error.isEmpty()
                                    ? ReportHtml::tr("exit %1, %2 ms").arg(c.exitCode).arg(c.durationMs)
                                    : c.error));
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
    return out;
}

} // namespace

QString ReportHtml::render(const DiagnosisReport &report)
{
    QString out = headAndTarget(report.target);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Root cause")));
    if (report.findings.isEmpty())
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("No problem found: nginx and its upstreams look healthy.")));
    int n = 0;
    QString section;
    for (const Finding &f : report.findings) {
        if (const QString heading = findingSection(f); heading != section) {
            if (!heading.isEmpty())
                out += QStringLiteral("<h3>%1</h3>\n").arg(esc(heading));
            section = heading;
        }
        out += findingHtml(++n, f);
    }
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("The six steps")));
    for (const StepResult &step : report.steps)
        out += stepHtml(step);
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace gd
