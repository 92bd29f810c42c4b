#include "app/cli/RestartUpstreamCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/FixSession.h"
#include "app/facts/Facts.h"
#include "app/fixes/UpstreamRestarter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::RestartUpstreamCommand)
};
const QString kName = QStringLiteral("restart-upstream");
} // namespace

int RestartUpstreamCommand::run(const QStringList &arguments)
{
    CommandLine cli(kName,
                    Text::tr("Restart the app server behind nginx (its systemd unit), then reload nginx.\n"
                             "Exit status: 0 done and confirmed, 1 refused, 2 could not run."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    parser.addOption({QStringLiteral("unit"),
                      Text::tr("The unit to restart (default: the one the diagnosis found)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("url"), Text::tr("The failing URL (picks the upstream)."), QStringLiteral("URL")});
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const Result<QString, FailingUrl::Problem> url = cli.url();
    if (!url)
        return cli.fail(url.error().message);
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, *url);
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    QString unit = parser.value(QStringLiteral("unit"));
    if (unit.isEmpty()) {
        const QStringList candidates = session.context().upstreamUnits();
        if (candidates.size() != 1)
            return cli.fail(candidates.isEmpty()
                                ? Text::tr("no systemd unit runs the upstream here; name it with --unit, or "
                                           "restart the app server the way it was started and run "
                                           "gateway-doctor reload.")
                                : Text::tr("several units serve upstreams (%1): choose one with --unit.")
                                      .arg(candidates.join(QLatin1String(", "))));
        unit = candidates.first();
    }
    UpstreamRestarter restarter(session.machine(), session.context().runtime());
    const RestartOutcome outcome = restarter.restartAndWait(unit);
    QTextStream err(stderr);
    for (const QString &step : outcome.steps)
        err << "  ok    " << step << '\n';
    session.transcript().recordChange(kName + QLatin1Char(' ') + unit,
                                      outcome.error ? QStringLiteral("failed") : QStringLiteral("applied"),
                                      outcome.error.message());
    if (outcome.error) {
        err << "  FAIL  " << outcome.error.message() << '\n';
        if (!outcome.manualCommand.isEmpty())
            err << Text::tr("  then: %1").arg(outcome.manualCommand) << '\n';
        return outcome.error.kind() == FixError::Kind::InvalidValue ? 1 : 2;
    }
    return ExitOk;
}

} // namespace gd
