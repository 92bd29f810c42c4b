#pragma once

#include "app/checks/StepOutcome.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

// Step 3: can nginx reach the upstream? The failing URL through nginx, each
// upstream directly, DNS for names, unix socket permissions for the worker user,
// the local firewall and SELinux (all read-only).
class ConnectivityStep
{
    Q_DECLARE_TR_FUNCTIONS(ConnectivityStep)
public:
    static StepOutcome analyze(const Facts &facts, const ParsedFacts &parsed);

    // Whether `user` (member of `groups`) has `bit` (4 r, 2 w, 1 x) on a file.
    static bool permits(const QString &user, const QStringList &groups, const QString &owner,
                        const QString &group, uint mode, uint bit);
};

} // namespace gd
