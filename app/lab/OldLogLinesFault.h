#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>

namespace gd {

// old_log_lines: a red herring. Lines a real nginx writes (another site, another upstream)
// are in the log from hours before the lab starts, so the newest error is not the only
// one. Each line is given without its time stamp, which is set `hours_ago` before now.
//   {"type": "old_log_lines", "hours_ago": "3", "lines": ["[error] 2211#2211: *9 connect() ..."]}
// Nothing to fix: its check is not applicable.
class OldLogLinesFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(OldLogLinesFault)
public:
    using Fault::Fault;

    LabError prepare(LabBlueprint &blueprint) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &) override { return {}; }
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;

private:
    QStringList lines() const;
};

} // namespace gd
