#include "app/lab/FaultFactory.h"

#include "app/lab/BrokenConfigFault.h"
#include "app/lab/EditFault.h"
#include "app/lab/FirewallFault.h"
#include "app/lab/OldLogLinesFault.h"
#include "app/lab/PathModeFault.h"
#include "app/lab/Scenario.h"
#include "app/lab/SelinuxFault.h"
#include "app/lab/ServiceFault.h"

#include <QCoreApplication>
#include <QMap>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::FaultFactory)
};

enum class Family
{
    Service,
    Edit,
    Threshold,
    Broken,
    PathMode,
    Firewall,
    Selinux,
    OldLog
};

const QMap<QString, Family> &families()
{
    static const QMap<QString, Family> all{
        {QStringLiteral("stop_upstream"), Family::Service},
        {QStringLiteral("crash_upstream"), Family::Service},
        {QStringLiteral("stop_nginx"), Family::Service},
        {QStringLiteral("edit"), Family::Edit},
        {QStringLiteral("wrong_upstream_address"), Family::Edit},
        {QStringLiteral("tls_to_plain_upstream"), Family::Edit},
        {QStringLiteral("protocol_mismatch"), Family::Edit},
        {QStringLiteral("unresolvable_name"), Family::Edit},
        {QStringLiteral("upstream_group_down"), Family::Edit},
        {QStringLiteral("socket_mode"), Family::Edit},
        {QStringLiteral("tight_timeout"), Family::Threshold},
        {QStringLiteral("small_buffers"), Family::Threshold},
        {QStringLiteral("fpm_max_children"), Family::Threshold},
        {QStringLiteral("worker_connections"), Family::Threshold},
        {QStringLiteral("app_timeout"), Family::Threshold},
        {QStringLiteral("broken_config_pending"), Family::Broken},
        {QStringLiteral("path_permission"), Family::PathMode},
        {QStringLiteral("firewall_block"), Family::Firewall},
        {QStringLiteral("selinux_deny"), Family::Selinux},
        {QStringLiteral("old_log_lines"), Family::OldLog},
    };
    return all;
}

QStringList requiredKeys(Family family)
{
    switch (family) {
    case Family::Service:
        return {};
    case Family::Edit:
        return {QStringLiteral("file")};
    case Family::Threshold:
        return {QStringLiteral("file"), QStringLiteral("directive"), QStringLiteral("min")};
    case Family::Broken:
        return {QStringLiteral("file"), QStringLiteral("edits")};
    case Family::PathMode:
        return {QStringLiteral("path"), QStringLiteral("mode")};
    case Family::Firewall:
        return {QStringLiteral("port")};
    case Family::Selinux:
        return {};
    case Family::OldLog:
        return {QStringLiteral("lines"), QStringLiteral("hours_ago")};
    }
    return {};
}

} // namespace

QStringList FaultFactory::types()
{
    return families().keys();
}

std::unique_ptr<Fault> FaultFactory::create(const QJsonObject &spec)
{
    const auto it = families().constFind(spec.value(QStringLiteral("type")).toString());
    if (it == families().constEnd())
        return nullptr;
    switch (it.value()) {
    case Family::Service:
        return std::make_unique<ServiceFault>(spec);
    case Family::Edit:
    case Family::Threshold:
        return std::make_unique<EditFault>(spec);
    case Family::Broken:
        return std::make_unique<BrokenConfigFault>(spec);
    case Family::PathMode:
        return std::make_unique<PathModeFault>(spec);
    case Family::Firewall:
        return std::make_unique<FirewallFault>(spec);
    case Family::Selinux:
        return std::make_unique<SelinuxFault>(spec);
    case Family::OldLog:
        return std::make_unique<OldLogLinesFault>(spec);
    }
    return nullptr;
}

LabError FaultFactory::validate(const Scenario &scenario)
{
    for (const QJsonValue &value : scenario.faults) {
        const QJsonObject spec = value.toObject();
        const QString type = spec.value(QStringLiteral("type")).toString();
        const auto it = families().constFind(type);
        if (it == families().constEnd())
            return LabError(LabError::Kind::BadScenario,
                            Text::tr("%1: unknown fault type \"%2\" (known: %3)")
                                .arg(scenario.source, type, types().join(QStringLiteral(", "))));
        for (const QString &key : requiredKeys(it.value())) {
            if (!spec.contains(key))
                return LabError(LabError::Kind::BadScenario,
                                Text::tr("%1: fault %2 needs \"%3\"").arg(scenario.source, type, key));
        }
        if ((it.value() == Family::Edit || it.value() == Family::Threshold) &&
            !spec.contains(QStringLiteral("old")) && !spec.contains(QStringLiteral("edits")))
            return LabError(
                LabError::Kind::BadScenario,
                Text::tr("%1: fault %2 needs \"old\"/\"new\" or \"edits\"").arg(scenario.source, type));
        if ((type == QLatin1String("stop_upstream") || type == QLatin1String("crash_upstream")) &&
            !spec.contains(QStringLiteral("service")))
            return LabError(LabError::Kind::BadScenario,
                            Text::tr("%1: fault %2 needs \"service\"").arg(scenario.source, type));
    }
    return {};
}

} // namespace gd
