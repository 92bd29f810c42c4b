#include "app/probes/HostAddresses.h"

#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

namespace gd {

bool HostAddressList::isLocal(const QString &address) const
{
    const std::optional<IpAddress> ip = IpAddress::parse(address);
    if (!ip)
        return false;
    if (ip->isAny() || HostAddresses::isLoopback(address))
        return true;
    for (const QString &own : addresses) {
        const std::optional<IpAddress> mine = IpAddress::parse(own);
        if (mine && mine->unmapped() == ip->unmapped())
            return true;
    }
    return false;
}

QStringList HostAddresses::command()
{
    return {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show")};
}

bool HostAddresses::isLoopback(const QString &address)
{
    const std::optional<IpAddress> ip = IpAddress::parse(address);
    if (!ip)
        return false;
    const QString text = ip->unmapped().toString();
    return text == QLatin1String("::1") || (ip->unmapped().isV4() && text.startsWith(QLatin1String("127.")));
}

ProbeResult<HostAddressList> HostAddresses::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("ip");
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    if (output.exitCode != 0)
        return ProbeError(ProbeError::Kind::Unsupported,
                          tr("ip addr failed (exit code %1).").arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    // "4: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\       valid_lft ..."
    HostAddressList list;
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        const QStringList f = ProbeText::fields(line);
        if (f.size() < 4)
            continue;
        if (f.at(2) != QLatin1String("inet") && f.at(2) != QLatin1String("inet6"))
            return ProbeError::malformed(tool, line);
        const QString address = f.at(3).section(QLatin1Char('/'), 0, 0);
        if (!IpAddress::parse(address))
            return ProbeError::malformed(tool, line);
        list.addresses << address;
        list.interfaces << f.at(1);
    }
    if (list.addresses.isEmpty())
        return ProbeError::empty(tool);
    return list;
}

} // namespace gd
