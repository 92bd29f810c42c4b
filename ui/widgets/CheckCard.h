#pragma once

#include "app/model/CheckResult.h"

#include <QFrame>

namespace gd {

class StatusBadge;

// One check on a step page: ✓ / ⚠ / ✗ and its title, the explanation in plain
// words, the evidence (highlighted, linked to file:line) and the commands it ran.
// With the verdict hidden (practice on a lab, before the trainee names a cause) it
// shows the question, the evidence and the commands only.
class CheckCard : public QFrame
{
    Q_OBJECT
public:
    explicit CheckCard(const CheckResult &check, bool hideVerdict = false, QWidget *parent = nullptr);
    const CheckResult &check() const { return m_check; }

signals:
    void locationActivated(const gd::Evidence &evidence);

private:
    CheckResult m_check;
    StatusBadge *m_badge;
};

} // namespace gd
