#include "utf8validator.h"

#include "simd.h"

#if defined(DIA_HAVE_AVX2_DISPATCH)
#include <immintrin.h>
#endif

namespace dia::source {

#if defined(DIA_HAVE_AVX2_DISPATCH)
DIA_AVX2_BEGIN
namespace {

// Error classes of a (previous byte, current byte) pair, one bit each; see the paper for the derivation.
constexpr quint8 kTooShort = 1 << 0; // lead byte followed by ASCII or another lead
constexpr quint8 kTooLong = 1 << 1; // ASCII followed by a continuation byte
constexpr quint8 kOverlong3 = 1 << 2;
constexpr quint8 kTooLarge = 1 << 3;
constexpr quint8 kSurrogate = 1 << 4;
constexpr quint8 kOverlong2 = 1 << 5;
constexpr quint8 kTooLarge1000 = 1 << 6;
constexpr quint8 kOverlong4 = 1 << 6;
constexpr quint8 kTwoConts = 1 << 7; // two continuations: valid only inside a 3- or 4-byte sequence
constexpr quint8 kCarry = kTooShort | kTooLong | kTwoConts;

inline __m256i table16(quint8 a0, quint8 a1, quint8 a2, quint8 a3, quint8 a4, quint8 a5, quint8 a6, quint8 a7,
    quint8 a8, quint8 a9, quint8 a10, quint8 a11, quint8 a12, quint8 a13, quint8 a14, quint8 a15)
{
    return _mm256_setr_epi8(char(a0), char(a1), char(a2), char(a3), char(a4), char(a5), char(a6), char(a7), char(a8),
        char(a9), char(a10), char(a11), char(a12), char(a13), char(a14), char(a15), char(a0), char(a1), char(a2),
        char(a3), char(a4), char(a5), char(a6), char(a7), char(a8), char(a9), char(a10), char(a11), char(a12),
        char(a13), char(a14), char(a15));
}

/// `input` shifted right by N bytes across the block boundary, the first N bytes coming from `previous`.
template <int N> inline __m256i previousBytes(__m256i input, __m256i previous)
{
    return _mm256_alignr_epi8(input, _mm256_permute2x128_si256(previous, input, 0x21), 16 - N);
}

struct Avx2Checker
{
    Avx2Checker()
        : error(_mm256_setzero_si256())
        , previous(_mm256_setzero_si256())
    { }

    __m256i error;
    __m256i previous;

    void check(__m256i input)
    {
        const __m256i lowNibble = _mm256_set1_epi8(0x0F);
        const __m256i byte1High = table16(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
            kTooLong, kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
            kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);
        const quint8 large = kCarry | kTooLarge | kTooLarge1000;
        const __m256i byte1Low = table16(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry,
            kCarry, kCarry | kTooLarge, large, large, large, large, large, large, large, large, large | kSurrogate,
            large, large);
        const quint8 cont80 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4;
        const quint8 cont90 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge;
        const quint8 contA0 = kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge;
        const __m256i byte2High = table16(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooShort, cont80, cont90, contA0, contA0, kTooShort, kTooShort, kTooShort, kTooShort);

        const __m256i prev1 = previousBytes<1>(input, previous);
        const __m256i high1 = _mm256_shuffle_epi8(byte1High, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), lowNibble));
        const __m256i low1 = _mm256_shuffle_epi8(byte1Low, _mm256_and_si256(prev1, lowNibble));
        const __m256i high2 = _mm256_shuffle_epi8(byte2High, _mm256_and_si256(_mm256_srli_epi16(input, 4), lowNibble));
        const __m256i special = _mm256_and_si256(_mm256_and_si256(high1, low1), high2);

        // a third or fourth byte must be a continuation: the pair check above marks them as kTwoConts
        const __m256i prev2 = previousBytes<2>(input, previous);
        const __m256i prev3 = previousBytes<3>(input, previous);
        const __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(char(0xE0 - 0x80)));
        const __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(char(0xF0 - 0x80)));
        const __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(char(0x80)));
        error = _mm256_or_si256(error, _mm256_xor_si256(must23, special));
        previous = input;
    }

    bool failed() const { return !_mm256_testz_si256(error, error); }
};

qint64 validPrefixAvx2(const unsigned char* p, qint64 size)
{
    const qint64 blocks = size / 32;
    Avx2Checker checker;
    for (qint64 b = 0; b < blocks; ++b) {
        const __m256i input = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * b));
        checker.check(input);
        if ((b & 63) == 63 && checker.failed())
            return -1;
    }
    if (checker.failed())
        return -1;
    // back up to the start of a sequence the last block may have cut
    qint64 end = blocks * 32;
    for (int k = 1; k <= 3 && end - k >= 0; ++k) {
        const unsigned char c = p[end - k];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c >= 0xC0)
            end -= k;
        break;
    }
    return end;
}

} // namespace
DIA_AVX2_END
#endif

qint64 Utf8Validator::validPrefix(const char* data, qint64 size)
{
#if defined(DIA_HAVE_AVX2_DISPATCH)
    if (size >= 32 && cpuHasAvx2())
        return validPrefixAvx2(reinterpret_cast<const unsigned char*>(data), size);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
    return 0;
}

} // namespace dia::source
