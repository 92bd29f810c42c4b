#include "app/engine/FindingRanker.h"

#include <algorithm>
#include <vector>

namespace gd {

QList<Finding> FindingRanker::rank(QList<Finding> findings)
{
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding &f) { return f.evidence.isEmpty(); }),
                   findings.end());
    auto before = [](const Finding &a, const Finding &b) {
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
