#pragma once

#include "app/lab/Fault.h"
#include "app/lab/LabError.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace gd {

struct Scenario;

// Builds the fault primitives from a scenario's "faults" entries (already expanded).
class FaultFactory
{
public:
    static QStringList types();
    static std::unique_ptr<Fault> create(const QJsonObject &spec);
    // Every entry has a known type and the keys that type needs.
    static LabError validate(const Scenario &scenario);
};

using FaultList = std::vector<std::unique_ptr<Fault>>;

} // namespace gd
