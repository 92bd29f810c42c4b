#pragma once

#include "app/model/DiagnosisReport.h"

#include <QJsonObject>

namespace gd {

// The --json schema (documented in README.md, "diagnose --json"):
// {"target": {...}, "steps": [{"step", "title", "status", "checks": [...]}],
//  "findings": [{"cause", "severity", "step", "upstream", "summary", "evidence", "remedy", ...}]}
class ReportJson
{
public:
    static QJsonObject toJson(const DiagnosisReport &report);
    static QJsonObject toJson(const Finding &finding);
    static QJsonObject toJson(const Evidence &evidence);
    static QJsonObject toJson(const FixAction &action);
    static QJsonObject toJson(const CheckResult &check);
};

} // namespace gd
