#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor practice list|start|status|hint|check|solve|answer|service|debrief|stop`:
// the practice lab from the command line, for trainees, instructors and tests; the same
// PracticeSession the wizard drives.
class PracticeCommand
{
public:
    // arguments[0] is "practice".
    static int run(const QStringList &arguments);
};

} // namespace gd
