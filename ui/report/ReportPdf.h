#pragma once

#include "app/model/DiagnosisReport.h"

#include <QString>

namespace gd {

// The HTML report laid out on A4 pages by Qt's own printing path (QTextDocument on
// a QPdfWriter): no browser, no external tool.
class ReportPdf
{
public:
    // Returns an empty string or why the file could not be written.
    // `changesHtml`: the wizard's "What was changed" section (ReportChanges), if any.
    static QString write(const DiagnosisReport &report, const QString &path,
                         const QString &changesHtml = QString());
    // Any of the app's HTML documents (the report, the practice debrief) the same way.
    static QString writeHtml(const QString &html, const QString &title, const QString &path);
};

} // namespace gd
