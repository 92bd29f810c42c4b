#pragma once

#include "app/lab/LabError.h"
#include "app/lab/LabService.h"
#include "app/lab/ScenarioParams.h"
#include "remote/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace gd {

// One thing that happened in a practice run, for the trainee's path in the debrief.
struct LabEvent
{
    QDateTime at; // UTC
    QString kind; // start, hint, check, answer, change, service, solve, doctor
    QString text; // one line for people
    QJsonObject data;

    QJsonObject toJson() const;
    static LabEvent fromJson(const QJsonObject &json);
};

// A running lab's own record, kept in the lab directory (practice/state.json): which
// scenario with which values, its services, what the faults need for undo, the files as
// handed over (to see the trainee's changes and that nothing was deleted), and the events.
// Every `practice` command reads it, acts, and writes it back.
struct LabState
{
    QJsonObject scenario; // the scenario file's JSON, as started
    quint64 seed = 0;
    QString mode = QStringLiteral("guided"); // guided, practice or exam (PracticeSession)
    ParamValues params;
    QString machine;
    QString labDir;
    QString url;
    QDateTime startedAt;
    qint64 readyMs = 0;
    QString symptomSeen; // "502", "no answer (...)"
    QList<LabService> services;
    QJsonArray faultRecords;            // one object per fault, in order
    QMap<QString, QByteArray> baseline; // watched file (or "link:target") as handed over
    QMap<QString, QByteArray> seen;     // ... as last seen (for the changes' diffs)
    qint64 handoverLogOffset = 0;
    qint64 nginxPidAtHandover = 0;
    int hintLevel = 0; // ladder steps shown
    QList<LabEvent> events;
    QJsonObject doctor; // the doctor's path on the broken lab (PracticeDoctor)
    bool solvedByLab = false;
    std::optional<QDateTime> firstChangeAt;
    std::optional<QDateTime> fixedAt;
    QString answeredCause;
    std::optional<QDateTime> answeredAt;
    int failedChecks = 0;
    int checks = 0;

    QJsonObject toJson() const;
    static Result<LabState, LabError> fromJson(const QJsonObject &json);
    void addEvent(const QString &kind, const QString &text, const QJsonObject &data = {});
};

} // namespace gd
