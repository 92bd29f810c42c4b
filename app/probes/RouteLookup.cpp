#include "app/probes/RouteLookup.h"

#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

namespace gd {

QStringList RouteLookup::command(const QString &address)
{
    if (!IpAddress::parse(address))
        return {};
    return {QStringLiteral("ip"), QStringLiteral("route"), QStringLiteral("get"), address};
}

ProbeResult<Route> RouteLookup::parse(const QString &address, const ProbeOutput &output)
{
    const QString tool = QStringLiteral("ip");
    Route route;
    route.destination = address;
    const QString refusal = ProbeText::firstLine(output.stdErr);
    // "RTNETLINK answers: Network is unreachable" (exit 2): the kernel has no route.
    if (output.exitCode != 0 && refusal.contains(QLatin1String("unreachable"), Qt::CaseInsensitive)) {
        route.line = refusal;
        return route;
    }
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    if (output.exitCode != 0)
        return ProbeError(ProbeError::Kind::Unsupported,
                          tr("ip route get failed (exit code %1).").arg(output.exitCode), refusal);
    // "10.0.0.5 via 10.0.0.1 dev eth0 src 10.0.0.4 uid 0", "local 127.0.0.1 dev lo src ...",
    // "unreachable 10.9.0.1 ..." / "prohibit ..." / "blackhole ..." for such routes.
    const QStringList lines = ProbeText::lines(output.stdOut);
    if (lines.isEmpty())
        return ProbeError::empty(tool);
    route.line = lines.first().trimmed();
    const QStringList f = ProbeText::fields(route.line);
    if (f.isEmpty())
        return ProbeError::malformed(tool, route.line);
    const QString type = f.first();
    if (type == QLatin1String("unreachable") || type == QLatin1String("prohibit") ||
        type == QLatin1String("blackhole"))
        return route;
    route.kind = type == QLatin1String("local") ? Route::Kind::Local : Route::Kind::Direct;
    for (int i = 0; i + 1 < f.size(); ++i) {
        const QString &key = f.at(i);
        if (key == QLatin1String("via")) {
            route.gateway = f.at(i + 1);
            if (route.kind != Route::Kind::Local)
                route.kind = Route::Kind::Gateway;
        } else if (key == QLatin1String("dev")) {
            route.device = f.at(i + 1);
        } else if (key == QLatin1String("src")) {
            route.source = f.at(i + 1);
        }
    }
    if (route.device.isEmpty())
        return ProbeError::malformed(tool, route.line);
    return route;
}

} // namespace gd
