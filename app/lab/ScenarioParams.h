#pragma once

#include "app/lab/LabError.h"
#include "app/lab/Scenario.h"
#include "remote/Result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gd {

// Loopback ports as the lab host sees them: some free ones (distinct) and every port that
// has a listener now.
struct PortPool
{
    QList<quint16> free;
    QSet<quint16> listening;
};

using ParamValues = QMap<QString, QString>;

// A scenario's parameters for one run. The same seed gives the same choices, ranges,
// tokens and port offsets; the ports themselves are whatever is free on the lab host.
class ScenarioParams
{
public:
    // Values every scenario can use without declaring them (filled by the lab):
    // lab, nginx_port, url, token, php_version, php_sock_dir, worker_user, worker_group.
    static QStringList builtInNames();

    static Result<ParamValues, LabError> resolve(const Scenario &scenario, quint64 seed, PortPool ports);

    // Replaces every {name}; names without a value stay as they are.
    static QString expand(const QString &text, const ParamValues &values);
    static QStringList expand(const QStringList &lines, const ParamValues &values);
    // The {name} placeholders in text.
    static QSet<QString> placeholders(const QString &text);
    // Placeholders in the scenario's texts that are neither a parameter nor built in.
    static QStringList unknownPlaceholders(const Scenario &scenario);
};

} // namespace gd
