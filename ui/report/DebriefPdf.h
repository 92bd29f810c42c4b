#pragma once

#include "app/lab/Debrief.h"

#include <QString>

namespace gd {

// The practice debrief on A4 pages, the way ReportPdf prints the report: its HTML
// (DebriefHtml) through ReportPdf::writeHtml.
class DebriefPdf
{
public:
    // Returns an empty string or why the file could not be written.
    static QString write(const Debrief &debrief, const QString &path);
};

} // namespace gd
