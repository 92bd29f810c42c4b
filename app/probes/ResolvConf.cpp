#include "app/probes/ResolvConf.h"

#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

namespace gd {

QStringList ResolvConf::command()
{
    return {QStringLiteral("cat"), QStringLiteral("--"), path()};
}

ProbeResult<ResolvConfServers> ResolvConf::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("cat");
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    if (output.exitCode != 0) {
        if (ProbeText::needsRoot(output.stdErr))
            return ProbeError::permissionDenied(tool, ProbeText::firstLine(output.stdErr));
        return ProbeError(ProbeError::Kind::Unsupported,
                          tr("%1 could not be read (exit code %2).").arg(path()).arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    }
    ResolvConfServers servers;
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        const QStringList f = ProbeText::fields(line);
        // resolv.conf(5): comments start with '#' or ';' in the first column.
        if (f.size() < 2 || f.first() != QLatin1String("nameserver"))
            continue;
        // A link-local address with its zone ("fe80::1%eth0") is of no use to nginx,
        // which takes no zone: such lines are left out, like anything not an address.
        const std::optional<IpAddress> ip = IpAddress::parse(f.at(1));
        if (!ip)
            continue;
        const QString address = ip->toString();
        if (!servers.nameservers.contains(address))
            servers.nameservers << address;
    }
    return servers;
}

} // namespace gd
