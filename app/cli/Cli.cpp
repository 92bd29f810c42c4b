#include "app/cli/Cli.h"

#include "app/cli/DiagnoseCommand.h"
#include "app/cli/FixMaxChildrenCommand.h"
#include "app/cli/FixTimeoutsCommand.h"
#include "app/cli/MonitorCommand.h"
#include "app/cli/PracticeCommand.h"
#include "app/cli/ReloadCommand.h"
#include "app/cli/RestartUpstreamCommand.h"
#include "app/cli/RollbackCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace gd {

namespace {

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 ||
            std::strcmp(arg, "--help-all") == 0)
            return true;
        if (arg[0] != '-')
            return true; // a subcommand
    }
    return false;
}

} // namespace

int Cli::main(int argc, char **argv, const GuiEntry &gui)
{
    if (!wantsHeadless(argc, argv))
        return gui(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gateway-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GD_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("diagnose"))
        return DiagnoseCommand::run(arguments.mid(1));
    if (command == QLatin1String("fix") && arguments.value(2) == QLatin1String("timeouts"))
        return FixTimeoutsCommand::run(arguments.mid(1));
    if (command == QLatin1String("fix") && arguments.value(2) == QLatin1String("max-children"))
        return FixMaxChildrenCommand::run(arguments.mid(1));
    if (command == QLatin1String("reload"))
        return ReloadCommand::run(arguments.mid(1));
    if (command == QLatin1String("restart-upstream"))
        return RestartUpstreamCommand::run(arguments.mid(1));
    if (command == QLatin1String("monitor"))
        return MonitorCommand::run(arguments.mid(1));
    if (command == QLatin1String("rollback"))
        return RollbackCommand::run(arguments.mid(1));
    if (command == QLatin1String("practice"))
        return PracticeCommand::run(arguments.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gd::Cli", "Gateway Doctor: find out why nginx answers 502 Bad Gateway / 504 Gateway Timeout, "
                   "on this computer or a server over SSH, and fix it safely.\n\n"
                   "Without arguments the guided wizard opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "gd::Cli", "diagnose, fix timeouts, fix max-children, reload, restart-upstream, monitor, "
                       "rollback, practice (each has --help); without a "
                       "command the wizard opens."));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QTextStream(stderr)
            << QCoreApplication::translate("gd::Cli", "Unknown command: %1").arg(positional.first()) << '\n'
            << parser.helpText();
        return 2;
    }
    return 0;
}

} // namespace gd
