#include "app/facts/PhpFpmStatusTargets.h"

#include "app/config/PhpFpmPoolConfig.h"
#include "app/facts/FastCgiReach.h"
#include "app/facts/PhpFpmPoolFiles.h"

#include <QSet>

namespace gd {

QList<PhpFpmStatusTarget> phpFpmStatusTargets(const Facts &facts)
{
    PhpFpmPoolConfig config;
    for (const auto &[path, text] : phpFpmPoolFiles(facts.phpFpmPools.stdOut))
        config.addFile(path, text);
    QList<PhpFpmStatusTarget> targets;
    QSet<QString> listens;
    for (const PhpFpmPool &pool : config.pools()) {
        if (pool.statusPath().isEmpty() || pool.listen().isEmpty() || listens.contains(pool.listen()) ||
            !FastCgiReach::reaches(facts, pool))
            continue;
        listens.insert(pool.listen());
        targets.append({pool.name, pool.listen(), pool.statusPath(), pool.maxChildren()});
    }
    return targets;
}

QString nginxWorkerUser(const Facts &facts)
{
    if (const std::optional<NginxInstance> nginx = facts.runningNginx();
        nginx && !nginx->workerUser.isEmpty())
        return nginx->workerUser;
    if (facts.config) {
        if (const NginxDirective *user = facts.config->firstChild(nullptr, QStringLiteral("user")))
            return user->arg(0);
    }
    return QString();
}

} // namespace gd
