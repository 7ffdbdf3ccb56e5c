#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nb {

// A dense row-major float matrix: the torch-free value type snapshots carry to the UI.
struct Matrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<float> data;

    float at(int64_t r, int64_t c) const { return data[static_cast<size_t>(r * cols + c)]; }
    bool empty() const { return data.empty(); }
};

// One linear layer's parameters: weight is [out, in] as in torch::nn::Linear.
struct LayerWeights {
    std::string name;
    Matrix weight;
    std::vector<float> bias;
};

} // namespace nb
