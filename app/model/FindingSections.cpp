#include "app/model/FindingSections.h"

namespace gd {

QList<FindingSections::Section> FindingSections::of(const QList<const Finding *> &ranked)
{
    QList<Section> sections;
    for (int i = 0; i < ranked.size();) {
        Section s;
        s.heading = findingSection(*ranked.at(i));
        s.begin = i;
        s.end = i;
        while (s.end < ranked.size() && findingSection(*ranked.at(s.end)) == s.heading)
            ++s.end;
        const int size = s.end - s.begin;
        s.whole = !s.heading.isEmpty() && size > kWhole + 2 ? kWhole : size;
        sections << s;
        i = s.end;
    }
    return sections;
}

} // namespace gd
