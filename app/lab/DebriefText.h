#pragma once

#include "app/lab/Debrief.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// Wording both debrief writers share.
class DebriefText
{
    Q_DECLARE_TR_FUNCTIONS(DebriefText)
public:
    static QString duration(qint64 seconds);  // "4 min 12 s"
    static QString outcome(const Debrief &d); // "Fixed in 4 min 12 s", "Not fixed", ...
    static QString named(const Debrief &d);   // "upstream_down (right, before the first change)"
    static QString clock(const Debrief &d, const QDateTime &at); // "+02:13" since the start
    // The fix actions as lines for people.
    static QStringList fixLines(const Debrief &d);
};

} // namespace gd
