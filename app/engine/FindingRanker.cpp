#include "app/engine/FindingRanker.h"

#include <algorithm>
#include <vector>

namespace gd {

QList<Finding> FindingRanker::rank(QList<Finding> findings)
{
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding &f) { return f.evidence.isEmpty(); }),
                   findings.end());
    // The URL's live causes first, then what breaks the next reload, then history, then
    // other sites': a latent or past problem is never the root cause of a failure now.
    auto tier = [](const Finding &f) {
        if (f.scope == FindingScope::Elsewhere)
            return 3;
        return f.timing == FindingTiming::Now ? 0 : f.timing == FindingTiming::NextReload ? 1 : 2;
    };
    auto before = [&](const Finding &a, const Finding &b) {
        if (tier(a) != tier(b))
            return tier(a) < tier(b);
        if (!qFuzzyCompare(a.confidence + 1, b.confidence + 1))
            return a.confidence > b.confidence;
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.step < b.step;
    };
    QList<Finding> roots, knockOns;
    for (const Finding &f : findings) {
        // A knock-on whose root is not among the findings stands on its own.
        const bool rootPresent =
            f.rootCause && std::any_of(findings.begin(), findings.end(), [&](const Finding &g) {
                return !g.rootCause && g.cause == *f.rootCause;
            });
        (rootPresent ? knockOns : roots).append(f);
    }
    std::stable_sort(roots.begin(), roots.end(), before);
    std::stable_sort(knockOns.begin(), knockOns.end(), before);
    QList<Finding> ranked;
    std::vector<bool> placed(size_t(knockOns.size()), false);
    for (const Finding &root : roots) {
        ranked.append(root);
        for (int i = 0; i < knockOns.size(); ++i) {
            if (!placed[size_t(i)] && *knockOns[i].rootCause == root.cause) {
                ranked.append(knockOns[i]);
                placed[size_t(i)] = true;
            }
        }
    }
    return ranked;
}

} // namespace gd
