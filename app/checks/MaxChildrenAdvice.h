#pragma once

#include "app/config/PhpFpmPool.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gd {

// How many PHP-FPM children fit into memory.
//
// The pool may use what is available now plus what its children already hold, minus
// headroom (a fifth, for page cache, other services and children that grow), divided by
// the average child's RSS. We never suggest going below the current pm.max_children
// unless memory demands it, and then the reason says so. A raise is capped at four times
// the current value: more children than that at once is better reached in steps, watching
// CPU as well as memory.
class MaxChildrenAdvice
{
    Q_DECLARE_TR_FUNCTIONS(MaxChildrenAdvice)
public:
    struct Advice
    {
        int value = 0;  // may equal currentMaxChildren: then nothing should change
        QString reason; // plain words, with the numbers
    };
    // nullopt when there is nothing to go on (no running children, no memory figure).
    static std::optional<Advice> suggest(qint64 memAvailableBytes, qint64 poolRssBytes, int poolChildren,
                                         int currentMaxChildren);

    // listen.backlog is the kernel's queue of connections that wait for a free child.
    // Below smallBacklog() (0 is common in copied configs) a burst is refused at once
    // ("11: Resource temporarily unavailable" on a unix socket, 502) however many
    // children there are: raise it to 511 (never below the children). nullopt: it is fine.
    static std::optional<Advice> backlog(int currentBacklog, int maxChildren);
    static constexpr int smallBacklog() { return PhpFpmPool::smallBacklog(); }
    static constexpr int defaultBacklog() { return PhpFpmPool::defaultBacklog(); }
    static constexpr int headroomPercent() { return 20; }
    static constexpr int maxRaiseFactor() { return 4; }
    // Far above what one machine's memory holds: a typo, not a plan.
    static constexpr int maxValue() { return 4096; }
};

} // namespace gd
