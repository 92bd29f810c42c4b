#pragma once

#include "app/lab/LabError.h"
#include "app/lab/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// Every practice scenario: the ones built into the program (resources/practice/*.json,
// embedded), then those in extra directories (an instructor's own; a later file with the
// same id replaces an earlier one). A file that does not parse is reported, not skipped
// silently, and does not hide the others.
class ScenarioCatalog
{
public:
    // The built-in scenarios plus $GD_PRACTICE_DIR (when set).
    static ScenarioCatalog load();
    // Only the given directories (":/practice" is the embedded one).
    static ScenarioCatalog loadFrom(const QStringList &directories);

    const QList<Scenario> &scenarios() const { return m_scenarios; }
    const QList<LabError> &errors() const { return m_errors; }
    const Scenario *find(const QString &id) const;

    static QString builtInDirectory() { return QStringLiteral(":/practice"); }

private:
    QList<Scenario> m_scenarios;
    QList<LabError> m_errors;
};

} // namespace gd
