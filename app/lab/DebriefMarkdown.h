#pragma once

#include "app/lab/Debrief.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The debrief as Markdown, for an instructor collecting them: the run's facts, the score
// line by line, the trainee's path beside the doctor's, the reference fix.
class DebriefMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(DebriefMarkdown)
public:
    static QString render(const Debrief &debrief);
};

} // namespace gd
