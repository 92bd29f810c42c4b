#include "ui/report/ReportChanges.h"

#include "app/report/ReportHtml.h"
#include "app/report/ReportMarkdown.h"
#include "ui/session/FixJournal.h"

namespace gd {

namespace {
QString line(const ChangeRecord &r)
{
    QString s = r.action;
    if (!r.where.isEmpty())
        s += QStringLiteral(" — ") + r.where;
    return s + QStringLiteral(": ") + r.status;
}
} // namespace

QString ReportChanges::markdown(const QList<ChangeRecord> &records)
{
    QString out = tr("## What was changed") + QStringLiteral("\n\n");
    if (records.isEmpty())
        return out + tr("Nothing was changed on the server.") + QStringLiteral("\n\n");
    for (const ChangeRecord &r : records) {
        out += QStringLiteral("- **%1** (%2)\n").arg(line(r), r.when.toString(Qt::ISODate));
        if (!r.message.isEmpty())
            out += QStringLiteral("  - %1\n").arg(r.message);
        for (const QString &f : r.files)
            out += QStringLiteral("  - ") + tr("File: `%1`").arg(f) + QLatin1Char('\n');
        if (!r.probeAfter.isEmpty())
            out += QStringLiteral("  - ") +
                   tr("The URL answered %1 before and %2 after.").arg(r.probeBefore, r.probeAfter) +
                   QLatin1Char('\n');
        for (const QString &b : r.backups)
            out += QStringLiteral("  - ") + tr("Backup: `%1`").arg(b) + QLatin1Char('\n');
        if (!r.diff.isEmpty())
            out +=
                QLatin1Char('\n') + ReportMarkdown::fence(r.diff, QStringLiteral("diff")) + QLatin1Char('\n');
    }
    return out + QLatin1Char('\n');
}

QString ReportChanges::html(const QList<ChangeRecord> &records)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What was changed")));
    if (records.isEmpty())
        return out + QStringLiteral("<p>%1</p>\n").arg(esc(tr("Nothing was changed on the server.")));
    for (const ChangeRecord &r : records) {
        out += QStringLiteral("<p><b>%1</b> <small>(%2)</small>")
                   .arg(esc(line(r)), esc(r.when.toString(Qt::ISODate)));
        if (!r.message.isEmpty())
            out += QStringLiteral("<br>") + esc(r.message);
        for (const QString &f : r.files)
            out += QStringLiteral("<br>") + tr("File: <code>%1</code>").arg(esc(f));
        if (!r.probeAfter.isEmpty())
            out += QStringLiteral("<br>") +
                   esc(tr("The URL answered %1 before and %2 after.").arg(r.probeBefore, r.probeAfter));
        for (const QString &b : r.backups)
            out += QStringLiteral("<br>") + tr("Backup: <code>%1</code>").arg(esc(b));
        out += QStringLiteral("</p>\n");
        if (!r.diff.isEmpty())
            out += QStringLiteral("<pre>%1</pre>\n").arg(esc(r.diff));
    }
    return out;
}

QString ReportChanges::insertMarkdown(const QString &report, const QString &section)
{
    QString out = report;
    const int at = int(out.indexOf(ReportMarkdown::tr("## The six steps")));
    if (at >= 0)
        out.insert(at, section);
    else
        out += QLatin1Char('\n') + section;
    return out;
}

QString ReportChanges::insertHtml(const QString &report, const QString &section)
{
    QString out = report;
    int at =
        int(out.indexOf(QStringLiteral("<h2>%1</h2>").arg(ReportHtml::tr("The six steps").toHtmlEscaped())));
    if (at < 0)
        at = int(out.lastIndexOf(QLatin1String("</body>")));
    if (at >= 0)
        out.insert(at, section);
    else
        out += section;
    return out;
}

} // namespace gd
