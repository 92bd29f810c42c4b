#include "app/config/UpstreamPlace.h"

namespace gd {

QList<UpstreamPlace> UpstreamPlace::of(const UpstreamTargets &targets, const UpstreamTarget &target)
{
    switch (target.kind) {
    case UpstreamTarget::Kind::HostPort:
        return {UpstreamPlace{target.host, target.port, QString()}};
    case UpstreamTarget::Kind::UnixSocket:
        return {UpstreamPlace{QString(), 0, target.unixPath}};
    case UpstreamTarget::Kind::UpstreamBlock: {
        QList<UpstreamPlace> places;
        if (const UpstreamBlock *block = targets.blockFor(target)) {
            for (const UpstreamServer &s : block->servers)
                places << (s.unixPath.isEmpty() ? UpstreamPlace{s.host, s.port, QString()}
                                                : UpstreamPlace{QString(), 0, s.unixPath});
        }
        return places;
    }
    case UpstreamTarget::Kind::Variable:
        break;
    }
    return {};
}

} // namespace gd
