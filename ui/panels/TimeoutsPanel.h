#pragma once

#include "ui/pages/StepPanel.h"

class QLabel;
class QTableWidgetItem;
class QVBoxLayout;

namespace gd {

class ActionsArea;
class CompactTable;
class MaxChildrenAction;
class PhpFpmAdvice;
class TimeoutsEditor;

// Step 5: for each place nginx hands requests to an upstream, the effective
// timeouts and buffers, where each is set (a link to file:line) and the
// recommendation; then the PHP-FPM advice where it applies, and the actions area
// with Apply (TimeoutsEditor).
class TimeoutsPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit TimeoutsPanel(WizardSession *session, QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    ActionsArea *actionsArea() const { return m_actions; }
    TimeoutsEditor *editor() const { return m_editor; }
    MaxChildrenAction *maxChildren() const { return m_maxChildren; }
    // One table per place, in config order.
    QList<CompactTable *> tables() const;

private:
    void clearPlaces();
    void openWhere(CompactTable *table, QTableWidgetItem *item);

    QLabel *m_intro;
    QWidget *m_places;
    QVBoxLayout *m_placesLayout;
    PhpFpmAdvice *m_phpFpm;
    ActionsArea *m_actions;
    TimeoutsEditor *m_editor;
    MaxChildrenAction *m_maxChildren;
};

} // namespace gd
