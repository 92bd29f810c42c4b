#include "app/cli/MonitorCommand.h"

#include "app/checks/PoolLiveStatus.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DurationText.h"
#include "app/cli/FixSession.h"
#include "app/facts/Facts.h"
#include "app/fixes/PoolStatusMonitor.h"
#include "app/fixes/UrlMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::MonitorCommand)
};
const QString kName = QStringLiteral("monitor");
} // namespace

int MonitorCommand::run(const QStringList &arguments)
{
    CommandLine cli(
        kName,
        Text::tr(
            "Probe the URL about once a second for a while, follow nginx's error log and the app's log or "
            "journal, and "
            "report whether the fix holds (a run of answers that are not 502/504).\n"
            "Exit status: 0 it holds, 1 it does not, 2 could not run."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    parser.addOption({QStringLiteral("url"), Text::tr("The URL to watch."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("for"), Text::tr("How long (default 2m)."), QStringLiteral("DURATION")});
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const Result<QString, FailingUrl::Problem> typedUrl = cli.url();
    if (!typedUrl)
        return cli.fail(typedUrl.error().message);
    const QString url = *typedUrl;
    if (url.isEmpty())
        return cli.fail(Text::tr("--url is required."));
    qint64 seconds = 120;
    if (parser.isSet(QStringLiteral("for"))) {
        const std::optional<qint64> parsed = DurationText::parseSeconds(parser.value(QStringLiteral("for")));
        if (!parsed || *parsed <= 0)
            return cli.fail(Text::tr("--for takes a duration such as 30s or 5m."));
        seconds = *parsed;
    }
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, url);
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    UrlMonitor monitor(session.machine(), url);
    monitor.setDurationMs(seconds * 1000);
    // nginx's error log and the app's own log where the diagnosis found one (php-fpm).
    QStringList logs;
    if (!session.context().runtime().errorLog.isEmpty())
        logs << session.context().runtime().errorLog;
    for (const LogTail &log : session.facts()->phpFpmLogs)
        logs << log.path;
    // gunicorn's, uwsgi's, node's own log files (those in the journal come with the units).
    for (const AppServerFacts &app : session.facts()->appServers) {
        if (app.log && app.log->tail)
            logs << app.log->path;
    }
    logs.removeDuplicates();
    monitor.setLogFiles(logs);
    // The app's own journal, where systemd runs it: crashes and tracebacks show up there.
    monitor.setJournalUnits(session.context().upstreamUnits());
    QTextStream out(stdout);
    QObject::connect(&monitor, &UrlMonitor::sampled, &monitor, [&out](const QString &status, bool good) {
        out << (good ? "  " : "! ") << status << '\n';
        out.flush();
    });
    QObject::connect(&monitor, &UrlMonitor::logLine, &monitor,
                     [&out](const QString &file, const QString &line) {
                         out << "  log " << file << ": " << line << '\n';
                         out.flush();
                     });
    // PHP-FPM pools with a status page: their live load next to the answers.
    PoolStatusMonitor pools(session.machine(), session.diagnosis()->phpFpmStatusTargets(),
                            session.diagnosis()->workerUser());
    QObject::connect(&pools, &PoolStatusMonitor::sampled, &pools,
                     [&out](const PhpFpmStatusTarget &pool, const PhpFpmStatusProbe::Answer &answer) {
                         out << (PoolLiveStatus::saturatedNow(answer, pool.maxChildren) ? "! " : "  ")
                             << Text::tr("pool %1: %2")
                                    .arg(pool.pool, answer.answered ? PoolLiveStatus::figures(
                                                                          answer.status, pool.maxChildren)
                                                                    : answer.problem)
                             << '\n';
                         out.flush();
                     });
    QTextStream(stderr) << Text::tr("Watching %1 for %2 s ...").arg(url).arg(seconds) << '\n';
    for (const PhpFpmStatusTarget &pool : pools.pools())
        QTextStream(stderr) << Text::tr("and PHP-FPM pool %1's status page (%2 on %3)")
                                   .arg(pool.pool, pool.statusPath, pool.listen)
                            << '\n';
    pools.start();
    const MonitorReport report = monitor.runAndWait();
    pools.stop();
    QStringList counts;
    for (auto it = report.counts.begin(); it != report.counts.end(); ++it)
        counts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    out << Text::tr("%1 probes: %2. Longest run without a gateway error: %3; at the end: %4.")
               .arg(report.probes)
               .arg(counts.join(QLatin1String(", ")))
               .arg(report.longestGoodRun)
               .arg(report.finalGoodRun)
        << '\n'
        << (report.holds() ? Text::tr("The fix holds.")
            : report.failures == 0
                ? Text::tr("No gateway errors, but %1 answers are too few to call it holding "
                           "(%2 in a row are needed): "
                           "watch longer.")
                      .arg(report.probes)
                      .arg(report.goodRunNeeded)
                : Text::tr("The fix does not hold yet."))
        << '\n';
    for (const QString &problem : report.followProblems)
        out << Text::tr("Not followed: %1").arg(problem) << '\n';
    session.transcript().recordChange(kName + QLatin1Char(' ') + url,
                                      report.holds() ? QStringLiteral("holds")
                                                     : QStringLiteral("does not hold"),
                                      counts.join(QLatin1String(", ")));
    return report.holds() ? 0 : 1;
}

} // namespace gd
