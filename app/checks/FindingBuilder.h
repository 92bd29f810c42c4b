#pragma once

#include "app/model/Finding.h"

namespace gd {

// Makes a finding: the step and the remedy step come from the cause table
// (app/model/Cause), the general remedy too unless the check knows better.
//   out.add(FindingBuilder(Cause::DnsFailure).upstream(name).confidence(0.8)
//               .summary(text).evidence(e).build());
class FindingBuilder
{
public:
    explicit FindingBuilder(Cause cause);

    FindingBuilder &upstream(const QString &upstream);
    FindingBuilder &severity(Severity severity);
    FindingBuilder &confidence(double confidence);
    FindingBuilder &summary(const QString &summary);
    FindingBuilder &evidence(const Evidence &evidence);
    FindingBuilder &evidence(const QList<Evidence> &evidence);
    FindingBuilder &remedy(const QString &remedy);
    FindingBuilder &remedyStep(int step);
    // A step-5 edit: the block to edit and the values to set there.
    FindingBuilder &settings(int blockIndex, const QList<QPair<QString, QString>> &settings);
    FindingBuilder &followsFrom(Cause root);
    // The remedy's exact steps, in order (edits of real files, commands).
    FindingBuilder &action(const FixAction &action);
    FindingBuilder &actions(const QList<FixAction> &actions);
    // The fix lives in the application itself: no action here can fix it.
    FindingBuilder &fixInApp();
    // Error-log lines say it: the sites (`server:`) they name and the newest line's time,
    // for the scope and timing the engine gives every finding.
    FindingBuilder &timing(FindingTiming timing);
    FindingBuilder &seenInLog(const QStringList &sites, const QDateTime &lastSeen);

    Finding build() const;

private:
    Finding m_finding;
    bool m_remedySet = false;
};

} // namespace gd
