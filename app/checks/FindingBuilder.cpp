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

Finding FindingBuilder::build() const
{
    Finding f = m_finding;
    if (!m_remedySet)
        f.remedy = causeRemedy(f.cause, f.upstream);
    return f;
}

} // namespace gd
