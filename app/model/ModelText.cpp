#include "app/model/CheckResult.h"
#include "app/model/Finding.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

namespace gd {

namespace {
// The section headings findings are grouped under (terminal, Markdown, the wizard).
struct FindingSectionText
{
    Q_DECLARE_TR_FUNCTIONS(gd::FindingSection)
};
} // namespace

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString findingScopeCode(FindingScope scope)
{
    switch (scope) {
    case FindingScope::Server:
        return QStringLiteral("server");
    case FindingScope::Url:
        return QStringLiteral("url");
    case FindingScope::Elsewhere:
        return QStringLiteral("elsewhere");
    }
    return {};
}

QString findingTimingCode(FindingTiming timing)
{
    switch (timing) {
    case FindingTiming::Now:
        return QStringLiteral("now");
    case FindingTiming::NextReload:
        return QStringLiteral("next_reload");
    case FindingTiming::Past:
        return QStringLiteral("past");
    }
    return {};
}

QString findingSection(const Finding &f)
{
    if (f.scope == FindingScope::Elsewhere)
        return FindingSectionText::tr("Elsewhere on this server (other sites; not why this URL fails)");
    if (f.timing == FindingTiming::NextReload)
        return FindingSectionText::tr("Will break the next reload or restart (not why requests fail now)");
    if (f.timing == FindingTiming::Past)
        return FindingSectionText::tr("Errors that stopped (history; not happening now)");
    return {};
}

QString checkStatusCode(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

CheckStatus worse(CheckStatus a, CheckStatus b)
{
    auto rank = [](CheckStatus s) {
        switch (s) {
        case CheckStatus::Skipped:
            return 0;
        case CheckStatus::Pass:
            return 1;
        case CheckStatus::Warn:
            return 2;
        case CheckStatus::Fail:
            return 3;
        case CheckStatus::Error:
            return 4;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

CommandRecord CommandRecord::of(const CommandResult &result, int maxOutput)
{
    CommandRecord record;
    record.commandLine = result.commandLine;
    record.exitCode = result.exitCode;
    record.durationMs = result.durationMs;
    QString output = utf8Text(result.stdOut);
    if (!result.stdErr.isEmpty()) {
        if (!output.isEmpty() && !output.endsWith(QLatin1Char('\n')))
            output += QLatin1Char('\n');
        output += utf8Text(result.stdErr);
    }
    if (output.size() > maxOutput)
        output = output.left(maxOutput) + QStringLiteral("\n…");
    record.output = output;
    if (result.error)
        record.error = result.error.toString();
    return record;
}

} // namespace gd
