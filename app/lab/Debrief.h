#pragma once

#include "app/lab/LabState.h"
#include "app/lab/Scenario.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gd {

// A safe habit an experienced admin keeps, and whether this run showed it.
struct DebriefHabit
{
    enum class Status
    {
        Met,
        Missed,
        NotApplicable
    };
    QString id; // tested_before_reload, reload_not_restart, backup_before_edit, only_needed_files
    QString title;
    Status status = Status::NotApplicable;
    QString detail;
};

struct DebriefScoreLine
{
    QString what;
    int points = 0;
};

// Everything the debrief says about one practice run: the facts (time, hints, the cause
// named and when, checks, habits, downtime), the score with every line that made it, the
// trainee's path beside the doctor's, and the reference fix. Exported as Markdown, HTML
// (and, in the wizard, PDF) and kept per user in the results file as JSON.
struct Debrief
{
    QString scenarioId;
    QString title;
    int difficulty = 1;
    QString ticket;
    QString expectedCause; // a cause code or "none"
    QString explanation;
    QString machine;
    quint64 seed = 0;
    QString mode = QStringLiteral("guided");
    int parMinutes = 10;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 seconds = 0;

    bool fixed = false;
    bool solvedByLab = false;
    std::optional<QDateTime> fixedAt;
    int hintsUsed = 0; // ladder steps shown
    QString namedCause;
    std::optional<QDateTime> namedAt;
    bool namedCorrectly = false;
    bool namedBeforeFirstChange = false;
    std::optional<QDateTime> firstChangeAt;
    int checks = 0;
    int failedChecks = 0;
    int reloads = 0;         // reloads of the lab's nginx after the handover
    int rejectedReloads = 0; // ... that nginx refused ([emerg])
    bool nginxRestarted = false;
    qint64 brokenSeconds = 0; // from the handover until fixed (or the end)

    QList<DebriefHabit> habits;
    QList<DebriefScoreLine> score;
    int total = 0;

    QList<LabEvent> path; // the trainee's
    QJsonObject doctor;   // PracticeDoctor::path
    QJsonArray referenceFix;
    QList<ScenarioHint> hints;

    QJsonObject toJson() const;
    static Debrief fromJson(const QJsonObject &json);
    static QString habitStatusCode(DebriefHabit::Status status);
};

// The score: transparent, every line shown. Start at 100; the cause named right before the
// first change +15 (after it +5), each wrong name -5; hints -5 / -10 / -20 by step
// (question, where, answer); -5 per failed check (at most -20); -10 per reload nginx
// refused; +2 per safe habit kept; +10 when fixed within par, -10 beyond twice par. Not
// fixed, or fixed by `practice solve`: 0.
class PracticeScore
{
public:
    static void compute(Debrief &debrief);
};

} // namespace gd
