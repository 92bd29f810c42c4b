#include "app/checks/PoolRemedy.h"

#include "app/checks/MaxChildrenAdvice.h"
#include "app/checks/PhpFpmMasters.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/probes/ChildProcessMemory.h"
#include "app/probes/MemInfo.h"

#include <QRegularExpression>

namespace gd {

namespace {

// "pm.max_children = 2 ; busy" -> "pm.max_children = 8 ; busy": only the value
// changes, indentation, quotes and comment stay. Empty when the line has no value.
QString withValue(const QString &raw, int value)
{
    static const QRegularExpression line(QStringLiteral("^(\\s*[^=]+=\\s*\"?)([^;\"\\s]+)(.*)$"));
    const QRegularExpressionMatch m = line.match(raw);
    return m.hasMatch() ? m.captured(1) + QString::number(value) + m.captured(3) : QString();
}

// What memory allows the pool now, from the children's RSS and /proc/meminfo read
// during the diagnosis. nullopt: nothing to go on (no children, nothing readable).
std::optional<MaxChildrenAdvice::Advice> memoryAdvice(const CheckInput &in, const PhpFpmPool &pool,
                                                      const PhpFpmInstance *master)
{
    if (!master)
        return std::nullopt;
    const QString pid = QString::number(master->master.pid);
    if (!in.facts.phpFpmChildren.contains(pid) || !in.facts.memInfo.succeeded())
        return std::nullopt;
    const ProbeResult<ChildProcessMemory> children =
        ChildProcessMemory::parse(ProbeOutput::from(in.facts.phpFpmChildren.value(pid)));
    const ProbeResult<MemInfo> memory = MemInfo::parse(ProbeOutput::from(in.facts.memInfo));
    if (!children || !memory)
        return std::nullopt;
    const QList<ChildProcessMemory::Child> pooled = children->phpFpmPool(pool.name);
    return MaxChildrenAdvice::suggest(memory->availableBytes, ChildProcessMemory::totalRss(pooled),
                                      int(pooled.size()), pool.maxChildren());
}

} // namespace

PoolRemedy::Remedy PoolRemedy::of(const CheckInput &in, const PhpFpmPool &pool)
{
    Remedy r;
    const int current = pool.maxChildren();
    const QList<PhpFpmInstance> masters =
        in.parsed.processes ? in.parsed.processes->phpFpm() : QList<PhpFpmInstance>();
    const PhpFpmInstance *master = PhpFpmMasters::masterOf(pool, masters, in.parsed);
    const std::optional<MaxChildrenAdvice::Advice> advice = memoryAdvice(in, pool, master);
    const int value = advice ? std::max(advice->value, current) : current;
    const std::optional<MaxChildrenAdvice::Advice> backlog =
        MaxChildrenAdvice::backlog(pool.listenBacklog(), value);
    QStringList text;
    if (advice)
        text << advice->reason;
    else
        text << tr("There is no memory figure for pool %1's children (none is running, or ps could not be "
                   "read), so pm.max_children stays %2 here; `gateway-doctor fix max-children --pool %1` "
                   "measures it when it runs.")
                    .arg(pool.name)
                    .arg(current);
    if (backlog)
        text << backlog->reason;

    const std::optional<PhpFpmValue> maxSet = pool.value(QStringLiteral("pm.max_children"));
    if (value > current && maxSet && !withValue(maxSet->raw, value).isEmpty())
        r.actions << FixAction::edit(
            maxSet->file, maxSet->line, maxSet->raw, withValue(maxSet->raw, value),
            tr("pm.max_children %1 -> %2 for pool %3").arg(current).arg(value).arg(pool.name));
    if (backlog) {
        const std::optional<PhpFpmValue> set = pool.value(QStringLiteral("listen.backlog"));
        const std::optional<PhpFpmValue> listen = pool.value(QStringLiteral("listen"));
        const QString why = tr("listen.backlog %1 -> %2 for pool %3")
                                .arg(pool.listenBacklog())
                                .arg(backlog->value)
                                .arg(pool.name);
        if (set && !withValue(set->raw, backlog->value).isEmpty())
            r.actions << FixAction::edit(set->file, set->line, set->raw, withValue(set->raw, backlog->value),
                                         why);
        else if (listen && !listen->raw.isEmpty())
            r.actions << FixAction::edit(
                listen->file, listen->line, listen->raw,
                listen->raw + QStringLiteral("\nlisten.backlog = %1").arg(backlog->value), why);
    }
    if (!r.actions.isEmpty() && master) {
        // php-fpm's own test first; then what loads the change into this master.
        r.actions << FixAction::command({PhpFpmMasters::binary(in.facts, *master), QStringLiteral("-t"),
                                         QStringLiteral("-y"), master->configPath},
                                        true, FixAction::Host::Nginx,
                                        tr("php-fpm's own test of the changed pool"));
        const QString unit = in.parsed.unitOfPid.value(master->master.pid);
        if (!unit.isEmpty())
            r.actions << FixAction::command(
                {QStringLiteral("systemctl"), backlog ? QStringLiteral("restart") : QStringLiteral("reload"),
                 unit},
                true, FixAction::Host::Nginx,
                backlog ? tr("restart %1: a reload keeps the listening socket and its old backlog").arg(unit)
                        : tr("reload %1, so the pool may start its new children").arg(unit));
        else if (!backlog)
            r.actions << FixAction::command(
                {QStringLiteral("kill"), QStringLiteral("-USR2"), QString::number(master->master.pid)}, true,
                FixAction::Host::Nginx, tr("php-fpm's graceful reload"));
        else
            text << tr("Then restart this php-fpm (master pid %1) the way it was started: a reload keeps the "
                       "listening socket and its old backlog.")
                        .arg(master->master.pid);
    } else if (!r.actions.isEmpty()) {
        text << tr("Then test the pool with php-fpm -t and restart php-fpm: no running master of this pool "
                   "was found to do it for you.");
    }
    // The instruction first (the report's "Fix:" line is the remedy's first sentence),
    // then the numbers behind it.
    if (value > current && backlog)
        text.prepend(tr("Raise pool %1's pm.max_children from %2 to %3 and its listen.backlog to %4.")
                         .arg(pool.name)
                         .arg(current)
                         .arg(value)
                         .arg(backlog->value));
    else if (value > current)
        text.prepend(
            tr("Raise pool %1's pm.max_children from %2 to %3.").arg(pool.name).arg(current).arg(value));
    else if (backlog)
        text.prepend(tr("Raise pool %1's listen.backlog to %2.").arg(pool.name).arg(backlog->value));
    r.text = text.join(QLatin1Char(' '));
    return r;
}

const PhpFpmPool *PoolRemedy::poolFor(const CheckInput &in, const QString &upstream)
{
    static const QString named = QStringLiteral("php-fpm pool ");
    if (upstream.startsWith(named))
        return in.parsed.pools.pool(upstream.mid(named.size()));
    if (upstream.startsWith(QLatin1String("unix:")))
        return in.parsed.pools.poolListeningOn(upstream.mid(5));
    return in.parsed.pools.poolListeningOn(upstream);
}

} // namespace gd
