#pragma once

#include "app/model/Finding.h"

#include <QList>
#include <QString>

namespace gd {

// How a ranked list of findings is shown in sections, the same in the terminal report
// and the wizard's summary: consecutive findings under one heading (findingSection) form
// a section. A side section (other sites, history) with many findings shows its first
// few whole and folds the rest into one line per cause: on a server with hundreds of
// sites, 60 dead upstreams elsewhere must not push the URL's own cause out of view.
struct FindingSections
{
    struct Section
    {
        QString heading; // empty: the live causes of the URL or server
        int begin = 0;   // [begin, end) in the list
        int end = 0;
        int whole = 0; // shown whole from begin; the rest, [begin + whole, end), folded
        int foldedBegin() const { return begin + whole; }
        bool folds() const { return begin + whole < end; }
    };

    // A side section shows this many whole when it folds; it folds only when that hides
    // more than two (folding two would save nothing).
    static constexpr int kWhole = 3;

    static QList<Section> of(const QList<const Finding *> &ranked);
};

} // namespace gd
