#pragma once

#include "app/lab/Debrief.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The debrief as one self-contained HTML page (inline CSS, no scripts), in the subset
// QTextDocument renders, so the wizard can print it to PDF as it does the report.
class DebriefHtml
{
    Q_DECLARE_TR_FUNCTIONS(DebriefHtml)
public:
    static QString render(const Debrief &debrief);
};

} // namespace gd
