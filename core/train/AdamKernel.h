#pragma once
// Internal to core's trainer: the Adam/AdamW update over contiguous float buffers, in one pass.

#include <cstdint>

namespace nb {

struct AdamStep {
    float lr = 1e-3f, beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
    float weightDecay = 0;
    bool decoupled = false;       // AdamW: decay the weights, not the gradient
    double correction1 = 1, correction2 = 1; // 1 - beta^t
};

// LibTorch's Adam::step / AdamW::step formulas (no AMSGrad) for n weights, reading each of the
// four buffers once instead of once per tensor operation (eight of them); compiled for AVX2+FMA
// where the CPU has it. `grad` is left as it was.
void adamUpdate(float* params, const float* grad, float* firstMoment, float* secondMoment, std::int64_t n, const AdamStep& s);

} // namespace nb
