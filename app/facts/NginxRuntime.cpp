#include "app/facts/NginxRuntime.h"

#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"

namespace gd {

QStringList NginxRuntime::baseArguments() const
{
    QStringList args;
    if (!prefix.isEmpty())
        args << QStringLiteral("-p") << prefix;
    args << QStringLiteral("-c") << confPath;
    return args;
}

QStringList NginxRuntime::testArgv() const
{
    return QStringList{binary} + baseArguments() + QStringList{QStringLiteral("-t")};
}

QStringList NginxRuntime::reloadArgv() const
{
    if (!unit.isEmpty())
        return {QStringLiteral("systemctl"), QStringLiteral("reload"), unit};
    return QStringList{binary} + baseArguments() +
           QStringList{QStringLiteral("-s"), QStringLiteral("reload")};
}

QString NginxRuntime::reloadDescription() const
{
    return unit.isEmpty() ? QStringLiteral("nginx -s reload")
                          : QStringLiteral("systemctl reload %1").arg(unit);
}

Result<NginxRuntime, QString> NginxRuntime::from(const Facts &facts, const ParsedFacts &parsed)
{
    if (facts.nginxBinary.isEmpty() || facts.confPath.isEmpty())
        return tr("nginx was not found on this machine.");
    NginxRuntime runtime;
    runtime.binary = facts.nginxBinary;
    runtime.prefix = facts.prefix;
    runtime.confPath = facts.confPath;
    if (parsed.nginx) {
        runtime.masterPid = parsed.nginx->master.pid;
        // systemd runs this master only when the unit's MainPID is this very master: a
        // second nginx started by hand inside the same cgroup must be reloaded by hand.
        const QString unit = parsed.unitOfPid.value(runtime.masterPid);
        if (!unit.isEmpty() && parsed.units.contains(unit) &&
            parsed.units.value(unit).mainPid == runtime.masterPid)
            runtime.unit = unit;
    }
    if (facts.config)
        runtime.includeGlobs = facts.config->includeGlobs();
    for (const LogTail &log : facts.errorLogs) {
        if (runtime.errorLog.isEmpty())
            runtime.errorLog = log.path;
    }
    return runtime;
}

} // namespace gd
