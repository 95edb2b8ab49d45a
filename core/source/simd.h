#pragma once

#include <QtGlobal>

// Run-time choice of vector code: builds for x86-64 compile AVX2 variants of the hot loops next to the
// baseline (SSE2) ones and pick one per CPU.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && defined(__linux__)
#define DIA_HAVE_AVX2_DISPATCH 1
#endif

// DIA_AVX2_BEGIN ... DIA_AVX2_END: the functions defined between them are compiled for AVX2; call them only
// after cpuHasAvx2(). Vectors pass only between these internal functions, so GCC's ABI note is silenced.
#if defined(DIA_HAVE_AVX2_DISPATCH) && defined(__clang__)
#define DIA_AVX2_BEGIN _Pragma("clang attribute push(__attribute__((target(\"avx2\"))), apply_to = function)")
#define DIA_AVX2_END _Pragma("clang attribute pop")
#elif defined(DIA_HAVE_AVX2_DISPATCH)
#define DIA_AVX2_BEGIN                                                                                                 \
    _Pragma("GCC push_options") _Pragma("GCC target(\"avx2\")") _Pragma("GCC diagnostic push")                         \
        _Pragma("GCC diagnostic ignored \"-Wpsabi\"")
#define DIA_AVX2_END _Pragma("GCC diagnostic pop") _Pragma("GCC pop_options")
#endif

namespace dia::source {

/// True when this CPU (and OS) can run AVX2 code.
inline bool cpuHasAvx2()
{
#if defined(DIA_HAVE_AVX2_DISPATCH)
    static const bool hasAvx2 = __builtin_cpu_supports("avx2");
    return hasAvx2;
#else
    return false;
#endif
}

/// Bit k set when an odd number of bits at or below k are set in `x`: over a mask of quote bytes, the bytes from an
/// opening quote up to (not with) its closing one.
inline quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace dia::source
