#include "quotefixer.h"

#include "simd.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dia::source {

namespace {

/// Bit k set where byte k of the 64 at `p` (only `n` of them valid) is a quote.
inline quint64 quoteMask(const char* p, int n)
{
#if defined(__SSE2__)
    if (n == 64) {
        const __m128i quote = _mm_set1_epi8('"');
        quint64 mask = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
            mask |= quint64(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << (16 * k);
        }
        return mask;
    }
#endif
    quint64 mask = 0;
    for (int k = 0; k < n; ++k)
        mask |= quint64(p[k] == '"') << k;
    return mask;
}

} // namespace

void DoubledQuoteFixer::fix(char* data, qint64 size, int next)
{
    for (qint64 base = 0; base < size; base += 64) {
        const int n = int(qMin<qint64>(64, size - base));
        const quint64 quotes = quoteMask(data + base, n);
        if (quotes == 0 && !m_inside)
            continue;
        // inside: set from an opening quote (included) to its closing quote (excluded)
        const quint64 inside = prefixXor(quotes) ^ (m_inside ? ~quint64(0) : 0);
        const quint64 closing = quotes & ~inside;
        const int after = base + n < size ? static_cast<unsigned char>(data[base + n]) : next;
        const quint64 nextIsQuote = (quotes >> 1) | (quint64(after == '"') << (n - 1));
        quint64 pairs = closing & nextIsQuote;
        while (pairs) {
            data[base + __builtin_ctzll(pairs)] = '\\'; // "" -> \"
            pairs &= pairs - 1;
        }
        m_inside = (inside >> (n - 1)) & 1;
    }
}

} // namespace dia::source
