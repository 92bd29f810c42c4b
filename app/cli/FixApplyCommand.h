#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor fix apply`: carries out a finding's actions exactly as the
// diagnosis printed them (app/fixes/ActionPlan): edits through the edit cycle
// (backup, nginx -t, reload, probe, rollback), then its commands.
class FixApplyCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
