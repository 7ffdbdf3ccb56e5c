#pragma once
// Internal to core's trainer (torch). Never include from ui/.

#include "train/TrainConfig.h"

#include <torch/torch.h>

namespace nb {

// One optimizer step over all of a model's weights at once.
//
// LibTorch's C++ optimizers step parameter by parameter: Adam runs eight tensor operations per
// weight tensor, so a 784-128-64-10 MLP (six tensors) pays ~50 dispatches and allocations per
// batch, which at batch 64 cost as much as a good part of the arithmetic. FlatStep puts the
// parameters, their gradients and the optimizer's per-parameter state (Adam's two moments,
// SGD's momentum) into one buffer each, the tensors becoming views into them; a step is then
// the same formula over everything: for Adam and AdamW on the CPU one vectorized pass
// (AdamKernel), elsewhere eight tensor operations; SGD in three. RMSprop and Adagrad use the
// optimizer's own step. The torch optimizer keeps owning its state (the views), so
// checkpoints save and load it as before, and results equal the per-tensor step's up to float
// rounding.
//
// Binding keeps the current values. Bind again whenever parameter storage or optimizer state is
// replaced (a checkpoint loaded, the optimizer re-created); zeroGrad() instead of zero_grad(),
// which would unbind the gradients.
class FlatStep {
public:
    FlatStep() = default;
    FlatStep(const std::vector<torch::Tensor>& params, torch::optim::Optimizer& optimizer, OptimizerKind kind);

    void zeroGrad();
    void step();
    const torch::Tensor& parameters() const { return m_params; } // all weights, one buffer

private:
    void bindState();
    void adamStep(bool decoupledDecay);
    void sgdStep();

    std::vector<torch::Tensor> m_tensors; // the parameters, views into m_params
    torch::optim::Optimizer* m_optimizer = nullptr;
    OptimizerKind m_kind = OptimizerKind::Adam;
    bool m_fused = false;
    torch::Tensor m_params, m_grads, m_first, m_second, m_denom;
    bool m_momentumStarted = false;
    int64_t m_step = 0;
};

} // namespace nb
