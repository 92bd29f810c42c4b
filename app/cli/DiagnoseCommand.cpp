#include "app/cli/DiagnoseCommand.h"

#include "app/cli/CommandLine.h"

#include "app/cli/DurationText.h"
#include "app/cli/ReportText.h"
#include "app/cli/TargetOptions.h"
#include "app/engine/DiagnosisEngine.h"
#include "app/report/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::DiagnoseCommand)
};

} // namespace

int DiagnoseCommand::run(const QStringList &arguments)
{
    CommandLine cli(
        QStringLiteral("diagnose"),
        Text::tr(
            "Diagnose why nginx answers 502/504: the six steps, then the findings with evidence and remedy.\n"
            "Exit status: 0 no problem found, 1 problems found, 2 could not diagnose. With --url, other "
            "sites' "
            "problems and errors that stopped are reported but do not count."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    parser.addOption({QStringLiteral("url"),
                      Text::tr("The URL that fails (picks the server, location and upstream)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("since"), Text::tr("How far back to read the logs (default 24h)."),
                      QStringLiteral("DURATION")});
    parser.addOption(
        {QStringLiteral("live-window"),
         Text::tr("With --url: error-log lines older than this, while the URL answers well now, are "
                  "history, not a live problem (default 15m)."),
         QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the report as JSON (schema in README.md).")});
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;

    Result<TargetOptions> target = TargetOptions::from(parser);
    if (!target)
        return cli.fail(target.error().toString());
    DiagnosisOptions options;
    options.nginxBinary = target->nginx;
    options.configFile = target->conf;
    const Result<QString, FailingUrl::Problem> url = cli.url();
    if (!url)
        return cli.fail(url.error().message);
    options.url = *url;
    if (parser.isSet(QStringLiteral("since"))) {
        const std::optional<qint64> seconds =
            DurationText::parseSeconds(parser.value(QStringLiteral("since")));
        if (!seconds)
            return cli.fail(Text::tr("--since takes a duration such as 30m, 6h or 2d, not \"%1\".")
                                .arg(parser.value(QStringLiteral("since"))));
        options.sinceSeconds = *seconds;
    }
    if (parser.isSet(QStringLiteral("live-window"))) {
        const std::optional<qint64> seconds =
            DurationText::parseSeconds(parser.value(QStringLiteral("live-window")));
        if (!seconds)
            return cli.fail(Text::tr("--live-window takes a duration such as 5m or 1h, not \"%1\".")
                                .arg(parser.value(QStringLiteral("live-window"))));
        options.liveWindowSeconds = *seconds;
    }

    Result<std::shared_ptr<Machine>> machine = target->open();
    if (!machine)
        return cli.fail(machine.error().toString());
    DiagnosisEngine engine(machine->get(), options);
    engine.setUpstreamHosts(target->openUpstreamHosts());
    if (const RemoteError error = engine.runAndWait())
        return cli.fail(error.toString());
    const DiagnosisReport &report = engine.report();
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented);
    else
        out << ReportText::render(report, ::isatty(STDOUT_FILENO));
    out.flush();
    return report.problemFound() ? ExitProblem : ExitOk;
}

} // namespace gd
