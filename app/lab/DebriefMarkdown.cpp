#include "app/lab/DebriefMarkdown.h"

#include "app/lab/DebriefText.h"
#include "app/report/ReportMarkdown.h"

#include <QJsonArray>

namespace gd {

QString DebriefMarkdown::render(const Debrief &d)
{
    QString md;
    md += tr("# Practice debrief: %1\n\n").arg(d.title);
    md += tr("- Scenario: `%1` (difficulty %2, par %3 min, seed %4, %5 mode)\n")
              .arg(d.scenarioId)
              .arg(d.difficulty)
              .arg(d.parMinutes)
              .arg(d.seed)
              .arg(d.mode);
    md += tr("- Lab: %1, started %2\n").arg(d.machine, d.startedAt.toLocalTime().toString(Qt::ISODate));
    md += tr("- Outcome: **%1**; score **%2**\n").arg(DebriefText::outcome(d)).arg(d.total);
    md += tr("- Cause named: %1; expected `%2`\n").arg(DebriefText::named(d), d.expectedCause);
    md += tr("- Hints used: %1; checks: %2 (%3 failed)\n").arg(d.hintsUsed).arg(d.checks).arg(d.failedChecks);
    md += tr("- Site broken while you worked: %1; nginx reloads: %2 (%3 refused)%4\n")
              .arg(DebriefText::duration(d.brokenSeconds))
              .arg(d.reloads)
              .arg(d.rejectedReloads)
              .arg(d.nginxRestarted ? tr("; nginx was restarted") : QString());
    md += QStringLiteral("\n") + tr("## The ticket\n\n") + QStringLiteral("> ") +
          QString(d.ticket).replace(QLatin1Char('\n'), QStringLiteral("\n> ")) + QStringLiteral("\n\n");

    md += tr("## Score\n\n| | points |\n|---|---:|\n");
    for (const DebriefScoreLine &l : d.score)
        md += QStringLiteral("| %1 | %2 |\n")
                  .arg(l.what)
                  .arg(l.points > 0 ? QStringLiteral("+%1").arg(l.points) : QString::number(l.points));
    md += tr("| **total** | **%1** |\n\n").arg(d.total);

    md += tr("## Safe habits\n\n");
    for (const DebriefHabit &h : d.habits)
        md += QStringLiteral("- %1 %2%3\n")
                  .arg(h.status == DebriefHabit::Status::Met      ? QStringLiteral("✓")
                       : h.status == DebriefHabit::Status::Missed ? QStringLiteral("✗")
                                                                  : QStringLiteral("–"),
                       h.title, h.detail.isEmpty() ? QString() : QStringLiteral(": ") + h.detail);

    md += tr("\n## Your path\n\n");
    for (const LabEvent &e : d.path) {
        md += QStringLiteral("- `%1` %2\n").arg(DebriefText::clock(d, e.at), e.text);
        const QString diff = e.data.value(QStringLiteral("diff")).toString();
        if (!diff.isEmpty())
            md += ReportMarkdown::fence(diff, QStringLiteral("diff"))
                      .replace(QLatin1Char('\n'), QStringLiteral("\n  "))
                      .prepend(QStringLiteral("  ")) +
                  QLatin1Char('\n');
    }

    md += tr("\n## The doctor's path\n\n");
    if (d.doctor.isEmpty()) {
        md += tr("The doctor did not run on this lab.\n");
    } else {
        for (const QJsonValue &v : d.doctor.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            md += tr("%1. **%2**: %3")
                      .arg(s.value(QStringLiteral("step")).toInt())
                      .arg(s.value(QStringLiteral("title")).toString(),
                           s.value(QStringLiteral("status")).toString());
            const QString evidence = s.value(QStringLiteral("evidence")).toString();
            if (!evidence.isEmpty())
                md += QStringLiteral(" — `%1`").arg(evidence.left(200)
                                                        .replace(QLatin1Char('`'), QLatin1Char('\''))
                                                        .replace(QLatin1Char('\n'), QLatin1Char(' ')));
            md += QLatin1Char('\n');
        }
        const QString cause = d.doctor.value(QStringLiteral("cause")).toString();
        md += tr("\nThe doctor's verdict: `%1`").arg(cause.isEmpty() ? tr("no gateway fault") : cause);
        if (d.doctor.contains(QStringLiteral("summary")))
            md += QStringLiteral(": ") + d.doctor.value(QStringLiteral("summary")).toString();
        md += QStringLiteral("\n");
        if (d.doctor.contains(QStringLiteral("evidence")))
            md += QStringLiteral("\n") +
                  ReportMarkdown::fence(d.doctor.value(QStringLiteral("evidence")).toString()) +
                  QStringLiteral("\n");
    }

    md += tr("\n## What happened\n\n%1\n").arg(d.explanation);
    md += tr("\n## What an experienced admin would have done\n\n");
    for (int i = 0; i < d.hints.size(); ++i) {
        md += tr("%1. %2\n   - Look: %3\n   - Answer: %4\n")
                  .arg(i + 1)
                  .arg(d.hints.at(i).question, d.hints.at(i).where, d.hints.at(i).answer);
    }
    const QStringList fix = DebriefText::fixLines(d);
    if (!fix.isEmpty()) {
        md += tr("\nThe reference fix:\n\n");
        for (const QString &line : fix)
            md += QStringLiteral("- `%1`\n")
                      .arg(QString(line).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
    }
    return md;
}

} // namespace gd
