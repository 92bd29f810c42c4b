#include "app/lab/LabService.h"

#include <QJsonArray>

namespace gd {

QJsonObject LabService::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
            {QStringLiteral("cwd"), cwd},
            {QStringLiteral("log"), log},
            {QStringLiteral("ready_file"), readyFile},
            {QStringLiteral("ready_text"), readyText},
            {QStringLiteral("fail_text"), failText},
            {QStringLiteral("reload_signal"), reloadSignal},
            {QStringLiteral("stop_signal"), stopSignal},
            {QStringLiteral("stop_grace_ms"), stopGraceMs},
            {QStringLiteral("start"), startAtLabStart}};
}

LabService LabService::fromJson(const QJsonObject &json)
{
    LabService s;
    s.name = json.value(QStringLiteral("name")).toString();
    s.kind = json.value(QStringLiteral("kind")).toString();
    for (const QJsonValue &arg : json.value(QStringLiteral("argv")).toArray())
        s.argv << arg.toString();
    s.cwd = json.value(QStringLiteral("cwd")).toString(QStringLiteral("."));
    s.log = json.value(QStringLiteral("log")).toString();
    s.readyFile = json.value(QStringLiteral("ready_file")).toString();
    s.readyText = json.value(QStringLiteral("ready_text")).toString();
    s.failText = json.value(QStringLiteral("fail_text")).toString();
    s.reloadSignal = json.value(QStringLiteral("reload_signal")).toString();
    s.stopSignal = json.value(QStringLiteral("stop_signal")).toString(QStringLiteral("TERM"));
    s.stopGraceMs = json.value(QStringLiteral("stop_grace_ms")).toInt(3000);
    s.startAtLabStart = json.value(QStringLiteral("start")).toBool(true);
    return s;
}

} // namespace gd
