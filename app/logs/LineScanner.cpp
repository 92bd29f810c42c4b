#include "app/logs/LineScanner.h"

#include "app/logs/CpuFeatures.h"

#include <algorithm>
#include <bit>

#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gd {

namespace {

constexpr int kBlockBytes = 64; // one bit map word per vector step group

// Appends the offsets of the set bits of `bits` (a 64-byte block at `base`) to out[count...].
// `Always` of them are written whatever the count, so the usual zero to `Always` per block cost
// no branch each; slots past the count are overwritten by the next block. Inlined into each
// vector loop so that it compiles with that loop's instructions (tzcnt, popcnt).
template <int Always>
[[gnu::always_inline]] inline int appendBits(quint64 bits, int base, quint16 *out, int count)
{
    const int total = std::popcount(bits);
    quint16 *o = out + count;
    for (int i = 0; i < Always; ++i) {
        // The top bit added keeps the count of zeros defined (and branch-free) once the bits
        // run out; it does not change it before.
        o[i] = quint16(base + std::countr_zero(bits | (quint64(1) << 63)));
        bits &= bits - 1;
    }
    for (int i = Always; i < total; ++i) {
        o[i] = quint16(base + std::countr_zero(bits));
        bits &= bits - 1;
    }
    return count + total;
}

// The caller reads each window's lines between two passes, so the hardware prefetcher loses
// the stream; asking for the next window's bytes now has them in cache when its pass starts.
// (A prefetch is only a hint: past the buffer's end it does nothing.)
[[gnu::always_inline]] inline void prefetchNextWindow(const char *p)
{
    // The address is computed as an integer: a pointer past the buffer may not be formed.
    __builtin_prefetch(reinterpret_cast<const void *>(reinterpret_cast<quintptr>(p) + LineScanner::kWindow));
}

struct Pass
{
    const char *from;   // the window
    int blocks;         // whole 64-byte blocks the vector loop may take
    char first, second; // the pair
    size_t firstAt, secondAt;
    quint16 *breaks;
    quint16 *hits;
    int breakCount = 0;
    int hitCount = 0;
};

#if defined(__x86_64__)
__attribute__((target("avx2,bmi,popcnt"))) void vectorPassAvx2(Pass &pass)
{
    const __m256i nl = _mm256_set1_epi8('\n');
    const __m256i first = _mm256_set1_epi8(pass.first);
    const __m256i second = _mm256_set1_epi8(pass.second);
    const char *p = pass.from;
    int breakCount = pass.breakCount, hitCount = pass.hitCount;
    for (int b = 0; b < pass.blocks; ++b, p += kBlockBytes) {
        prefetchNextWindow(p);
        const __m256i *at = reinterpret_cast<const __m256i *>(p);
        const __m256i *firstAt = reinterpret_cast<const __m256i *>(p + pass.firstAt);
        const __m256i *secondAt = reinterpret_cast<const __m256i *>(p + pass.secondAt);
        const quint64 lo = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(at), nl)));
        const quint64 hi = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(at + 1), nl)));
        const __m256i pairLo = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_loadu_si256(firstAt), first),
                                                _mm256_cmpeq_epi8(_mm256_loadu_si256(secondAt), second));
        const __m256i pairHi = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_loadu_si256(firstAt + 1), first),
                                                _mm256_cmpeq_epi8(_mm256_loadu_si256(secondAt + 1), second));
        const quint64 pairs = quint64(quint32(_mm256_movemask_epi8(pairLo))) |
                              (quint64(quint32(_mm256_movemask_epi8(pairHi))) << 32);
        breakCount = appendBits<2>(lo | (hi << 32), b * kBlockBytes, pass.breaks, breakCount);
        hitCount = appendBits<1>(pairs, b * kBlockBytes, pass.hits, hitCount);
    }
    pass.breakCount = breakCount;
    pass.hitCount = hitCount;
}
#endif

