#pragma once

#include "app/config/NginxDirective.h"
#include "app/config/UpstreamTarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// Which server {} and location {} nginx would use for a URL, and why.
struct LocationMatch
{
    const NginxDirective *server = nullptr;
    const NginxDirective *location = nullptr;    // innermost; nullptr: no location matched
    QList<const NginxDirective *> locationChain; // outermost first, ends with `location`
    std::optional<UpstreamTarget> target;        // where the chosen location passes requests
    QString uri;                                 // the normalized path nginx matched
    QString serverReason;                        // translated, for people
    QString locationReason;

    bool found() const { return server != nullptr; }
};

} // namespace gd
