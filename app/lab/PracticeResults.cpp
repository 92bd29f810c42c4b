#include "app/lab/PracticeResults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace gd {

PracticeResults::PracticeResults(QString path) : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString PracticeResults::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/gateway-doctor/practice/results.json");
}

QList<Debrief> PracticeResults::load() const
{
    QList<Debrief> results;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return results;
    const QJsonArray runs =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &run : runs)
        results << Debrief::fromJson(run.toObject());
    return results;
}

bool PracticeResults::append(const Debrief &debrief, QString *error) const
{
    QJsonArray runs;
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            runs = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("runs")).toArray();
    }
    runs.append(debrief.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("runs"), runs}})
                  .toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

int PracticeResults::best(const QString &scenarioId) const
{
    int best = -1;
    for (const Debrief &d : load()) {
        if (d.scenarioId == scenarioId && (d.fixed || d.solvedByLab))
            best = std::max(best, d.total);
    }
    return best;
}

std::optional<Debrief> PracticeResults::last() const
{
    const QList<Debrief> all = load();
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

} // namespace gd
