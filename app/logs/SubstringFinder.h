#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <utility>

namespace gd {

// Finds one fixed byte string in big buffers fast: 16 positions at a time, comparing two bytes
// of the needle at once (SSE2, part of every x86-64), and memcmp only where both agree. The two
// are the needle's rarest bytes in log text, so they rarely agree by chance and the scan runs at
// close to memory speed: that is what lets a whole error log be prefiltered without touching
// most lines. Plain loop elsewhere.
class SubstringFinder
{
public:
    explicit SubstringFinder(std::string_view needle);

    // The first occurrence in [from, end), or nullptr.
    const char *find(const char *from, const char *end) const;
    std::string_view needle() const { return m_needle; }
    // The offsets of the two bytes compared first (for scanners that run the same pair test).
    std::pair<size_t, size_t> pairOffsets() const { return {m_first, m_second}; }

private:
    std::string m_needle;
    size_t m_first = 0; // offsets of the two bytes compared first
    size_t m_second = 0;
};

} // namespace gd
