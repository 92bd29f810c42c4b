#pragma once

namespace gd {

// True when this CPU runs AVX2 code (with BMI1 and POPCNT, which every AVX2 CPU has). The binary
// targets plain x86-64 (SSE2), so the log scanners compile their AVX2 loops with a target
// attribute and pick them at run time with this.
inline bool cpuHasAvx2()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool avx2 =
        __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("popcnt");
    return avx2;
#else
    return false;
#endif
}

} // namespace gd
