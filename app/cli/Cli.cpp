#include "app/cli/Cli.h"

#include "app/cli/DiagnoseCommand.h"
#include "app/cli/ExitStatus.h"
#include "app/cli/FixApplyCommand.h"
#include "app/cli/FixMaxChildrenCommand.h"
#include "app/cli/FixTimeoutsCommand.h"
#include "app/cli/MonitorCommand.h"
#include "app/cli/PracticeCommand.h"
#include "app/cli/ReloadCommand.h"
#include "app/cli/RestartUpstreamCommand.h"
#include "app/cli/RollbackCommand.h"
#include "app/cli/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace gd {

namespace {

// JSON is for scripts: its texts stay English whatever the locale says.
bool wantsJson(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--json") || a == QLatin1String("--format=json") ||
            (a == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("json")))
            return true;
    }
    return false;
}

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

// Every command, by the words that name it (longest first where names share a word).
struct Command
{
    QStringList words;
    int (*run)(const QStringList &arguments);
};

const QList<Command> &commands()
{
    static const QList<Command> table{
        {{QStringLiteral("diagnose")}, &DiagnoseCommand::run},
        {{QStringLiteral("fix"), QStringLiteral("apply")}, &FixApplyCommand::run},
        {{QStringLiteral("fix"), QStringLiteral("timeouts")}, &FixTimeoutsCommand::run},
        {{QStringLiteral("fix"), QStringLiteral("max-children")}, &FixMaxChildrenCommand::run},
        {{QStringLiteral("reload")}, &ReloadCommand::run},
        {{QStringLiteral("restart-upstream")}, &RestartUpstreamCommand::run},
        {{QStringLiteral("monitor")}, &MonitorCommand::run},
        {{QStringLiteral("rollback")}, &RollbackCommand::run},
        {{QStringLiteral("practice")}, &PracticeCommand::run},
    };
    return table;
}

const Command *commandFor(const QStringList &arguments)
{
    for (const Command &c : commands()) {
        if (arguments.mid(1, c.words.size()) == c.words)
            return &c;
    }
    return nullptr;
}

QString commandNames()
{
    QStringList names;
    for (const Command &c : commands())
        names << c.words.join(QLatin1Char(' '));
    return names.join(QStringLiteral(", "));
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
    if (!wantsJson(arguments))
        Translations::install(app);
    if (const Command *command = commandFor(arguments))
        return command->run(arguments.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gd::Cli", "Gateway Doctor: find out why nginx answers 502 Bad Gateway / 504 Gateway Timeout, "
                   "on this computer or a server over SSH, and fix it safely.\n\n"
                   "Without arguments the guided wizard opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("gd::Cli", "%1 (each has --help); without a command the wizard opens.")
            .arg(commandNames()));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QTextStream(stderr)
            << QCoreApplication::translate("gd::Cli", "Unknown command: %1").arg(positional.first()) << '\n'
            << parser.helpText();
        return ExitCouldNotRun;
    }
    return ExitOk;
}

} // namespace gd
