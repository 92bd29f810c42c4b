#pragma once

#include "ui/pages/StepPanel.h"

namespace gd {

class ActionSection;
class ActionsArea;
class MonitorAction;
class ReloadAction;
class RestartAction;
class RollbackAction;
class CompactTable;
class PhpFpmAdvice;

// Step 6: the health of nginx and the services behind it (systemd state, since
// when, last exit), the PHP-FPM advice where it applies, and the actions: restart
// the upstream, reload nginx, watch the URL, roll back.
class ServiceHealthPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit ServiceHealthPanel(WizardSession *session, QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    ActionsArea *actionsArea() const { return m_actions; }
    RestartAction *restartAction() const { return m_restart; }
    ReloadAction *reloadAction() const { return m_reload; }
    MonitorAction *monitorAction() const { return m_monitor; }
    RollbackAction *rollbackAction() const { return m_rollback; }

private:
    CompactTable *m_table;
    PhpFpmAdvice *m_phpFpm;
    ActionsArea *m_actions;
    RestartAction *m_restart;
    ReloadAction *m_reload;
    MonitorAction *m_monitor;
    RollbackAction *m_rollback;
    QList<ActionSection *> m_sections;
};

} // namespace gd
