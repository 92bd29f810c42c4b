#include "app/lab/LabState.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

namespace gd {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject bytesMap(const QMap<QString, QByteArray> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), utf8Text(it.value()));
    return object;
}

QMap<QString, QByteArray> bytesMap(const QJsonObject &object)
{
    QMap<QString, QByteArray> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString().toUtf8());
    return map;
}

} // namespace

QJsonObject LabEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("at"), iso(at)}, {QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

LabEvent LabEvent::fromJson(const QJsonObject &json)
{
    return {fromIso(json.value(QStringLiteral("at"))), json.value(QStringLiteral("kind")).toString(),
            json.value(QStringLiteral("text")).toString(), json.value(QStringLiteral("data")).toObject()};
}

void LabState::addEvent(const QString &kind, const QString &text, const QJsonObject &data)
{
    events << LabEvent{QDateTime::currentDateTimeUtc(), kind, text, data};
}

QJsonObject LabState::toJson() const
{
    QJsonObject params;
    for (auto it = this->params.begin(); it != this->params.end(); ++it)
        params.insert(it.key(), it.value());
    QJsonArray services;
    for (const LabService &s : this->services)
        services.append(s.toJson());
    QJsonArray events;
    for (const LabEvent &e : this->events)
        events.append(e.toJson());
    QJsonObject o{{QStringLiteral("version"), 1},
                  {QStringLiteral("scenario"), scenario},
                  {QStringLiteral("seed"), QString::number(seed)},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("params"), params},
                  {QStringLiteral("machine"), machine},
                  {QStringLiteral("lab_dir"), labDir},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("started_at"), iso(startedAt)},
                  {QStringLiteral("ready_ms"), readyMs},
                  {QStringLiteral("symptom_seen"), symptomSeen},
                  {QStringLiteral("services"), services},
                  {QStringLiteral("fault_records"), faultRecords},
                  {QStringLiteral("baseline"), bytesMap(baseline)},
                  {QStringLiteral("seen"), bytesMap(seen)},
                  {QStringLiteral("handover_log_offset"), handoverLogOffset},
                  {QStringLiteral("nginx_pid_at_handover"), nginxPidAtHandover},
                  {QStringLiteral("hint_level"), hintLevel},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("doctor"), doctor},
                  {QStringLiteral("solved_by_lab"), solvedByLab},
                  {QStringLiteral("answered_cause"), answeredCause},
                  {QStringLiteral("failed_checks"), failedChecks},
                  {QStringLiteral("checks"), checks}};
    if (firstChangeAt)
        o.insert(QStringLiteral("first_change_at"), iso(*firstChangeAt));
    if (fixedAt)
        o.insert(QStringLiteral("fixed_at"), iso(*fixedAt));
    if (answeredAt)
        o.insert(QStringLiteral("answered_at"), iso(*answeredAt));
    return o;
}

Result<LabState, LabError> LabState::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return LabError(
            LabError::Kind::Failed,
            QCoreApplication::translate("gd::LabState", "The lab's record has an unknown version."));
    LabState s;
    s.scenario = json.value(QStringLiteral("scenario")).toObject();
    s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    s.mode = json.value(QStringLiteral("mode")).toString(QStringLiteral("guided"));
    const QJsonObject params = json.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        s.params.insert(it.key(), it.value().toString());
    s.machine = json.value(QStringLiteral("machine")).toString();
    s.labDir = json.value(QStringLiteral("lab_dir")).toString();
    s.url = json.value(QStringLiteral("url")).toString();
    s.startedAt = fromIso(json.value(QStringLiteral("started_at")));
    s.readyMs = qint64(json.value(QStringLiteral("ready_ms")).toDouble());
    s.symptomSeen = json.value(QStringLiteral("symptom_seen")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("services")).toArray())
        s.services << LabService::fromJson(v.toObject());
    s.faultRecords = json.value(QStringLiteral("fault_records")).toArray();
    s.baseline = bytesMap(json.value(QStringLiteral("baseline")).toObject());
    s.seen = bytesMap(json.value(QStringLiteral("seen")).toObject());
    s.handoverLogOffset = qint64(json.value(QStringLiteral("handover_log_offset")).toDouble());
    s.nginxPidAtHandover = qint64(json.value(QStringLiteral("nginx_pid_at_handover")).toDouble());
    s.hintLevel = json.value(QStringLiteral("hint_level")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("events")).toArray())
        s.events << LabEvent::fromJson(v.toObject());
    s.doctor = json.value(QStringLiteral("doctor")).toObject();
    s.solvedByLab = json.value(QStringLiteral("solved_by_lab")).toBool();
    s.answeredCause = json.value(QStringLiteral("answered_cause")).toString();
    s.failedChecks = json.value(QStringLiteral("failed_checks")).toInt();
    s.checks = json.value(QStringLiteral("checks")).toInt();
    if (json.contains(QStringLiteral("first_change_at")))
        s.firstChangeAt = fromIso(json.value(QStringLiteral("first_change_at")));
    if (json.contains(QStringLiteral("fixed_at")))
        s.fixedAt = fromIso(json.value(QStringLiteral("fixed_at")));
    if (json.contains(QStringLiteral("answered_at")))
        s.answeredAt = fromIso(json.value(QStringLiteral("answered_at")));
    return s;
}

} // namespace gd
