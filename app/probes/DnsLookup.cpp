#include "app/probes/DnsLookup.h"

#include "app/probes/IpAddress.h"
#include "app/probes/ProbeText.h"

#include <QRegularExpression>

namespace gd {

QStringList DnsAnswer::ipv4() const
{
    QStringList out;
    for (const QString &a : addresses) {
        if (!a.contains(QLatin1Char(':')))
            out.append(a);
    }
    return out;
}

QStringList DnsAnswer::ipv6() const
{
    QStringList out;
    for (const QString &a : addresses) {
        if (a.contains(QLatin1Char(':')))
            out.append(a);
    }
    return out;
}

bool DnsLookup::isValidName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.:\\[\\]%-]{1,253}$"));
    return shape.match(name).hasMatch() && !name.startsWith(QLatin1Char('-'));
}

QStringList DnsLookup::command(const QString &name)
{
    if (!isValidName(name))
        return {};
    return {QStringLiteral("getent"), QStringLiteral("ahosts"), QStringLiteral("--"), name};
}

ProbeResult<DnsAnswer> DnsLookup::parse(const QString &name, const ProbeOutput &output)
{
    const QString tool = QStringLiteral("getent");
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    DnsAnswer a;
    a.name = name;
    // getent: 0 found, 2 key not found, 1 bad arguments/database, 3 no enumeration.
    if (output.exitCode == 2) {
        return a;
    }
    if (output.exitCode != 0) {
        return ProbeError(ProbeError::Kind::Unsupported,
                          tr("getent failed (exit code %1).").arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    }
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        const QStringList f = ProbeText::fields(line);
        if (f.isEmpty())
            continue;
        const auto ip = IpAddress::parse(f.first());
        if (!ip)
            return ProbeError::malformed(tool, line);
        if (a.canonicalName.isEmpty() && f.size() >= 3)
            a.canonicalName = f.at(2);
        // getent prints the address as the resolver returned it: keep that form.
        if (!a.addresses.contains(f.first()))
            a.addresses.append(f.first());
    }
    if (a.addresses.isEmpty())
        return ProbeError::empty(tool);
    a.found = true;
    return a;
}

} // namespace gd
