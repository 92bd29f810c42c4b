#pragma once

#include "app/cli/ExitStatus.h"
#include "app/model/FailingUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace gd {

// What every `gateway-doctor <command>` does with its arguments: its description
// and options, --help, --verbose (every gd.* log category on stderr), and errors
// worded the same way ("gateway-doctor fix timeouts: unknown option --x", exit 2).
//   CommandLine cli(QStringLiteral("reload"), tr("Reload nginx safely ..."));
//   cli.addTargetOptions();
//   if (const std::optional<int> exit = cli.parse(arguments)) return *exit;
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    const QString &name() const { return m_name; }

    // --ssh, --identity, ... (TargetOptions).
    void addTargetOptions();
    // Positional arguments this command takes (others are refused by parse()).
    void addPositional(const QString &name, const QString &description, const QString &syntax = QString());
    // Parses; an exit status when the command should stop here (--help printed: 0;
    // a bad argument: 2, said on stderr), else nothing.
    std::optional<int> parse(const QStringList &arguments);

    // --url as FailingUrl takes it ("" when not given), or why it is not a URL.
    Result<QString, FailingUrl::Problem> url() const;

    // "gateway-doctor NAME: message" on stderr; returns ExitCouldNotRun.
    int fail(const QString &message) const;
    static int fail(const QString &name, const QString &message);

private:
    QString m_name;
    QCommandLineParser m_parser;
    bool m_takesPositional = false;
};

} // namespace gd
