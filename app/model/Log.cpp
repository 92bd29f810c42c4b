#include "app/model/Log.h"

Q_LOGGING_CATEGORY(lcFacts, "gd.facts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "gd.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFixes, "gd.fixes", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLab, "gd.lab", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "gd.cli", QtWarningMsg)

namespace gd::LogSwitch {

void enableVerbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("gd.*=true"));
    // Time and category on every line: the log is read next to the transcript.
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category}: %{message}"));
}

bool requestedByEnvironment()
{
    const QByteArray value = qgetenv("GD_VERBOSE");
    return !value.isEmpty() && value != "0";
}

} // namespace gd::LogSwitch
