#include "app/lab/LabFixAction.h"

#include "app/lab/Scenario.h"

#include <QCoreApplication>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::LabFixAction)
};

} // namespace

QJsonObject LabFixAction::toJson() const
{
    if (kind == Kind::Edit)
        return {{QStringLiteral("kind"), QStringLiteral("edit")},
                {QStringLiteral("file"), file},
                {QStringLiteral("line"), line},
                {QStringLiteral("old"), oldLine},
                {QStringLiteral("new"), newText}};
    return {{QStringLiteral("kind"), QStringLiteral("command")},
            {QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
            {QStringLiteral("as_root"), asRoot},
            {QStringLiteral("host"), host}};
}

QJsonArray LabFixAction::toJson(const QList<LabFixAction> &actions)
{
    QJsonArray array;
    for (const LabFixAction &a : actions)
        array.append(a.toJson());
    return array;
}

Result<LabFixAction, LabError> LabFixAction::fromJson(const QJsonObject &json)
{
    LabFixAction a;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("edit")) {
        a.kind = Kind::Edit;
        a.file = json.value(QStringLiteral("file")).toString();
        a.line = json.value(QStringLiteral("line")).toInt();
        a.oldLine = json.value(QStringLiteral("old")).toString();
        a.newText = json.value(QStringLiteral("new")).toString();
        if (a.file.isEmpty() || a.oldLine.isEmpty() || !json.contains(QStringLiteral("new")))
            return LabError(LabError::Kind::BadScenario,
                            Text::tr("an edit needs \"file\", \"old\" and \"new\""));
        if (a.oldLine.contains(QLatin1Char('\n')))
            return LabError(LabError::Kind::BadScenario, Text::tr("an edit's \"old\" is one line"));
        return a;
    }
    if (kind == QLatin1String("command")) {
        a.kind = Kind::Command;
        for (const QJsonValue &arg : json.value(QStringLiteral("argv")).toArray())
            a.argv << arg.toString();
        a.asRoot = json.value(QStringLiteral("as_root")).toBool();
        a.host = json.value(QStringLiteral("host")).toString(QStringLiteral("nginx"));
        if (a.argv.isEmpty() || (a.host != QLatin1String("nginx") && a.host != QLatin1String("upstream")))
            return LabError(LabError::Kind::BadScenario,
                            Text::tr("a command needs \"argv\" and a \"host\" of nginx or upstream"));
        return a;
    }
    return LabError(LabError::Kind::BadScenario, Text::tr("a fix action's \"kind\" is edit or command"));
}

Result<QList<LabFixAction>, LabError> LabFixAction::expand(const Scenario &scenario,
                                                           const ParamValues &values, const QString &labDir)
{
    QList<LabFixAction> actions;
    for (const QJsonValue &value : scenario.fix) {
        Result<LabFixAction, LabError> parsed = fromJson(value.toObject());
        if (!parsed)
            return parsed.error();
        LabFixAction a = *parsed;
        a.file = ScenarioParams::expand(a.file, values);
        if (a.kind == Kind::Edit && !a.file.startsWith(QLatin1Char('/')))
            a.file = labDir + QLatin1Char('/') + a.file;
        a.oldLine = ScenarioParams::expand(a.oldLine, values);
        a.newText = ScenarioParams::expand(a.newText, values);
        a.argv = ScenarioParams::expand(a.argv, values);
        actions << a;
    }
    return actions;
}

LabError LabFixAction::validateTemplates(const Scenario &scenario)
{
    for (const QJsonValue &value : scenario.fix) {
        const Result<LabFixAction, LabError> parsed = fromJson(value.toObject());
        if (!parsed)
            return LabError(LabError::Kind::BadScenario,
                            scenario.source + QStringLiteral(": ") + parsed.error().message());
    }
    const QStringList unknown = ScenarioParams::unknownPlaceholders(scenario);
    if (!unknown.isEmpty())
        return LabError(LabError::Kind::BadScenario,
                        Text::tr("%1: unknown placeholders: %2")
                            .arg(scenario.source, unknown.join(QStringLiteral(", "))));
    return {};
}

QString LabFixAction::describe() const
{
    if (kind == Kind::Edit)
        return Text::tr("edit %1:%2: \"%3\" -> \"%4\"")
            .arg(file)
            .arg(line)
            .arg(oldLine.trimmed(), newText.trimmed());
    return (asRoot ? QStringLiteral("(as root) ") : QString()) + argv.join(QLatin1Char(' '));
}

} // namespace gd
