#include "app/lab/ServiceFault.h"

#include "app/lab/LabRuntime.h"

namespace gd {

QString ServiceFault::serviceName() const
{
    return type() == QLatin1String("stop_nginx") ? QStringLiteral("nginx") : string("service");
}

LabError ServiceFault::apply(LabRuntime &lab)
{
    if (type() == QLatin1String("crash_upstream"))
        return lab.stop(serviceName(), QStringLiteral("KILL"), 0);
    return lab.stop(serviceName());
}

LabError ServiceFault::verify(LabRuntime &lab, const LabTree &)
{
    if (lab.isRunning(serviceName()))
        return LabError(LabError::Kind::SymptomNotReal,
                        tr("%1 still runs after it was stopped.").arg(serviceName()));
    return {};
}

LabError ServiceFault::undo(LabRuntime &lab)
{
    if (lab.isRunning(serviceName()))
        return {};
    return lab.start(serviceName());
}

PracticeCheck ServiceFault::check(LabRuntime &lab, const LabTree &)
{
    const QString id = QStringLiteral("fault:") + type();
    const QString title = tr("%1 is running").arg(serviceName());
    const Result<QMap<QString, ServiceState>, LabError> states = lab.states();
    if (!states)
        return PracticeCheck::fail(id, title, states.error().message());
    const ServiceState state = states->value(serviceName());
    if (state.running)
        return PracticeCheck::pass(id, title, tr("pid %1").arg(state.pid));
    return PracticeCheck::fail(id, title,
                               state.pid > 0 ? tr("it ended (exit status %1); start it again: gateway-doctor "
                                                  "practice service start %2")
                                                   .arg(state.exitStatus)
                                                   .arg(serviceName())
                                             : tr("it is not running"));
}

} // namespace gd
