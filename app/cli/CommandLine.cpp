#include "app/cli/CommandLine.h"

#include "app/cli/TargetOptions.h"
#include "app/model/Log.h"

#include <QTextStream>

namespace gd {

CommandLine::CommandLine(const QString &name, const QString &description) : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("verbose"), tr("Log what is done, step by step, on stderr.")});
}

void CommandLine::addTargetOptions()
{
    TargetOptions::addTo(m_parser);
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_takesPositional = true;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // "fix timeouts ..." arrives as ["fix", "timeouts", ...]: the parser must see one
    // program name, not a positional "timeouts".
    QStringList args = arguments;
    const int words = int(m_name.count(QLatin1Char(' '))) + 1;
    for (int i = 1; i < words && args.size() > 1; ++i)
        args.removeAt(1);
    if (!m_parser.parse(args))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        return ExitOk;
    }
    if (!m_takesPositional && !m_parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(m_parser.positionalArguments().first()));
    if (m_parser.isSet(QStringLiteral("verbose")) || LogSwitch::requestedByEnvironment())
        LogSwitch::enableVerbose();
    qCDebug(lcCli).noquote() << "gateway-doctor" << m_name;
    return std::nullopt;
}

int CommandLine::fail(const QString &message) const
{
    return fail(m_name, message);
}

int CommandLine::fail(const QString &name, const QString &message)
{
    QTextStream(stderr) << "gateway-doctor " << name << ": " << message << '\n';
    return ExitCouldNotRun;
}

Result<QString, FailingUrl::Problem> CommandLine::url() const
{
    const Result<QString, FailingUrl::Problem> url = FailingUrl::from(m_parser.value(QStringLiteral("url")));
    if (!url)
        return FailingUrl::Problem{QStringLiteral("--url: ") + url.error().message};
    return url;
}

} // namespace gd
