#pragma once

#include "app/model/DiagnosisReport.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The report as Markdown, for a ticket or a chat: target, root cause, every
// finding with its evidence (the part that matters in bold is not possible inside
// code blocks, so it is named under the excerpt), then the six steps with their
// checks and the commands each ran.
class ReportMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(ReportMarkdown)
public:
    static QString render(const DiagnosisReport &report);
    // A fenced block that no backtick run inside `text` can close early.
    static QString fence(const QString &text, const QString &info = QString());
};

} // namespace gd
