#include "app/cli/FixMaxChildrenCommand.h"

#include "app/checks/MaxChildrenAdvice.h"
#include "app/cli/CommandLine.h"
#include "app/cli/FixSession.h"
#include "app/fixes/EditCycle.h"
#include "app/fixes/PoolMemoryProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::FixMaxChildrenCommand)
};
const QString kName = QStringLiteral("fix max-children");

QString poolNames(const QList<PhpFpmTarget> &targets)
{
    QStringList names;
    for (const PhpFpmTarget &t : targets)
        names << QStringLiteral("%1 (%2)").arg(t.pool, t.poolFile);
    return names.join(QLatin1String(", "));
}
} // namespace

int FixMaxChildrenCommand::run(const QStringList &arguments)
{
    CommandLine cli(
        kName, Text::tr("Set PHP-FPM's pm.max_children for a pool. Without --value, the memory measured now "
                        "decides: what is "
                        "available plus what the pool holds, less a fifth for headroom, divided by the "
                        "average child's RSS. A listen.backlog below %1 is raised to %2 in the same edit: "
                        "it refuses a burst however many children there are.\n"
                        "Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run.")
                   .arg(MaxChildrenAdvice::smallBacklog())
                   .arg(MaxChildrenAdvice::defaultBacklog()));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    FixSession::addFixOptions(parser);
    parser.addOption({QStringLiteral("pool"),
                      Text::tr("The pool, e.g. www (default: the one behind --url, or the only one)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("url"),
                      Text::tr("The failing URL: picks the pool behind its fastcgi_pass."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("value"), Text::tr("The new pm.max_children (default: the suggestion)."),
                      QStringLiteral("N")});
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    std::optional<int> value;
    if (parser.isSet(QStringLiteral("value"))) {
        bool ok = false;
        value = parser.value(QStringLiteral("value")).toInt(&ok);
        if (!ok || *value < 1)
            return cli.fail(Text::tr("--value takes a whole number of children, 1 or more."));
    }
    const Result<QString, FailingUrl::Problem> typedUrl = cli.url();
    if (!typedUrl)
        return cli.fail(typedUrl.error().message);
    const QString url = *typedUrl;
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, url);
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    const FixContext &context = session.context();
    const QList<PhpFpmTarget> &targets = context.phpFpmTargets();
    if (targets.isEmpty())
        return cli.fail(
            Text::tr("no running PHP-FPM pool was found on %1.").arg(session.machine()->displayName()));

    std::optional<PhpFpmTarget> target;
    const QString pool = parser.value(QStringLiteral("pool"));
    if (!pool.isEmpty()) {
        for (const PhpFpmTarget &t : targets) {
            if (t.pool == pool)
                target = t;
        }
        if (!target)
            return cli.fail(Text::tr("no pool named %1; the pools are: %2.").arg(pool, poolNames(targets)));
    } else if (!url.isEmpty()) {
        const Result<int, FixError> block = context.blockForUrl(url);
        if (!block)
            return cli.fail(block.error().message());
        target = context.phpFpmTargetFor(*block);
        if (!target)
            return cli.fail(Text::tr("%1 is not served by a running PHP-FPM pool (%2).")
                                .arg(url, context.describeBlock(*block)));
    } else if (targets.size() == 1) {
        target = targets.first();
    } else {
        return cli.fail(
            Text::tr("several pools run here: %1. Choose one with --pool or --url.").arg(poolNames(targets)));
    }

    // Measured now, on the server: also finds the exact php-fpm binary for the test.
    PoolMemoryProbe probe(session.machine(), *target);
    const Result<PoolMemory, FixError> memory = probe.probeAndWait();
    if (!memory)
        return cli.fail(memory.error().message());
    QTextStream err(stderr);
    err << Text::tr("Pool %1 (%2): pm.max_children = %3, %4 children running.")
               .arg(target->pool, target->poolFile)
               .arg(target->maxChildren)
               .arg(memory->children)
        << '\n';
    if (memory->advice)
        err << memory->advice->reason << '\n';
    else
        err << Text::tr("No children of the pool are running, so there is no child size to go on.") << '\n';
    if (!value) {
        if (!memory->advice)
            return cli.fail(Text::tr("give the new value with --value N."));
        value = memory->advice->value;
    }
    // More children do not help while the kernel's queue in front of them refuses a
    // burst: a small listen.backlog is raised in the same edit (php-fpm -t checks both).
    const std::optional<MaxChildrenAdvice::Advice> backlog =
        MaxChildrenAdvice::backlog(target->listenBacklog, *value);
    if (backlog)
        err << backlog->reason << '\n';
    if (*value == target->maxChildren && !backlog) {
        QTextStream(stdout) << Text::tr("Nothing to change.") << '\n';
        return ExitOk;
    }

    EditRequest request;
    request.runtime = context.runtime();
    request.config = context.config();
    request.phpFpm = memory->target.runtime;
    request.pool = target->pool;
    request.poolFile = target->poolFile;
    request.maxChildren = *value;
    request.listenBacklog = backlog ? backlog->value : 0;
    request.url = url;
    return session.apply(request, parser, kName);
}

} // namespace gd
