#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>

#include <optional>

namespace gd {

// selinux_deny: the boolean httpd_can_network_connect is switched off, so an nginx in the
// httpd_t domain may not connect to a TCP upstream ("13: Permission denied" on IP:PORT).
// Needs SELinux in enforcing mode and root; on any other machine the scenario is listed as
// unavailable with the reason (nothing is imitated). If the lab's nginx is not confined on
// that machine, the symptom self-test sees no denial and undoes the change.
// Fixed when the boolean is on again.
class SelinuxFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(SelinuxFault)
public:
    using Fault::Fault;

    QString requirement() const override { return QStringLiteral("selinux"); }
    LabError apply(LabRuntime &lab) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;
    QJsonObject record() const override { return {{QStringLiteral("was_on"), m_wasOn}}; }
    void restore(const QJsonObject &record) override
    {
        m_wasOn = record.value(QStringLiteral("was_on")).toBool(true);
    }

private:
    std::optional<bool> isOn(LabRuntime &lab) const;
    bool m_wasOn = true;
};

} // namespace gd
