#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>

namespace gd {

// path_permission: a socket's directory (or the socket) gets a mode the nginx workers
// cannot pass: connect() then fails with "13: Permission denied".
//   {"type": "path_permission", "path": "run/app", "mode": "0700", "mode_unprivileged": "0600"}
// (as root the workers are www-data and 0700 on a root-owned directory stops them; as a
// normal user they are that user, and only taking the owner's own x bit stops them.)
// Fixed when the workers' user may pass it again (x on a directory, w on a socket).
class PathModeFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(PathModeFault)
public:
    using Fault::Fault;

    LabError apply(LabRuntime &lab) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;
    QJsonObject record() const override { return {{QStringLiteral("original_mode"), m_originalMode}}; }
    void restore(const QJsonObject &record) override;

private:
    int wantedMode(const LabRuntime &lab) const;
    int m_originalMode = -1;
};

} // namespace gd
