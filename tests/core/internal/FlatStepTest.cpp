// FlatStep against LibTorch's own optimizers: the same network, data and settings stepped both
// ways must end with the same weights and optimizer state. (This file includes torch: core's
// internals, tested apart from the torch-free API tests.)
#include "train/FlatStep.h"

#include <catch2/catch.hpp>

#include <torch/torch.h>

using namespace nb;

namespace {

torch::nn::Sequential makeNet()
{
    torch::manual_seed(7);
    return torch::nn::Sequential(torch::nn::Linear(12, 16), torch::nn::ReLU(), torch::nn::Linear(16, 8), torch::nn::Tanh(),
        torch::nn::Linear(8, 3));
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(OptimizerKind kind, const std::vector<torch::Tensor>& params, double decay,
    bool nesterov)
{
    switch (kind) {
    case OptimizerKind::Adam:
        return std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(0.01).weight_decay(decay));
    case OptimizerKind::AdamW:
        return std::make_unique<torch::optim::AdamW>(params, torch::optim::AdamWOptions(0.01).weight_decay(decay));
    default:
        return std::make_unique<torch::optim::SGD>(params,
            torch::optim::SGDOptions(0.05).momentum(0.9).nesterov(nesterov).weight_decay(decay));
    }
}

// Trains two copies of one network for `steps` batches, one with the optimizer's step, one with
// FlatStep; returns the largest difference between their weights.
double largestDifference(OptimizerKind kind, double decay, bool nesterov, int steps)
{
    auto reference = makeNet();
    auto flat = makeNet();
    auto refOpt = makeOptimizer(kind, reference->parameters(), decay, nesterov);
    auto flatOpt = makeOptimizer(kind, flat->parameters(), decay, nesterov);
    FlatStep step(flat->parameters(), *flatOpt, kind);
    torch::manual_seed(11);
    for (int s = 0; s < steps; ++s) {
        const torch::Tensor x = torch::randn({32, 12});
        const torch::Tensor y = torch::randint(0, 3, {32}, torch::kLong);
        refOpt->zero_grad();
        torch::nn::functional::cross_entropy(reference->forward(x), y).backward();
        refOpt->step();
        step.zeroGrad();
        torch::nn::functional::cross_entropy(flat->forward(x), y).backward();
        step.step();
    }
    double worst = 0;
    const auto a = reference->parameters(), b = flat->parameters();
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        REQUIRE(a[i].sizes() == b[i].sizes());
        worst = std::max(worst, (a[i] - b[i]).abs().max().item<double>());
        // The moved weights really moved: the comparison is not of two untouched copies.
        CHECK((b[i] - makeNet()->parameters()[i]).abs().max().item<double>() > 1e-4);
    }
    return worst;
}

} // namespace

TEST_CASE("FlatStep steps as LibTorch's Adam, AdamW and SGD do", "[core][train]")
{
    CHECK(largestDifference(OptimizerKind::Adam, 0, false, 40) < 1e-5);
    CHECK(largestDifference(OptimizerKind::Adam, 0.01, false, 40) < 1e-5);
    CHECK(largestDifference(OptimizerKind::AdamW, 0.05, false, 40) < 1e-5);
    CHECK(largestDifference(OptimizerKind::SGD, 0, false, 40) < 1e-5);
    CHECK(largestDifference(OptimizerKind::SGD, 0.01, true, 40) < 1e-5);
}

TEST_CASE("FlatStep keeps the optimizer's state where the optimizer saves it", "[core][train]")
{
    auto net = makeNet();
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(0.01));
    FlatStep step(net->parameters(), opt, OptimizerKind::Adam);
    for (int s = 0; s < 5; ++s) {
        step.zeroGrad();
        torch::nn::functional::cross_entropy(net->forward(torch::randn({8, 12})), torch::randint(0, 3, {8}, torch::kLong)).backward();
        step.step();
    }
    // The state a checkpoint saves is the moments FlatStep updated, and a fresh FlatStep picks it up.
    const auto& states = opt.state();
    REQUIRE(states.size() == net->parameters().size());
    for (const auto& p : net->parameters()) {
        const auto& s = static_cast<const torch::optim::AdamParamState&>(
            *states.at(c10::guts::to_string(p.unsafeGetTensorImpl())));
        CHECK(s.step() == 5);
        CHECK(s.exp_avg().abs().sum().item<double>() > 0);
        CHECK(s.exp_avg_sq().abs().sum().item<double>() > 0);
    }
    const torch::Tensor before = step.parameters().clone();
    FlatStep again(net->parameters(), opt, OptimizerKind::Adam);
    CHECK(torch::equal(again.parameters(), before));
}
