#pragma once

#include "app/model/Finding.h"

#include <QFrame>

namespace gd {

// A finding in plain words: the cause, what is wrong, the evidence and what to do,
// with a button to the step that fixes it.
class FindingCard : public QFrame
{
    Q_OBJECT
public:
    FindingCard(const Finding &finding, bool isRootCause, QWidget *parent = nullptr);

signals:
    void locationActivated(const gd::Evidence &evidence);
    void stepRequested(int step);
};

} // namespace gd
