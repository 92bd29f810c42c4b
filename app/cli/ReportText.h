#pragma once

#include "app/model/DiagnosisReport.h"

#include <QCoreApplication>

#include <QString>

namespace gd {

// The human form of a report for the terminal: the six steps with their verdicts,
// then the findings with evidence and remedy.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    static QString render(const DiagnosisReport &report, bool colour);
};

} // namespace gd
