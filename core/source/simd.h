#pragma once

// Run-time choice of vector code: builds for x86-64 compile AVX2 variants of the hot loops next to the
// baseline (SSE2) ones and pick one per CPU.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && defined(__linux__)
#define DIA_HAVE_AVX2_DISPATCH 1
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

} // namespace dia::source
