#pragma once

#include "app/lab/LabError.h"
#include "app/lab/PracticeCheck.h"

#include <QJsonObject>
#include <QString>

namespace gd {

struct LabBlueprint;
class LabRuntime;
class LabTree;

// One way of breaking the lab on purpose, as a C++ primitive: never a shell string.
//
// prepare() changes the lab's files before anything runs (config faults: nginx starts on
// the broken config, as after a reload); apply() acts on the running lab (stop a service,
// add a firewall rule). verify() says whether the fault is in place, undo() puts things
// back as far as they can be, check() is the fault's own part of "fixed": it looks at the
// lab as the trainee left it (the snapshot of etc/ and srv/) and says what holds.
//
// Faults are rebuilt from the scenario's JSON for every command (the CLI is many short
// processes); what undo needs beyond that (an nft rule's handle, a mode before a chmod) is
// kept in record() and given back through restore().
class Fault
{
public:
    explicit Fault(QJsonObject spec) : m_spec(std::move(spec)) {}
    virtual ~Fault() = default;
    Fault(const Fault &) = delete;
    Fault &operator=(const Fault &) = delete;

    QString type() const { return m_spec.value(QStringLiteral("type")).toString(); }
    const QJsonObject &spec() const { return m_spec; }
    // What the machine must have for this fault ("nft", "selinux", ...), or empty.
    virtual QString requirement() const { return {}; }

    virtual LabError prepare(LabBlueprint &) { return {}; }
    virtual LabError apply(LabRuntime &) { return {}; }
    virtual LabError verify(LabRuntime &lab, const LabTree &tree) = 0;
    virtual LabError undo(LabRuntime &lab) = 0;
    virtual PracticeCheck check(LabRuntime &lab, const LabTree &tree) = 0;

    // Values the fault learned while applying (an nft rule's handle), for the reference
    // fix's placeholders.
    virtual QJsonObject record() const { return {}; }
    virtual void restore(const QJsonObject &) {}

protected:
    QString string(const char *key) const { return m_spec.value(QLatin1String(key)).toString(); }

private:
    QJsonObject m_spec; // with the run's parameters already expanded
};

} // namespace gd
