#include "app/checks/CheckRegistry.h"

#include "app/model/Step.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

namespace gd {

const QList<CheckDef> &CheckRegistry::ofStep(int step)
{
    static const QList<CheckDef> none;
    switch (step) {
    case 1:
        return upstreamChecks();
    case 2:
        return errorLogChecks();
    case 3:
        return reachabilityChecks();
    case 4:
        return configChecks();
    case 5:
        return timeoutChecks();
    case 6:
        return healthChecks();
    default:
        return none;
    }
}

QList<CheckDef> CheckRegistry::all()
{
    QList<CheckDef> checks;
    for (int step = 1; step <= kStepCount; ++step)
        checks += ofStep(step);
    return checks;
}

const CheckDef *CheckRegistry::find(const QString &id)
{
    for (int step = 1; step <= kStepCount; ++step) {
        for (const CheckDef &def : ofStep(step)) {
            if (id == QLatin1String(def.id))
                return &def;
        }
    }
    return nullptr;
}

StepOutcome CheckRegistry::runStep(int step, const CheckInput &in)
{
    StepOutcome outcome;
    outcome.result.step = step;
    outcome.result.title = stepTitle(step);
    for (const CheckDef &def : ofStep(step)) {
        CheckOutput out;
        def.run(in, out);
        for (const CheckResult &result : out.results)
            outcome.add(result);
        outcome.findings += out.findings;
    }
    return outcome;
}

QString factNeedNames(quint32 needs)
{
    static const QList<std::pair<FactNeed, const char *>> names{
        {FactNeed::Config, "nginx -T"},
        {FactNeed::NginxTest, "nginx -t"},
        {FactNeed::Processes, "ps"},
        {FactNeed::Sockets, "ss"},
        {FactNeed::SocketPaths, "stat, id"},
        {FactNeed::DirectProbes, "curl (upstream)"},
        {FactNeed::ThroughNginx, "curl (through nginx)"},
        {FactNeed::Dns, "getent"},
        {FactNeed::Units, "systemctl"},
        {FactNeed::UnitJournals, "journalctl -u (services)"},
        {FactNeed::ErrorLogs, "error log"},
        {FactNeed::AccessLog, "access log"},
        {FactNeed::NginxJournal, "journalctl -u nginx"},
        {FactNeed::KernelLog, "kernel log"},
        {FactNeed::Firewall, "ufw, nft, iptables"},
        {FactNeed::Selinux, "getenforce, getsebool"},
        {FactNeed::PhpFpm, "php-fpm pools and log"},
        {FactNeed::RemoteHosts, "ip addr, ip route, the upstream host"},
    };
    QStringList out;
    for (const auto &[need, name] : names) {
        if (needs & quint32(need))
            out << latin1Text(name);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace gd
