#include "app/lab/DebriefHtml.h"

#include "app/lab/DebriefText.h"

#include <QJsonArray>

namespace gd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString DebriefHtml::render(const Debrief &d)
{
    QString h =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
            "<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 8px;vertical-align:top}"
            "pre{background:#f4f4f4;padding:6px;white-space:pre-wrap}.ok{color:#060}.bad{color:#a00}"
            "blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em}</style>"
            "</head><body>\n")
            .arg(esc(tr("Practice debrief: %1").arg(d.title)));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Practice debrief: %1").arg(d.title)));
    h += QStringLiteral("<table>\n");
    const auto row = [&](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(key), value);
    };
    row(tr("Scenario"), esc(tr("%1 (difficulty %2, par %3 min, seed %4, %5 mode)")
                                .arg(d.scenarioId)
                                .arg(d.difficulty)
                                .arg(d.parMinutes)
                                .arg(d.seed)
                                .arg(d.mode)));
    row(tr("Lab"), esc(tr("%1, started %2").arg(d.machine, d.startedAt.toLocalTime().toString(Qt::ISODate))));
    row(tr("Outcome"), QStringLiteral("<b>%1</b>").arg(esc(DebriefText::outcome(d))));
    row(tr("Score"), QStringLiteral("<b>%1</b>").arg(d.total));
    row(tr("Cause named"), esc(DebriefText::named(d)));
    row(tr("Hints used"), QString::number(d.hintsUsed));
    row(tr("Checks"), esc(tr("%1 (%2 failed)").arg(d.checks).arg(d.failedChecks)));
    row(tr("Downtime"), esc(tr("site broken for %1 while you worked; %2 nginx reload(s), %3 refused%4")
                                .arg(DebriefText::duration(d.brokenSeconds))
                                .arg(d.reloads)
                                .arg(d.rejectedReloads)
                                .arg(d.nginxRestarted ? tr("; nginx was restarted") : QString())));
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<h2>%1</h2>\n<blockquote>%2</blockquote>\n")
             .arg(esc(tr("The ticket")), esc(d.ticket).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Score")));
    for (const DebriefScoreLine &l : d.score)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>\n")
                 .arg(esc(l.what),
                      l.points > 0 ? QStringLiteral("+%1").arg(l.points) : QString::number(l.points));
    h += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>\n</table>\n")
             .arg(esc(tr("total")))
             .arg(d.total);

    h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Safe habits")));
    for (const DebriefHabit &habit : d.habits) {
        const bool met = habit.status == DebriefHabit::Status::Met;
        const bool na = habit.status == DebriefHabit::Status::NotApplicable;
        h += QStringLiteral("<li><span class=\"%1\">%2</span> %3%4</li>\n")
                 .arg(met  ? QStringLiteral("ok")
                      : na ? QString()
                           : QStringLiteral("bad"),
                      met  ? QStringLiteral("✓")
                      : na ? QStringLiteral("–")
                           : QStringLiteral("✗"),
                      esc(habit.title),
                      habit.detail.isEmpty() ? QString() : QStringLiteral(": ") + esc(habit.detail));
    }
    h += QStringLiteral("</ul>\n");

    // The two paths side by side: the trainee's timeline and the doctor's six steps.
    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr><tr><td>\n")
             .arg(esc(tr("Your path and the doctor's")), esc(tr("Your path")), esc(tr("The doctor's path")));
    for (const LabEvent &e : d.path) {
        h += QStringLiteral("<p><code>%1</code> %2</p>\n").arg(esc(DebriefText::clock(d, e.at)), esc(e.text));
        const QString diff = e.data.value(QStringLiteral("diff")).toString();
        if (!diff.isEmpty())
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(diff));
    }
    h += QStringLiteral("</td><td>\n");
    if (d.doctor.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The doctor did not run on this lab.")));
    } else {
        for (const QJsonValue &v : d.doctor.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            h += QStringLiteral("<p><b>%1. %2</b>: %3</p>\n")
                     .arg(s.value(QStringLiteral("step")).toInt())
                     .arg(esc(s.value(QStringLiteral("title")).toString()),
                          esc(s.value(QStringLiteral("status")).toString()));
            const QString evidence = s.value(QStringLiteral("evidence")).toString();
            if (!evidence.isEmpty())
                h += QStringLiteral("<pre>%1</pre>\n").arg(esc(evidence));
        }
        const QString cause = d.doctor.value(QStringLiteral("cause")).toString();
        h += QStringLiteral("<p>%1 <b>%2</b> %3</p>\n")
                 .arg(esc(tr("Verdict:")), esc(cause.isEmpty() ? tr("no gateway fault") : cause),
                      esc(d.doctor.value(QStringLiteral("summary")).toString()));
    }
    h += QStringLiteral("</td></tr></table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(tr("What happened")), esc(d.explanation));
    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("What an experienced admin would have done")));
    for (const ScenarioHint &hint : d.hints)
        h += QStringLiteral("<li>%1<br><i>%2</i> %3<br><i>%4</i> %5</li>\n")
                 .arg(esc(hint.question), esc(tr("Look:")), esc(hint.where), esc(tr("Answer:")),
                      esc(hint.answer));
    h += QStringLiteral("</ol>\n");
    const QStringList fix = DebriefText::fixLines(d);
    if (!fix.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n<pre>").arg(esc(tr("The reference fix:")));
        for (const QString &line : fix)
            h += esc(line) + QLatin1Char('\n');
        h += QStringLiteral("</pre>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace gd
