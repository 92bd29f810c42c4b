#include "app/cli/DiagnoseCommand.h"

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
QString tr(const char *text)
{
    return QCoreApplication::translate("gd::DiagnoseCommand", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "gateway-doctor diagnose: " << message << '\n';
    return 2;
}
} // namespace

int DiagnoseCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Diagnose why nginx answers 502/504: the six steps, then the findings with evidence and remedy.\n"
           "Exit status: 0 no problem found, 1 problems found, 2 could not diagnose."));
    parser.addHelpOption();
    TargetOptions::addTo(parser);
    parser.addOption({QStringLiteral("url"),
                      tr("The URL that fails (picks the server, location and upstream)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("since"), tr("How far back to read the logs (default 24h)."),
                      QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as JSON (schema in README.md).")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));

    Result<TargetOptions> target = TargetOptions::from(parser);
    if (!target)
        return fail(target.error().toString());
    DiagnosisOptions options;
    options.nginxBinary = target->nginx;
    options.configFile = target->conf;
    options.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("since"))) {
        const std::optional<qint64> seconds =
            DurationText::parseSeconds(parser.value(QStringLiteral("since")));
        if (!seconds)
            return fail(tr("--since takes a duration such as 30m, 6h or 2d, not \"%1\".")
                            .arg(parser.value(QStringLiteral("since"))));
        options.sinceSeconds = *seconds;
    }

    Result<std::shared_ptr<Machine>> machine = target->open();
    if (!machine)
        return fail(machine.error().toString());
    DiagnosisEngine engine(machine->get(), options);
    if (const RemoteError error = engine.runAndWait())
        return fail(error.toString());
    const DiagnosisReport &report = engine.report();
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented);
    else
        out << ReportText::render(report, ::isatty(STDOUT_FILENO));
    out.flush();
    return report.problemFound() ? 1 : 0;
}

} // namespace gd
