#pragma once

#include "ui/pages/StepPanel.h"

class QLabel;
class QTableWidgetItem;
class QVBoxLayout;

namespace gd {

class ActionsArea;
struct DiagnosisReport;
struct EffectiveSetting;
struct Finding;
class NginxConfig;
struct UpstreamTarget;
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
    void addPlace(const NginxConfig &config, const DiagnosisReport &report, const UpstreamTarget &target,
                  int index, bool hidden);
    // hidden: practice mode before the trainee names the cause (no advice shown).
    void addSettingRow(CompactTable *table, const QString &name, const EffectiveSetting &setting,
                       const Finding *finding, bool hidden);
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