void vectorPass(Pass &pass)
{
#if defined(__x86_64__)
    if (cpuHasAvx2()) {
        vectorPassAvx2(pass);
        return;
    }
#endif
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i first = _mm_set1_epi8(pass.first);
    const __m128i second = _mm_set1_epi8(pass.second);
    const char *p = pass.from;
    int breakCount = pass.breakCount, hitCount = pass.hitCount;
    for (int b = 0; b < pass.blocks; ++b, p += kBlockBytes) {
        prefetchNextWindow(p);
        const auto load = [](const char *at) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        };
        quint64 breaks = 0, pairs = 0;
        for (int part = 0; part < 4; ++part) {
            const char *q = p + 16 * part;
            breaks |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(load(q), nl)))) << (16 * part);
            const __m128i pair = _mm_and_si128(_mm_cmpeq_epi8(load(q + pass.firstAt), first),
                                               _mm_cmpeq_epi8(load(q + pass.secondAt), second));
            pairs |= quint64(quint16(_mm_movemask_epi8(pair))) << (16 * part);
        }
        breakCount = appendBits<2>(breaks, b * kBlockBytes, pass.breaks, breakCount);
        hitCount = appendBits<1>(pairs, b * kBlockBytes, pass.hits, hitCount);
    }
    pass.breakCount = breakCount;
    pass.hitCount = hitCount;
#else
    pass.blocks = 0; // everything through the byte loop
#endif
}

} // namespace

LineScanner::LineScanner(const char *begin, const char *end, const SubstringFinder &needle)
    : m_end(end), m_windowStart(begin), m_windowEnd(begin)
{
    const std::string_view bytes = needle.needle();
    m_needleBytes = bytes.data();
    m_needleSize = bytes.size();
    const auto [first, second] = needle.pairOffsets();
    m_first = first;
    m_second = second;
    if (m_needleSize < 2)
        m_first = m_second = 0; // one byte (or none): the pair test compares it twice
    m_shortNeedle = m_needleSize <= 8;
    if (m_shortNeedle) {
        std::memcpy(&m_needleWord, m_needleBytes, m_needleSize);
        m_needleMask = m_needleSize == 8 ? ~quint64(0) : (quint64(1) << (8 * m_needleSize)) - 1;
    }
}

bool LineScanner::isNeedleAtSlow(const char *p) const
{
    return m_end - p >= qsizetype(m_needleSize) && std::memcmp(p, m_needleBytes, m_needleSize) == 0;
}

bool LineScanner::nextWindow()
{
    // Needles after the window's last break are on the line that goes on in the next window.
    for (; m_nextHit < m_hitCount; ++m_nextHit)
        m_carried |= isNeedleAt(m_windowStart + m_hits[size_t(m_nextHit)]);
    while (m_windowEnd < m_end) {
        scanWindow(m_windowEnd);
        if (m_breakCount > 0)
            return true;
        for (; m_nextHit < m_hitCount; ++m_nextHit)
            m_carried |= isNeedleAt(m_windowStart + m_hits[size_t(m_nextHit)]);
    }
    return false;
}

void LineScanner::scanWindow(const char *from)
{
    const qsizetype size = std::min<qsizetype>(m_end - from, kWindow);
    Pass pass;
    pass.from = from;
    pass.first = m_needleBytes[m_first];
    pass.second = m_needleBytes[m_second];
    pass.firstAt = m_first;
    pass.secondAt = m_second;
    pass.breaks = m_breaks.data();
    pass.hits = m_hits.data();
    // The vector loop takes whole blocks whose pair loads (up to 64 + the pair's reach bytes
    // on) stay inside the buffer; the bytes after them go one at a time.
    const qsizetype reach = qsizetype(std::max(m_first, m_second));
    const qsizetype vectorBlocks =
        std::clamp<qsizetype>((m_end - from - reach) / kBlockBytes, 0, size / kBlockBytes);
    pass.blocks = m_needleSize == 0 ? 0 : int(vectorBlocks);
    vectorPass(pass);
    for (qsizetype i = qsizetype(pass.blocks) * kBlockBytes; i < size; ++i) {
        if (from[i] == '\n')
            m_breaks[size_t(pass.breakCount++)] = quint16(i);
        if (m_end - (from + i) >= qsizetype(m_needleSize) &&
            (m_needleSize == 0 || from[i + qsizetype(m_first)] == pass.first))
            m_hits[size_t(pass.hitCount++)] = quint16(i);
    }
    m_windowStart = from;
    m_windowEnd = from + size;
    m_breakCount = pass.breakCount;
    m_nextBreak = 0;
    m_hitCount = pass.hitCount;
    m_nextHit = 0;
}

} // namespace gd
