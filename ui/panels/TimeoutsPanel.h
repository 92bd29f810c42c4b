#pragma once

#include "StepPanel.h"

class QLabel;

namespace gd {

class ActionsArea;
class CompactTable;
class PhpFpmAdvice;

// Step 5: for each place nginx hands requests to an upstream, the effective
// timeouts and buffers, where each is set (a link to file:line) and the
// recommendation; then the PHP-FPM advice where it applies, and the actions area.
class TimeoutsPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit TimeoutsPanel(QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    ActionsArea *actionsArea() const { return m_actions; }

private:
    void fitRows();

    QLabel *m_intro;
    CompactTable *m_table;
    PhpFpmAdvice *m_phpFpm;
    ActionsArea *m_actions;
};

} // namespace gd
