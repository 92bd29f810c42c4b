#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace gd {

// broken_config_pending: after the lab runs, a config file is changed so that `nginx -t`
// fails, and (with "reload": true) a reload is attempted, which nginx refuses: the old
// configuration keeps running, the new one is broken on disk.
//   {"type": "broken_config_pending", "file": ..., "edits": [{"old", "new"}], "reload": true}
// Fixed when `nginx -t` passes.
class BrokenConfigFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(BrokenConfigFault)
public:
    explicit BrokenConfigFault(QJsonObject spec);

    LabError apply(LabRuntime &lab) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;
    QJsonObject record() const override;
    void restore(const QJsonObject &record) override;

private:
    QList<QPair<QString, QString>> m_edits;
    QString m_original; // the file before the change
    int m_mode = 0644;
};

} // namespace gd
