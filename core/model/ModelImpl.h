#pragma once
// Internal to core: the torch side of nb::Model. Never include from ui/.

#include "model/Model.h"

#include <torch/torch.h>

namespace nb {

struct Model::Impl {
    NetworkSpec spec;
    torch::nn::Sequential net{nullptr};
    torch::Device device{torch::kCPU};

    std::vector<torch::nn::Linear> linears() const;
};

// Flatten, then per hidden layer Linear [BatchNorm1d] activation [Dropout], then the output
// Linear. PyTorchExport writes the same list in Python, so state_dict keys match.
torch::nn::Sequential buildSequential(const NetworkSpec& spec);
torch::Tensor toTensor(const float* data, int64_t n, int64_t features);
std::vector<float> toVector(const torch::Tensor& t);
Matrix toMatrix(const torch::Tensor& t);

} // namespace nb
