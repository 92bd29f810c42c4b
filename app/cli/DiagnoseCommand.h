#pragma once

#include <QStringList>

namespace gd {

// `gateway-doctor diagnose`: the headless diagnosis. Exit status 0 = no problem
// found, 1 = problems found, 2 = could not diagnose (reason on stderr).
class DiagnoseCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gd
