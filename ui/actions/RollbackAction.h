#pragma once

#include "app/fixes/BackupCatalog.h"
#include "ui/actions/ActionSection.h"

#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace gd {

class ApplyFlow;

// Step 6: the backups Gateway Doctor made of this config's files (BackupCatalog,
// newest first); the selected one is restored through the same staged flow as any
// change (diff, confirm, backup of the current file, nginx -t, reload, check).
class RollbackAction : public ActionSection
{
    Q_OBJECT
public:
    explicit RollbackAction(WizardSession *session, QWidget *parent = nullptr);
    void showDiagnosis() override;
    void showRunning() override;

    void refresh();
    QListWidget *list() const { return m_list; }
    ApplyFlow *flow() const { return m_flow; }
    bool isListing() const { return m_listing; }

signals:
    void listed();

private:
    void restoreSelected();
    void updateButtons();

    QPushButton *m_refresh;
    QPushButton *m_restore;
    QLabel *m_status;
    QListWidget *m_list;
    ApplyFlow *m_flow;
    QList<BackupEntry> m_backups;
    QPointer<BackupCatalog> m_catalog;
    bool m_listing = false;
};

} // namespace gd
