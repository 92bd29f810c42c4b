#pragma once

#include <QString>

#include <optional>

namespace gd {

// "90s", "30m", "6h", "2d", "1w" (or a bare number of seconds) for --since and --for.
class DurationText
{
public:
    static std::optional<qint64> parseSeconds(const QString &text);
};

} // namespace gd
