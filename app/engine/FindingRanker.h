#pragma once

#include "app/model/Finding.h"

#include <QList>

namespace gd {

// Orders findings so the most likely root cause comes first: a knock-on finding
// (one with rootCause set, e.g. no_live_upstreams <- upstream_down) goes right
// after the finding it follows from; otherwise by confidence, severity, then step.
// Findings without evidence are dropped: no finding without proof.
class FindingRanker
{
public:
    static QList<Finding> rank(QList<Finding> findings);
};

} // namespace gd
