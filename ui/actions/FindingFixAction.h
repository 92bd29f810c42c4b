#pragma once

#include "app/model/Finding.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace gd {

class ApplyFlow;
class FindingCard;
class WizardSession;

// What "Apply this fix" on a finding's card does, under the card: the finding's
// actions through ActionPlan with the request `gateway-doctor fix apply` builds
// (runtime and PHP-FPM pools from the session's FixContext, the failing URL, the
// guard over SSH, the upstream's own host for its commands), shown by ApplyFlow;
// then "Diagnose again", since the findings on screen are from before the fix.
class FindingFixAction : public QWidget
{
    Q_OBJECT
public:
    // Adds itself below `card`, which must have an Apply button.
    FindingFixAction(WizardSession *session, const Finding &finding, FindingCard *card);

    ApplyFlow *flow() const { return m_flow; }
    void apply();

private:
    void showProblem(const QString &text);

    WizardSession *m_session;
    Finding m_finding;
    QPushButton *m_apply;
    ApplyFlow *m_flow;
    QLabel *m_problem;
    QPushButton *m_again;
};

} // namespace gd
