#include "app/checks/MaxChildrenAdvice.h"

#include <algorithm>

namespace gd {

namespace {

QString mib(qint64 bytes)
{
    const qint64 m = (bytes + 512 * 1024) / (1024 * 1024);
    return m == 0 && bytes > 0 ? MaxChildrenAdvice::tr("under 1 MiB")
                               : MaxChildrenAdvice::tr("%1 MiB").arg(m);
}

} // namespace

std::optional<MaxChildrenAdvice::Advice> MaxChildrenAdvice::suggest(qint64 memAvailableBytes,
                                                                    qint64 poolRssBytes, int poolChildren,
                                                                    int currentMaxChildren)
{
    if (poolChildren < 1 || poolRssBytes < 1 || memAvailableBytes < 0 || currentMaxChildren < 1)
        return std::nullopt;
    const qint64 perChild = std::max<qint64>(1, poolRssBytes / poolChildren);
    // What the pool may use: the memory that is free for the taking now plus what its
    // children hold already, less the headroom.
    const qint64 usable = (memAvailableBytes + poolRssBytes) / 100 * (100 - headroomPercent());
    const qint64 fit = std::min<qint64>(usable / perChild, maxValue());

    const QString measured =
        tr("The pool's %1 running children use %2 together, about %3 each. With %4 available, the pool can "
           "safely use "
           "%5 (%6% of what is available plus what it already uses), room for about %7 children of that "
           "size.")
            .arg(QString::number(poolChildren), mib(poolRssBytes), mib(perChild), mib(memAvailableBytes),
                 mib(usable), QString::number(100 - headroomPercent()), QString::number(fit));

    Advice advice;
    if (fit < currentMaxChildren) {
        advice.value = int(std::max<qint64>(1, fit));
        advice.reason = measured + QLatin1Char(' ') +
                        tr("pm.max_children is %1: when the pool is busy, %1 children would need about %2, "
                           "more than is safe. "
                           "Lower it to %3, so that a burst of requests waits in the queue instead of "
                           "pushing the server into "
                           "swap or the out-of-memory killer.")
                            .arg(QString::number(currentMaxChildren), mib(perChild * currentMaxChildren),
                                 QString::number(advice.value));
        if (fit < 1)
            advice.reason += QLatin1Char(' ') +
                             tr("Memory is almost exhausted even for one child: look at what else uses it.");
        return advice;
    }
    const qint64 cap = qint64(currentMaxChildren) * maxRaiseFactor();
    advice.value = int(std::min(fit, cap));
    if (advice.value == currentMaxChildren) {
        advice.reason =
            measured + QLatin1Char(' ') +
            tr("pm.max_children is already %1: memory leaves no room for more.").arg(currentMaxChildren);
        return advice;
    }
    advice.reason = measured + QLatin1Char(' ') +
                    tr("Raise pm.max_children from %1 to %2.")
                        .arg(QString::number(currentMaxChildren), QString::number(advice.value));
    if (fit > cap)
        advice.reason += QLatin1Char(' ') + tr("Memory would allow %1, but more than %2 times the current "
                                               "value in one step is better reached in stages, "
                                               "watching CPU load as well.")
                                                .arg(QString::number(fit), QString::number(maxRaiseFactor()));
    return advice;
}

std::optional<MaxChildrenAdvice::Advice> MaxChildrenAdvice::backlog(int currentBacklog, int maxChildren)
{
    if (currentBacklog >= smallBacklog() && currentBacklog >= maxChildren)
        return std::nullopt;
    Advice advice;
    advice.value = std::max(defaultBacklog(), maxChildren);
    advice.reason =
        tr("listen.backlog is %1: while every child is busy, the kernel queues only about %2 more "
           "connection(s) for the pool and turns the rest away (on a unix socket at once: nginx "
           "logs \"11: Resource temporarily unavailable\" and answers 502), however many children "
           "there are. Raise it to %3 so that a burst waits for a free child instead.")
            .arg(QString::number(currentBacklog), QString::number(std::max(currentBacklog, 0) + 1),
                 QString::number(advice.value));
    return advice;
}

} // namespace gd
