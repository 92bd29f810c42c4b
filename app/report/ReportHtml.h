#pragma once

#include "app/model/DiagnosisReport.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The report as one self-contained HTML page (inline CSS, no scripts), with the
// part of each excerpt that matters marked. Also the source of the PDF export,
// so it sticks to the HTML subset QTextDocument renders.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString render(const DiagnosisReport &report);
    // The excerpt escaped, with the evidence span in <mark>.
    static QString markedExcerpt(const Evidence &evidence);
};

} // namespace gd
