#pragma once

#include <QtGlobal>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gd {

// Finds single bytes in one line 16 at a time (SSE2; byte by byte elsewhere).
//
// ErrorLogLine's fast path walks a line from marker to marker: ", client: ", the quotes around
// each value. On ~250-byte lines a memchr call per marker costs more than the bytes it reads.
// The line usually sits in a bigger buffer (a chunk of the log), and loads may run past the
// line's end up to `readableEnd`; bytes there are read but never matched. Where fewer than 16
// readable bytes are left, the last ones are taken one by one.
class ByteScanner
{
public:
    // `end` is the line's end, `readableEnd` (>= end) how far loads may go.
    ByteScanner(const char *end, const char *readableEnd) : m_end(end), m_readableEnd(readableEnd) {}

    // The first `c` in [from, end), or nullptr.
    const char *find(const char *from, char c) const
    {
        const char *p = from;
#if defined(__SSE2__)
        const __m128i wanted = _mm_set1_epi8(c);
        for (; p < m_end && m_readableEnd - p >= 16; p += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            if (const unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted)))) {
                const char *at = p + std::countr_zero(mask);
                return at < m_end ? at : nullptr;
            }
        }
#endif
        for (; p < m_end; ++p) {
            if (*p == c)
                return p;
        }
        return nullptr;
    }

private:
    const char *m_end;
    const char *m_readableEnd;
};

} // namespace gd
