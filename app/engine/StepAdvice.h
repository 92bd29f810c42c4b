#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QCoreApplication>

namespace gd {

// "What to do next" on one step, from what that step found: the remedies of the
// findings it holds or whose fix is done on it (each with its first exact action),
// then the next actions of its own checks that did not pass; with neither, the
// step's all-clear advice. Never a generic "read the checks".
class StepAdvice
{
    Q_DECLARE_TR_FUNCTIONS(gd::StepAdvice)
public:
    // One piece of advice: the cause it is about (empty for a check's own next action)
    // and what to do.
    struct Item
    {
        QString cause;
        QString text;
    };
    // `findings`: the whole diagnosis's, ranked; `skip`: a finding shown elsewhere on
    // the page (the root cause's card).
    static QList<Item> items(const StepResult &step, const QList<Finding> &findings,
                             const Finding *skip = nullptr);
    // items() as plain text, one paragraph each.
    static QString next(const StepResult &step, const QList<Finding> &findings);
    // The findings whose advice goes on step `step`, in rank order: those it holds,
    // those fixed on it, and on step 2 (the log) those the log's lines show.
    static QList<const Finding *> findingsOf(int step, const QList<Finding> &findings);
    // A finding's remedy with its first exact action: "...; first: edit file:line".
    static QString remedyWithAction(const Finding &f);
};

} // namespace gd
