#pragma once

#include "StepPanel.h"


namespace gd {

class ActionsArea;
class CompactTable;
class PhpFpmAdvice;

// Step 6: the health of nginx and the services behind it (systemd state, since
// when, last exit), the PHP-FPM advice where it applies, and the actions area.
class ServiceHealthPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit ServiceHealthPanel(QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    ActionsArea *actionsArea() const { return m_actions; }

private:
    CompactTable *m_table;
    PhpFpmAdvice *m_phpFpm;
    ActionsArea *m_actions;
};

} // namespace gd
