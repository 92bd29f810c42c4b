#include "app/lab/Debrief.h"

#include <QCoreApplication>

#include <algorithm>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::Debrief)
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString Debrief::habitStatusCode(DebriefHabit::Status status)
{
    switch (status) {
    case DebriefHabit::Status::Met:
        return QStringLiteral("met");
    case DebriefHabit::Status::Missed:
        return QStringLiteral("missed");
    case DebriefHabit::Status::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

QJsonObject Debrief::toJson() const
{
    QJsonArray habits;
    for (const DebriefHabit &h : this->habits)
        habits.append(QJsonObject{{QStringLiteral("id"), h.id},
                                  {QStringLiteral("title"), h.title},
                                  {QStringLiteral("status"), habitStatusCode(h.status)},
                                  {QStringLiteral("detail"), h.detail}});
    QJsonArray score;
    for (const DebriefScoreLine &l : this->score)
        score.append(QJsonObject{{QStringLiteral("what"), l.what}, {QStringLiteral("points"), l.points}});
    QJsonArray path;
    for (const LabEvent &e : this->path)
        path.append(e.toJson());
    QJsonArray hints;
    for (const ScenarioHint &h : this->hints)
        hints.append(QJsonObject{{QStringLiteral("question"), h.question},
                                 {QStringLiteral("where"), h.where},
                                 {QStringLiteral("answer"), h.answer}});
    QJsonObject o{{QStringLiteral("scenario"), scenarioId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("difficulty"), difficulty},
                  {QStringLiteral("ticket"), ticket},
                  {QStringLiteral("expected_cause"), expectedCause},
                  {QStringLiteral("explanation"), explanation},
                  {QStringLiteral("machine"), machine},
                  {QStringLiteral("seed"), QString::number(seed)},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("par_minutes"), parMinutes},
                  {QStringLiteral("started_at"), iso(startedAt)},
                  {QStringLiteral("ended_at"), iso(endedAt)},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("fixed"), fixed},
                  {QStringLiteral("solved_by_lab"), solvedByLab},
                  {QStringLiteral("hints_used"), hintsUsed},
                  {QStringLiteral("named_cause"), namedCause},
                  {QStringLiteral("named_correctly"), namedCorrectly},
                  {QStringLiteral("named_before_first_change"), namedBeforeFirstChange},
                  {QStringLiteral("checks"), checks},
                  {QStringLiteral("failed_checks"), failedChecks},
                  {QStringLiteral("reloads"), reloads},
                  {QStringLiteral("rejected_reloads"), rejectedReloads},
                  {QStringLiteral("nginx_restarted"), nginxRestarted},
                  {QStringLiteral("broken_seconds"), brokenSeconds},
                  {QStringLiteral("habits"), habits},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("doctor"), doctor},
                  {QStringLiteral("reference_fix"), referenceFix},
                  {QStringLiteral("hints"), hints}};
    if (fixedAt)
        o.insert(QStringLiteral("fixed_at"), iso(*fixedAt));
    if (namedAt)
        o.insert(QStringLiteral("named_at"), iso(*namedAt));
    if (firstChangeAt)
        o.insert(QStringLiteral("first_change_at"), iso(*firstChangeAt));
    return o;
}

