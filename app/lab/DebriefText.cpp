#include "app/lab/DebriefText.h"

#include "app/lab/LabFixAction.h"

namespace gd {

QString DebriefText::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString DebriefText::outcome(const Debrief &d)
{
    if (d.solvedByLab)
        return tr("Completed with the reference fix (practice solve)");
    if (d.fixed && d.fixedAt)
        return tr("Fixed in %1").arg(duration(d.startedAt.secsTo(*d.fixedAt)));
    if (d.fixed)
        return tr("Fixed");
    return tr("Not fixed");
}

QString DebriefText::named(const Debrief &d)
{
    if (d.namedCause.isEmpty())
        return tr("no cause named");
    if (!d.namedCorrectly)
        return tr("%1 (wrong: it was %2)").arg(d.namedCause, d.expectedCause);
    return d.namedBeforeFirstChange ? tr("%1 (right, before the first change)").arg(d.namedCause)
                                    : tr("%1 (right, after changing things)").arg(d.namedCause);
}

QString DebriefText::clock(const Debrief &d, const QDateTime &at)
{
    const qint64 s = std::max<qint64>(0, d.startedAt.secsTo(at));
    return QStringLiteral("+%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QStringList DebriefText::fixLines(const Debrief &d)
{
    QStringList lines;
    for (const QJsonValue &v : d.referenceFix) {
        const Result<LabFixAction, LabError> a = LabFixAction::fromJson(v.toObject());
        if (a)
            lines << a->describe();
    }
    return lines;
}

} // namespace gd
