#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

namespace gd {

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

} // namespace gd