Debrief Debrief::fromJson(const QJsonObject &o)
{
    Debrief d;
    d.scenarioId = o.value(QStringLiteral("scenario")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.difficulty = o.value(QStringLiteral("difficulty")).toInt(1);
    d.ticket = o.value(QStringLiteral("ticket")).toString();
    d.expectedCause = o.value(QStringLiteral("expected_cause")).toString();
    d.explanation = o.value(QStringLiteral("explanation")).toString();
    d.machine = o.value(QStringLiteral("machine")).toString();
    d.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    d.mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("guided"));
    d.parMinutes = o.value(QStringLiteral("par_minutes")).toInt(10);
    d.startedAt = fromIso(o.value(QStringLiteral("started_at")));
    d.endedAt = fromIso(o.value(QStringLiteral("ended_at")));
    d.seconds = qint64(o.value(QStringLiteral("seconds")).toDouble());
    d.fixed = o.value(QStringLiteral("fixed")).toBool();
    d.solvedByLab = o.value(QStringLiteral("solved_by_lab")).toBool();
    d.hintsUsed = o.value(QStringLiteral("hints_used")).toInt();
    d.namedCause = o.value(QStringLiteral("named_cause")).toString();
    d.namedCorrectly = o.value(QStringLiteral("named_correctly")).toBool();
    d.namedBeforeFirstChange = o.value(QStringLiteral("named_before_first_change")).toBool();
    d.checks = o.value(QStringLiteral("checks")).toInt();
    d.failedChecks = o.value(QStringLiteral("failed_checks")).toInt();
    d.reloads = o.value(QStringLiteral("reloads")).toInt();
    d.rejectedReloads = o.value(QStringLiteral("rejected_reloads")).toInt();
    d.nginxRestarted = o.value(QStringLiteral("nginx_restarted")).toBool();
    d.brokenSeconds = qint64(o.value(QStringLiteral("broken_seconds")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("habits")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString status = h.value(QStringLiteral("status")).toString();
        d.habits << DebriefHabit{h.value(QStringLiteral("id")).toString(),
                                 h.value(QStringLiteral("title")).toString(),
                                 status == QLatin1String("met")      ? DebriefHabit::Status::Met
                                 : status == QLatin1String("missed") ? DebriefHabit::Status::Missed
                                                                     : DebriefHabit::Status::NotApplicable,
                                 h.value(QStringLiteral("detail")).toString()};
    }
    for (const QJsonValue &v : o.value(QStringLiteral("score")).toArray())
        d.score << DebriefScoreLine{v.toObject().value(QStringLiteral("what")).toString(),
                                    v.toObject().value(QStringLiteral("points")).toInt()};
    d.total = o.value(QStringLiteral("total")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("path")).toArray())
        d.path << LabEvent::fromJson(v.toObject());
    d.doctor = o.value(QStringLiteral("doctor")).toObject();
    d.referenceFix = o.value(QStringLiteral("reference_fix")).toArray();
    for (const QJsonValue &v : o.value(QStringLiteral("hints")).toArray()) {
        const QJsonObject h = v.toObject();
        d.hints << ScenarioHint{h.value(QStringLiteral("question")).toString(),
                                h.value(QStringLiteral("where")).toString(),
                                h.value(QStringLiteral("answer")).toString()};
    }
    if (o.contains(QStringLiteral("fixed_at")))
        d.fixedAt = fromIso(o.value(QStringLiteral("fixed_at")));
    if (o.contains(QStringLiteral("named_at")))
        d.namedAt = fromIso(o.value(QStringLiteral("named_at")));
    if (o.contains(QStringLiteral("first_change_at")))
        d.firstChangeAt = fromIso(o.value(QStringLiteral("first_change_at")));
    return d;
}

void PracticeScore::compute(Debrief &d)
{
    d.score.clear();
    if (d.solvedByLab) {
        d.score << DebriefScoreLine{Text::tr("completed with the reference fix (practice solve): no score"),
                                    0};
        d.total = 0;
        return;
    }
    if (!d.fixed) {
        d.score << DebriefScoreLine{Text::tr("not fixed: no score"), 0};
        d.total = 0;
        return;
    }
    d.score << DebriefScoreLine{Text::tr("fixed"), 100};
    if (!d.namedCause.isEmpty()) {
        if (d.namedCorrectly && d.namedBeforeFirstChange)
            d.score << DebriefScoreLine{Text::tr("named the cause right before the first change"), 15};
        else if (d.namedCorrectly)
            d.score << DebriefScoreLine{Text::tr("named the cause right, after changing things"), 5};
        else
            d.score << DebriefScoreLine{Text::tr("named the wrong cause (%1)").arg(d.namedCause), -5};
    }
    static const int hintCost[] = {5, 10, 20};
    for (int i = 0; i < d.hintsUsed; ++i) {
        static const char *const parts[] = {QT_TRANSLATE_NOOP("gd::Debrief", "hint %1: the question"),
                                            QT_TRANSLATE_NOOP("gd::Debrief", "hint %1: where to look"),
                                            QT_TRANSLATE_NOOP("gd::Debrief", "hint %1: the answer")};
        // Numbered as the banner and `practice hint` number them: "Hint 2 of 3".
        d.score << DebriefScoreLine{Text::tr(parts[i % 3]).arg(i + 1), -hintCost[i % 3]};
    }
    if (d.failedChecks > 0)
        d.score << DebriefScoreLine{Text::tr("%n failed check(s)", nullptr, d.failedChecks),
                                    -std::min(20, 5 * d.failedChecks)};
    if (d.rejectedReloads > 0)
        d.score << DebriefScoreLine{Text::tr("%n reload(s) nginx refused", nullptr, d.rejectedReloads),
                                    -10 * d.rejectedReloads};
    for (const DebriefHabit &h : d.habits) {
        if (h.status == DebriefHabit::Status::Met)
            d.score << DebriefScoreLine{Text::tr("safe habit: %1").arg(h.title), 2};
    }
    if (d.fixedAt) {
        const qint64 seconds = d.startedAt.secsTo(*d.fixedAt);
        if (seconds <= qint64(d.parMinutes) * 60)
            d.score << DebriefScoreLine{Text::tr("fixed within par (%1 min)").arg(d.parMinutes), 10};
        else if (seconds > qint64(d.parMinutes) * 120)
            d.score << DebriefScoreLine{Text::tr("more than twice par (%1 min)").arg(d.parMinutes), -10};
    }
    d.total = 0;
    for (const DebriefScoreLine &l : d.score)
        d.total += l.points;
    d.total = std::max(0, d.total);
}

} // namespace gd
