#include "app/cli/FixTimeoutsCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/FixSession.h"
#include "app/fixes/EditCycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::FixTimeoutsCommand)
};
const QString kName = QStringLiteral("fix timeouts");
} // namespace

int FixTimeoutsCommand::run(const QStringList &arguments)
{
    CommandLine cli(
        kName,
        Text::tr("Set timeouts and buffers for the location that serves a URL (or the block at FILE:LINE). "
                 "Without "
                 "values, "
                 "the diagnosis's recommendation is used, else the guide's defaults (75s, 8 16k, 16k, 32k).\n"
                 "Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    FixSession::addFixOptions(parser);
    parser.addOption({QStringLiteral("url"),
                      Text::tr("The failing URL: picks the location, and is probed before and after."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("location"), Text::tr("The block to edit, as FILE:LINE."),
                      QStringLiteral("FILE:LINE")});
    parser.addOption({QStringLiteral("connect"), Text::tr("*_connect_timeout."), QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("send"), Text::tr("*_send_timeout."), QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("read"), Text::tr("*_read_timeout."), QStringLiteral("DURATION")});
    parser.addOption(
        {QStringLiteral("buffers"), Text::tr("*_buffers, e.g. '8 16k'."), QStringLiteral("N SIZE")});
    parser.addOption({QStringLiteral("buffer-size"), Text::tr("*_buffer_size."), QStringLiteral("SIZE")});
    parser.addOption(
        {QStringLiteral("busy-buffers-size"), Text::tr("*_busy_buffers_size."), QStringLiteral("SIZE")});
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const Result<QString, FailingUrl::Problem> typedUrl = cli.url();
    if (!typedUrl)
        return cli.fail(typedUrl.error().message);
    const QString url = *typedUrl;
    const QString location = parser.value(QStringLiteral("location"));
    if (url.isEmpty() == location.isEmpty())
        return cli.fail(Text::tr("give either --url URL or --location FILE:LINE."));

    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, url);
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    const FixContext &context = session.context();
    const Result<int, FixError> block = url.isEmpty() ? context.blockAt(location) : context.blockForUrl(url);
    if (!block)
        return cli.fail(block.error().message());
    const QString prefix = context.modulePrefixOf(*block);

    QList<SettingChange> changes;
    const QList<std::pair<const char *, const char *>> options{
        {"connect", "connect_timeout"}, {"send", "send_timeout"},
        {"read", "read_timeout"},       {"buffers", "buffers"},
        {"buffer-size", "buffer_size"}, {"busy-buffers-size", "busy_buffers_size"}};
    for (const auto &[option, suffix] : options) {
        if (parser.isSet(QLatin1String(option)))
            changes.append({prefix + QLatin1String(suffix), parser.value(QLatin1String(option))});
    }
    QTextStream err(stderr);
    if (changes.isEmpty()) {
        changes = context.recommended(*block);
        if (!changes.isEmpty()) {
            err << Text::tr("Using the diagnosis's recommendation for %1:").arg(context.describeBlock(*block))
                << '\n';
        } else {
            changes = FixContext::guideDefaults(prefix);
            err << Text::tr(
                       "The diagnosis found no timeout or header problem in %1; using the guide's values:")
                       .arg(context.describeBlock(*block))
                << '\n';
        }
    } else {
        err << Text::tr("Setting in %1:").arg(context.describeBlock(*block)) << '\n';
    }
    for (const SettingChange &c : std::as_const(changes))
        err << "  " << c.directive << ' ' << c.value << ";\n";

    EditRequest request;
    request.runtime = context.runtime();
    request.config = context.config();
    request.blockIndex = *block;
    request.changes = changes;
    request.url = url;
    return session.apply(request, parser, kName);
}

} // namespace gd
