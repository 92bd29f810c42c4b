#pragma once

#include "remote/CommandSpec.h"

#include <QStringList>

namespace gd {

// Finds the nginx binary on a machine: the path given, else PATH, else the usual
// places (a non-login SSH session's PATH often lacks /usr/sbin). One list, used by
// the diagnosis and by the start page's "Connect" check alike.
class NginxLocator
{
public:
    enum class Version
    {
        Full, // prints the binary on stdout, then runs `nginx -V` (its output on stderr)
        Short // prints the binary, then `nginx -v`'s line, both on stdout
    };

    static const QStringList &searchPaths();
    // Exit status 127 when nginx is not found, 126 when the path is not executable.
    static CommandSpec command(const QString &binary, Version version, int timeoutMs = 10000);
};

} // namespace gd
