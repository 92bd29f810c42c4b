#include "app/probes/NginxLocator.h"

namespace gd {

namespace {

// $1: the binary the user named (may be empty), $2: the version flag, then the
// places to search. The paths come in as arguments: the script itself is constant.
const QString kScript =
    QStringLiteral("bin=$1; flag=$2; shift 2; [ -n \"$bin\" ] || bin=$(command -v nginx 2>/dev/null); "
                   "for p in \"$@\"; do [ -n \"$bin\" ] && break; [ -x \"$p\" ] && bin=$p; done; "
                   "[ -n \"$bin\" ] || { echo 'nginx: not found' >&2; exit 127; }; "
                   "[ -x \"$bin\" ] || { echo \"$bin: not executable\" >&2; exit 126; }; "
                   "printf '%s\\n' \"$bin\"; "
                   "if [ \"$flag\" = -v ]; then exec \"$bin\" -v 2>&1; else exec \"$bin\" -V; fi");

} // namespace

const QStringList &NginxLocator::searchPaths()
{
    static const QStringList paths{QStringLiteral("/usr/sbin/nginx"), QStringLiteral("/usr/local/sbin/nginx"),
                                   QStringLiteral("/usr/local/nginx/sbin/nginx"),
                                   QStringLiteral("/opt/nginx/sbin/nginx")};
    return paths;
}

CommandSpec NginxLocator::command(const QString &binary, Version version, int timeoutMs)
{
    QStringList argv{QStringLiteral("/bin/sh"),
                     QStringLiteral("-c"),
                     kScript,
                     QStringLiteral("gd"),
                     binary,
                     version == Version::Short ? QStringLiteral("-v") : QStringLiteral("-V")};
    argv += searchPaths();
    return CommandSpec::of(argv, timeoutMs);
}

} // namespace gd
