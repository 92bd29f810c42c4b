#pragma once

#include "app/logs/SubstringFinder.h"

#include <QtGlobal>

#include <array>
#include <cstring>

namespace gd {

// Walks a big buffer line by line and says which lines contain a needle, in one pass.
//
// Per line, memchr for the line break plus a needle search cost a call and a set-up each for
// every ~150-byte line, more than the bytes themselves. Instead the buffer is taken 4 KiB at a
// time: one vector pass (32 bytes per step with AVX2 when the CPU has it, 16 with SSE2, a plain
// loop elsewhere) finds the '\n' bytes and the places where the needle's two rarest bytes sit
// at their distance, and writes their offsets into two lists. Lines are then handed out from
// the list, and the window is still in L1 when the caller reads them.
class LineScanner
{
public:
    static constexpr int kWindow = 4096; // bytes per pass: offsets in it fit 16 bits

    // `needle` must outlive the scanner.
    LineScanner(const char *begin, const char *end, const SubstringFinder &needle);

    // The next '\n' (the first at or after `begin`, then each one after the last returned), or
    // nullptr when there is none left.
    const char *nextBreak()
    {
        if (m_nextBreak == m_breakCount && !nextWindow())
            return nullptr;
        return m_windowStart + m_breaks[size_t(m_nextBreak++)];
    }

    // Whether the needle starts anywhere between the end of the line before and `lineEnd` (the
    // break nextBreak() just returned, or the buffer's end). Call it once for every line.
    bool needleBefore(const char *lineEnd)
    {
        bool found = m_carried;
        m_carried = false;
        const qsizetype limit = lineEnd - m_windowStart;
        for (; m_nextHit < m_hitCount && m_hits[size_t(m_nextHit)] < limit; ++m_nextHit)
            found |= isNeedleAt(m_windowStart + m_hits[size_t(m_nextHit)]);
        return found;
    }

private:
    bool nextWindow();
    void scanWindow(const char *from);
    // A place where the pair test passed: is the whole needle there?
    bool isNeedleAt(const char *p) const
    {
        if (m_shortNeedle && m_end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            return (word & m_needleMask) == m_needleWord;
        }
        return isNeedleAtSlow(p);
    }
    bool isNeedleAtSlow(const char *p) const; // longer needles, the buffer's last bytes

    const char *m_end;
    const char *m_needleBytes;
    size_t m_needleSize;
    size_t m_first; // offsets of the needle's two rarest bytes (SubstringFinder's pair)
    size_t m_second;
    bool m_shortNeedle; // up to 8 bytes: compared as one masked word
    quint64 m_needleWord = 0;
    quint64 m_needleMask = 0;

    const char *m_windowStart;
    const char *m_windowEnd;
    int m_breakCount = 0;
    int m_nextBreak = 0;
    int m_hitCount = 0;
    int m_nextHit = 0;
    bool m_carried = false; // a needle earlier on the line not finished yet
    // Offsets in the window; a few slots of room for the writes past the count (see .cpp).
    std::array<quint16, kWindow + 8> m_breaks;
    std::array<quint16, kWindow + 8> m_hits;
};

} // namespace gd
