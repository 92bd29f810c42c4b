#include "app/checks/FindingBuilder.h"

namespace gd {

FindingBuilder::FindingBuilder(Cause cause)
{
    m_finding.cause = cause;
    m_finding.step = causeStep(cause);
    m_finding.remedyStep = causeRemedyStep(cause);
}

FindingBuilder &FindingBuilder::upstream(const QString &upstream)
{
    m_finding.upstream = upstream;
    return *this;
}

FindingBuilder &FindingBuilder::timing(FindingTiming timing)
{
    m_finding.timing = timing;
    return *this;
}

FindingBuilder &FindingBuilder::seenInLog(const QStringList &sites, const QDateTime &lastSeen)
{
    m_finding.sites = sites;
    m_finding.lastSeen = lastSeen;
    return *this;
}

FindingBuilder &FindingBuilder::severity(Severity severity)
{
    m_finding.severity = severity;
    return *this;
}

FindingBuilder &FindingBuilder::confidence(double confidence)
{
    m_finding.confidence = confidence;
    return *this;
}

FindingBuilder &FindingBuilder::summary(const QString &summary)
{
    m_finding.summary = summary;
    return *this;
}

FindingBuilder &FindingBuilder::evidence(const Evidence &evidence)
{
    m_finding.evidence.append(evidence);
    return *this;
}

FindingBuilder &FindingBuilder::evidence(const QList<Evidence> &evidence)
{
    m_finding.evidence.append(evidence);
    return *this;
}

FindingBuilder &FindingBuilder::remedy(const QString &remedy)
{
    m_finding.remedy = remedy;
    m_remedySet = true;
    return *this;
}

FindingBuilder &FindingBuilder::remedyStep(int step)
{
    m_finding.remedyStep = step;
    return *this;
}

FindingBuilder &FindingBuilder::settings(int blockIndex, const QList<QPair<QString, QString>> &settings)
{
    m_finding.blockIndex = blockIndex;
    m_finding.suggestedSettings = settings;
    return *this;
}

FindingBuilder &FindingBuilder::followsFrom(Cause root)
{
    m_finding.rootCause = root;
    return *this;
}

FindingBuilder &FindingBuilder::action(const FixAction &action)
{
    // Two insertions after the same line (a block's opening line gets two new
    // directives) are one edit of that line: an edit names each line once.
    const QString prefix = action.oldText + QLatin1Char('\n');
    if (action.kind == FixAction::Kind::Edit && action.newText.startsWith(prefix)) {
        for (FixAction &a : m_finding.actions) {
            if (a.kind == FixAction::Kind::Edit && a.file == action.file && a.line == action.line &&
                a.oldText == action.oldText && a.newText.startsWith(prefix)) {
                a.newText += action.newText.mid(action.oldText.size());
                a.why += QStringLiteral("; ") + action.why;
                return *this;
            }
        }
    }
    m_finding.actions.append(action);
    return *this;
}

FindingBuilder &FindingBuilder::actions(const QList<FixAction> &actions)
{
    for (const FixAction &a : actions)
        action(a);
    return *this;
}

FindingBuilder &FindingBuilder::fixInApp()
{
    m_finding.fixInApp = true;
    return *this;
}

Finding FindingBuilder::build() const
{
    Finding f = m_finding;
    if (!m_remedySet)
        f.remedy = causeRemedy(f.cause, f.upstream);
    return f;
}

} // namespace gd
