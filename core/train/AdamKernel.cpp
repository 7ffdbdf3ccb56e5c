#include "train/AdamKernel.h"

#include <cmath>

namespace nb {

namespace {

// One loop the compiler vectorizes (this file is built with -O3 -fno-math-errno); a clone for
// x86-64-v3 (AVX2, FMA) is chosen at load time where the CPU has it.
// Not under a sanitizer: the clone resolver (an ifunc) runs before the sanitizer runtime is up.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
__attribute__((target_clones("arch=x86-64-v3", "default")))
#endif
void update(float* __restrict p, const float* __restrict g, float* __restrict m, float* __restrict v, std::int64_t n,
    float b1, float b2, float keep, float l2, float step, float sqrtC2, float eps)
{
    const float o1 = 1 - b1, o2 = 1 - b2;
    for (std::int64_t i = 0; i < n; ++i) {
        const float gi = g[i] + l2 * p[i];
        const float mi = b1 * m[i] + o1 * gi;
        const float vi = b2 * v[i] + o2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] = keep * p[i] + step * mi / (std::sqrt(vi) / sqrtC2 + eps);
    }
}

} // namespace

void adamUpdate(float* params, const float* grad, float* firstMoment, float* secondMoment, std::int64_t n, const AdamStep& s)
{
    const float keep = s.decoupled ? 1 - s.lr * s.weightDecay : 1.0f;
    const float l2 = s.decoupled ? 0.0f : s.weightDecay;
    update(params, grad, firstMoment, secondMoment, n, s.beta1, s.beta2, keep, l2, static_cast<float>(-s.lr / s.correction1),
        static_cast<float>(std::sqrt(s.correction2)), s.eps);
}

} // namespace nb
