#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gd {

struct ChangeRecord;

// The "What was changed" section of the exported reports (diffs, backups, how each
// change ended), in the formats of ReportMarkdown and ReportHtml, and put into
// their output before the six steps. The wizard adds it because the app's
// renderers only know the diagnosis.
class ReportChanges
{
    Q_DECLARE_TR_FUNCTIONS(ReportChanges)
public:
    static QString markdown(const QList<ChangeRecord> &records);
    static QString html(const QList<ChangeRecord> &records);
    // `report` with `section` inserted before the six steps (or at the end).
    static QString insertMarkdown(const QString &report, const QString &section);
    static QString insertHtml(const QString &report, const QString &section);
};

} // namespace gd
