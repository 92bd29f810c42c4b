#pragma once

#include "app/model/Finding.h"

#include <QFrame>

class QPushButton;

namespace gd {

// A finding in plain words: the cause, what is wrong, the evidence and what to do,
// the fix exactly as it will be carried out (FixActionsView), with "Apply this
// fix" when it has actions and a button to the step that fixes it.
class FindingCard : public QFrame
{
    Q_OBJECT
public:
    // `canApply`: the page offers Apply for this card (the root cause's).
    FindingCard(const Finding &finding, bool isRootCause, bool canApply = false, QWidget *parent = nullptr);

    // Null when the finding has nothing to carry out (or the page offers no Apply).
    QPushButton *applyButton() const { return m_apply; }
    // Where the page puts what Apply does (ApplyFlow), under the fix.
    void addBelow(QWidget *widget);

signals:
    void locationActivated(const gd::Evidence &evidence);
    void stepRequested(int step);

private:
    QPushButton *m_apply = nullptr;
};

} // namespace gd
