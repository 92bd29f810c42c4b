#include "app/engine/StepAdvice.h"

#include "app/model/Step.h"

#include <algorithm>

#include <QCoreApplication>

namespace gd {

QList<const Finding *> StepAdvice::findingsOf(int step, const QList<Finding> &findings)
{
    QList<const Finding *> out;
    for (const Finding &f : findings) {
        const bool fromLog =
            step == 2 && std::any_of(f.evidence.begin(), f.evidence.end(), [](const Evidence &e) {
                return e.source == QLatin1String("error_log");
            });
        if (f.step == step || f.remedyStep == step || fromLog)
            out << &f;
    }
    return out;
}

QString StepAdvice::remedyWithAction(const Finding &f)
{
    QString text = f.remedy;
    if (f.actions.isEmpty())
        return text;
    const FixAction &a = f.actions.first();
    const QString first = a.kind == FixAction::Kind::Edit ? tr("edit %1:%2").arg(a.file).arg(a.line)
                                                          : tr("run %1").arg(a.argv.join(QLatin1Char(' ')));
    // The remedy may already name it.
    if (a.kind == FixAction::Kind::Edit && text.contains(QStringLiteral("%1:%2").arg(a.file).arg(a.line)))
        return text;
    return tr("%1 First: %2.").arg(text, first);
}

QList<StepAdvice::Item> StepAdvice::items(const StepResult &step, const QList<Finding> &findings,
                                          const Finding *skip)
{
    QList<Item> items;
    for (const Finding *f : findingsOf(step.step, findings)) {
        if (f == skip)
            continue;
        // Another site's problem or errors that stopped: said so, in the words of its section.
        const QString section = findingSection(*f);
        items << Item{section.isEmpty() ? causeTitle(f->cause)
                                        : QStringLiteral("%1 — %2").arg(causeTitle(f->cause), section),
                      remedyWithAction(*f)};
    }
    // Then the checks that did not pass, worst first, each with its own next action
    // (what to run or look at here, which a cause's remedy may leave out).
    QStringList seen;
    for (CheckStatus level : {CheckStatus::Error, CheckStatus::Fail, CheckStatus::Warn}) {
        for (const CheckResult &c : step.checks) {
            if (c.status == level && !c.next.isEmpty() && !seen.contains(c.next)) {
                seen << c.next;
                items << Item{QString(), c.next};
            }
        }
    }
    if (items.isEmpty() && !skip)
        items << Item{QString(), stepNext(step.step)};
    return items;
}

QString StepAdvice::next(const StepResult &step, const QList<Finding> &findings)
{
    QStringList out;
    for (const Item &i : items(step, findings))
        out << (i.cause.isEmpty() ? i.text : QStringLiteral("%1: %2").arg(i.cause, i.text));
    return out.join(QStringLiteral("\n\n"));
}

} // namespace gd
