#pragma once

#include "ui/pages/StepPanel.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QListView;
class QTreeWidget;

namespace gd {

class ErrorLogModel;
class LogFollower;
class WizardSession;

// Step 2: the error log's classified lines grouped by cause and upstream, and the
// log itself in a model/view list over the tail the diagnosis read (never one big
// setPlainText), with a follow toggle for new lines.
class ErrorLogPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit ErrorLogPanel(WizardSession *session, QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    ErrorLogModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

signals:
    // The index of the shown log is built and the first lines are in the view.
    void logShown();

private:
    QLayout *buildChooserRow();
    QWidget *buildSplitter();
    void setUpLineView();
    void showLog(int which);
    void fillGroups();
    void setFollowing(bool on);

    WizardSession *m_session;
    ErrorLogModel *m_model;
    QLabel *m_info;
    QComboBox *m_logs;
    QCheckBox *m_follow;
    QTreeWidget *m_groups;
    QListView *m_view;
    QPointer<LogFollower> m_follower;
    int m_generation = 0; // drops index builds of an older diagnosis
};

} // namespace gd
