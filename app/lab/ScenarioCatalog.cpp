#include "app/lab/ScenarioCatalog.h"

#include "app/lab/FaultFactory.h"
#include "app/lab/LabFixAction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

// Outside any namespace, as Q_INIT_RESOURCE requires; the scenarios live in the static
// library gd_app, whose resources are not registered by themselves.
static void initPracticeResources()
{
    Q_INIT_RESOURCE(practice);
}

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::ScenarioCatalog)
};

} // namespace

ScenarioCatalog ScenarioCatalog::load()
{
    QStringList directories{builtInDirectory()};
    const QString extra = qEnvironmentVariable("GD_PRACTICE_DIR");
    if (!extra.isEmpty())
        directories << extra;
    return loadFrom(directories);
}

ScenarioCatalog ScenarioCatalog::loadFrom(const QStringList &directories)
{
    initPracticeResources();
    ScenarioCatalog catalog;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                catalog.m_errors << LabError(
                    LabError::Kind::BadScenario,
                    Text::tr("%1: cannot be read: %2").arg(path, file.errorString()));
                continue;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                catalog.m_errors << LabError(LabError::Kind::BadScenario,
                                             Text::tr("%1: not a JSON object: %2 at offset %3")
                                                 .arg(path, parseError.errorString())
                                                 .arg(parseError.offset));
                continue;
            }
            Result<Scenario, LabError> scenario = Scenario::fromJson(document.object(), path);
            if (!scenario) {
                catalog.m_errors << scenario.error();
                continue;
            }
            // The faults and the reference fix are checked now, not when a trainee starts it.
            if (const LabError error = FaultFactory::validate(*scenario)) {
                catalog.m_errors << error;
                continue;
            }
            if (const LabError error = LabFixAction::validateTemplates(*scenario)) {
                catalog.m_errors << error;
                continue;
            }
            if (QFileInfo(path).completeBaseName() != scenario->id) {
                catalog.m_errors << LabError(
                    LabError::Kind::BadScenario,
                    Text::tr("%1: the file name must be the id (%2.json)").arg(path, scenario->id));
                continue;
            }
            auto existing = std::find_if(catalog.m_scenarios.begin(), catalog.m_scenarios.end(),
                                         [&](const Scenario &s) { return s.id == scenario->id; });
            if (existing != catalog.m_scenarios.end())
                *existing = *scenario;
            else
                catalog.m_scenarios << *scenario;
        }
    }
    std::sort(catalog.m_scenarios.begin(), catalog.m_scenarios.end(),
              [](const Scenario &a, const Scenario &b) {
                  return a.difficulty != b.difficulty ? a.difficulty < b.difficulty : a.id < b.id;
              });
    return catalog;
}

const Scenario *ScenarioCatalog::find(const QString &id) const
{
    for (const Scenario &scenario : m_scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace gd
