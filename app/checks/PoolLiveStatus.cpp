#include "app/checks/PoolLiveStatus.h"

namespace gd {

QString PoolLiveStatus::figures(const PhpFpmStatus &s, int maxChildren)
{
    QString text = maxChildren > 0
                       ? tr("active %1 of pm.max_children %2").arg(s.activeProcesses).arg(maxChildren)
                       : tr("active %1").arg(s.activeProcesses);
    text += tr(", idle %1, total %2").arg(s.idleProcesses).arg(s.totalProcesses);
    text += s.queueKnown() ? tr(", listen queue %1 (most %2, backlog %3)")
                                 .arg(s.listenQueue)
                                 .arg(s.maxListenQueue)
                                 .arg(s.listenQueueLen)
                           : tr(", listen queue not reported (unix socket)");
    text += s.maxChildrenReached == 1
                ? tr(", max children reached once since start")
                : tr(", max children reached %1 times since start").arg(s.maxChildrenReached);
    text += tr(", slow requests %1").arg(s.slowRequests);
    return text;
}

bool PoolLiveStatus::saturatedNow(const PhpFpmStatusProbe::Answer &answer, int maxChildren)
{
    return answer.saturatedNow(maxChildren);
}

bool PoolLiveStatus::saturated(const PhpFpmStatusProbe::Answer &answer, int maxChildren)
{
    return saturatedNow(answer, maxChildren) || (answer.answered && answer.status.maxChildrenReached > 0);
}

QString PoolLiveStatus::sentence(const PhpFpmStatusProbe::Answer &answer, int maxChildren)
{
    if (answer.timedOut)
        return tr("Its status page did not answer within a few seconds: the request waited behind busy "
                  "children, as nginx's do.");
    if (!answer.answered)
        return QString();
    return tr("Its status page now: %1.").arg(figures(answer.status, maxChildren));
}

Evidence PoolLiveStatus::evidence(const ParsedFacts::PoolStatus &status, const PhpFpmPool &pool)
{
    Evidence e;
    e.source = QStringLiteral("php-fpm status");
    // No command line: it is the FastCGI client's whole script. The check's commands
    // list it; the excerpt names the pool, its socket and the path asked.
    const QString where = QStringLiteral("%1 (%2, %3)").arg(pool.name, pool.listen(), pool.statusPath());
    if (status.answer.answered) {
        e.excerpt = tr("pool %1: %2").arg(where, figures(status.answer.status, pool.maxChildren()));
        if (saturatedNow(status.answer, pool.maxChildren()))
            e.highlight(tr("active %1").arg(status.answer.status.activeProcesses));
        else if (status.answer.status.maxChildrenReached > 0)
            e.highlight(QStringLiteral("max children reached"));
    } else {
        e.excerpt = tr("pool %1: %2").arg(where, status.answer.problem);
    }
    return e;
}

QString PoolLiveStatus::howToEnable(const PhpFpmPool &pool)
{
    const QString pass = pool.listensOnSocket() ? QStringLiteral("unix:") + pool.listen() : pool.listen();
    return tr("To see the pool's load live (active children, the queue, how often it hit pm.max_children), "
              "give it a status page: add `%1` to [%2] in %3 and reload php-fpm. To read it in a browser "
              "from this machine only: `location = /fpm-status { allow 127.0.0.1; allow ::1; deny all; "
              "include fastcgi_params; fastcgi_param SCRIPT_NAME /fpm-status; fastcgi_param "
              "SCRIPT_FILENAME /fpm-status; fastcgi_pass %4; }` in the server block, then nginx -t and a "
              "reload. Until then the only record is php-fpm's log line \"server reached pm.max_children\".")
        .arg(statusPathLine(), pool.name, pool.file, pass);
}

} // namespace gd
