#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd {

// One check of "Check my fix": what it looks at, whether it holds, and why (so the trainee
// learns which part is still wrong, never just "not fixed").
struct PracticeCheck
{
    enum class Status
    {
        Pass,
        Fail,
        NotApplicable, // e.g. a red herring has nothing to fix
    };
    QString id;    // "url", "nginx_t", "fault:stop_upstream", "nothing_deleted", "answer"
    QString title; // what is checked, in plain words
    Status status = Status::Fail;
    QString detail; // why it holds or not: the evidence

    static PracticeCheck pass(QString id, QString title, QString detail = {})
    {
        return {std::move(id), std::move(title), Status::Pass, std::move(detail)};
    }
    static PracticeCheck fail(QString id, QString title, QString detail)
    {
        return {std::move(id), std::move(title), Status::Fail, std::move(detail)};
    }
    static QString statusCode(Status status)
    {
        switch (status) {
        case Status::Pass:
            return QStringLiteral("pass");
        case Status::Fail:
            return QStringLiteral("fail");
        case Status::NotApplicable:
            return QStringLiteral("n/a");
        }
        return {};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("title"), title},
                {QStringLiteral("status"), statusCode(status)},
                {QStringLiteral("detail"), detail}};
    }
};

struct PracticeCheckReport
{
    QList<PracticeCheck> checks;
    qint64 durationMs = 0;

    bool fixed() const
    {
        for (const PracticeCheck &c : checks) {
            if (c.status == PracticeCheck::Status::Fail)
                return false;
        }
        return !checks.isEmpty();
    }
    QJsonObject toJson() const
    {
        QJsonArray items;
        for (const PracticeCheck &c : checks)
            items.append(c.toJson());
        return {{QStringLiteral("fixed"), fixed()},
                {QStringLiteral("checks"), items},
                {QStringLiteral("duration_ms"), durationMs}};
    }
};

} // namespace gd
