#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>

namespace gd {

// stop_upstream, crash_upstream, stop_nginx: a lab service is stopped (SIGTERM: it ends in
// order) or crashes (SIGKILL: nothing cleaned up, a unix socket file stays behind).
// Fixed when the service runs again.
class ServiceFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(ServiceFault)
public:
    using Fault::Fault;

    QString serviceName() const;

    LabError apply(LabRuntime &lab) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;
};

} // namespace gd
