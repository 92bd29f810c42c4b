#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>

namespace gd {

// firewall_block: an nftables rule in the lab's own table (inet gd_lab_*, never anyone
// else's) rejects (nginx: "113: No route to host", 502) or drops (nginx: "upstream timed
// out ... while connecting", 504) loopback connections to one port. Needs root and nft.
//   {"type": "firewall_block", "port": "{app_port}", "action": "reject" | "drop"}
// The table's name is recorded in the lab (run/nft-table) before it exists, so the
// supervisor's teardown, its watchdog and `practice stop` remove it whatever happens.
// Fixed when no rule of the table blocks that port any more.
class FirewallFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(FirewallFault)
public:
    using Fault::Fault;

    QString requirement() const override { return QStringLiteral("nft"); }
    LabError apply(LabRuntime &lab) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;
    QJsonObject record() const override;
    void restore(const QJsonObject &record) override;

private:
    QString table(const LabRuntime &lab) const;
    LabError nft(LabRuntime &lab, const QStringList &arguments, QByteArray *output = nullptr) const;
    QString m_handle;
};

} // namespace gd
