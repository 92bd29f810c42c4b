#pragma once

#include "app/lab/LabError.h"
#include "app/lab/LabFixAction.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gd {

class LabRuntime;

// Applies fix actions to a lab: edits by the lab itself (the line must still be exactly
// what the action says; its number is filled in), then `nginx -t` and a reload of the
// lab's nginx when an nginx file changed; commands only from a short list the lab
// understands (its own service commands, chmod inside the lab, nft on the lab's own
// table), never anything else.
class FixApplier
{
    Q_DECLARE_TR_FUNCTIONS(FixApplier)
public:
    explicit FixApplier(LabRuntime &lab) : m_lab(lab) {}

    // Fills in each edit's line number from the file as it is now (for showing the fix).
    LabError locate(QList<LabFixAction> &actions) const;
    LabError apply(QList<LabFixAction> &actions);
    const QStringList &log() const { return m_log; }

    // Whether the lab can run this command, and why not.
    QString refusal(const LabFixAction &action) const;

private:
    QString relative(const QString &absolute) const;
    LabError runCommand(const LabFixAction &action);

    LabRuntime &m_lab;
    QStringList m_log;
};

} // namespace gd
