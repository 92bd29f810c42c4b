#include "app/logs/SubstringFinder.h"

#include "app/logs/CpuFeatures.h"

#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace gd {

namespace {

// How common a byte is in log text: lower is rarer. Lower-case letters by English frequency,
// then digits and the punctuation of addresses, times and paths.
int commonness(unsigned char c)
{
    static const char order[] = "etaoinsrhldcumfpgwybvkxjqz";
    if (c >= 'a' && c <= 'z')
        return 100 + 26 - int(std::strchr(order, c) - order);
    if (c == ' ' || c == '/' || c == '.' || c == ':' || (c >= '0' && c <= '9'))
        return 200;
    if (c >= 'A' && c <= 'Z')
        return 50;
    return 20;
}

} // namespace

SubstringFinder::SubstringFinder(std::string_view needle) : m_needle(needle)
{
    // The two rarest bytes, at different offsets.
    for (size_t i = 1; i < m_needle.size(); ++i) {
        if (commonness(uchar(m_needle[i])) < commonness(uchar(m_needle[m_first])))
            m_first = i;
    }
    m_second = m_first == 0 ? 1 : 0;
    for (size_t i = 0; i < m_needle.size(); ++i) {
        if (i != m_first && commonness(uchar(m_needle[i])) < commonness(uchar(m_needle[m_second])))
            m_second = i;
    }
}

#if defined(__x86_64__)
// The same pair test 32 positions at a time, for CPUs with AVX2 (checked at run time, so the
// binary still runs on any x86-64).
__attribute__((target("avx2"))) static const char *
findAvx2(const char *p, const char *end, const char *needle, size_t n, size_t firstAt, size_t secondAt)
{
    const __m256i first = _mm256_set1_epi8(needle[firstAt]);
    const __m256i second = _mm256_set1_epi8(needle[secondAt]);
    while (p + n + 31 <= end) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + firstAt));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + secondAt));
        unsigned mask = unsigned(_mm256_movemask_epi8(
            _mm256_and_si256(_mm256_cmpeq_epi8(a, first), _mm256_cmpeq_epi8(b, second))));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(p + bit, needle, n) == 0)
                return p + bit;
            mask &= mask - 1;
        }
        p += 32;
    }
    return p; // not found before here: the caller finishes the tail
}
#endif

const char *SubstringFinder::find(const char *from, const char *end) const
{
    const size_t n = m_needle.size();
    if (n == 0)
        return from;
    if (end - from < qsizetype(n))
        return nullptr;
    const char *needle = m_needle.data();
    if (n == 1)
        return static_cast<const char *>(std::memchr(from, needle[0], size_t(end - from)));

    const char *p = from;
#if defined(__x86_64__)
    if (cpuHasAvx2()) {
        p = findAvx2(p, end, needle, n, m_first, m_second);
        if (p + n + 31 <= end)
            return p; // a match
    }
#endif
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[m_first]);
    const __m128i second = _mm_set1_epi8(needle[m_second]);
    // Both loads (at p + m_first and p + m_second) must stay inside the buffer.
    while (p + n + 15 <= end) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m_first));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m_second));
        unsigned mask =
            unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(p + bit, needle, n) == 0)
                return p + bit;
            mask &= mask - 1;
        }
        p += 16;
    }
#endif
    for (; p + n <= end; ++p) {
        if (p[m_first] == needle[m_first] && std::memcmp(p, needle, n) == 0)
            return p;
    }
    return nullptr;
}

} // namespace gd
