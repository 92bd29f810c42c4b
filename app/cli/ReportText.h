#pragma once

#include "app/model/DiagnosisReport.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The human form of a report for the terminal, short enough to read at once: a
// three-line summary (what is wrong, why, the fix), one line per step with the
// checks that did not pass, then each finding with one representative piece of
// evidence, its fix as old -> new lines and exact commands, and a glossary line
// for the jargon used. Cause codes stay in the JSON.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(gd::ReportText)
public:
    static QString render(const DiagnosisReport &report, bool colour);
    // A command as a person would type it: words quoted only where the shell needs it.
    static QString commandLine(const FixAction &action);
};

} // namespace gd
