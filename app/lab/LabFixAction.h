#pragma once

#include "app/lab/LabError.h"
#include "app/lab/ScenarioParams.h"
#include "remote/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct Scenario;

// One step of a scenario's reference fix, as a template in the scenario file and,
// expanded, for one run. Its JSON has the shape of the diagnosis's own actions
// (app/model/FixAction, `actions` in --json), so the two can be compared:
//   {"kind": "edit", "file": "<real path>", "line": N, "old": "<exact current line>",
//    "new": "<replacement, may contain newlines>"}
//   {"kind": "command", "argv": [...], "as_root": false, "host": "nginx" | "upstream"}
struct LabFixAction
{
    enum class Kind
    {
        Edit,
        Command
    };
    Kind kind = Kind::Edit;
    QString file; // absolute, on the lab host
    int line = 0; // 1-based; 0 while unknown (a template)
    QString oldLine;
    QString newText;
    QStringList argv;
    bool asRoot = false;
    QString host = QStringLiteral("nginx");

    QJsonObject toJson() const;
    static Result<LabFixAction, LabError> fromJson(const QJsonObject &json);
    static QJsonArray toJson(const QList<LabFixAction> &actions);

    // The scenario's "fix" templates for one run: placeholders expanded, file paths made
    // absolute under labDir. Line numbers are filled in by FixApplier from the file.
    static Result<QList<LabFixAction>, LabError> expand(const Scenario &scenario, const ParamValues &values,
                                                        const QString &labDir);
    // Every template has a kind and what that kind needs.
    static LabError validateTemplates(const Scenario &scenario);
    // "edit etc/nginx/sites-available/shop:12" or the command line, for people.
    QString describe() const;
};

} // namespace gd
