#pragma once

#include "common/Matrix.h"
#include "model/NetworkSpec.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nb {

struct Dataset;

// A network built from a NetworkSpec. The header is torch-free (pimpl) so the UI can hold one.
// Not thread-safe: give each thread its own copy (clone()).
class Model {
public:
    explicit Model(const NetworkSpec& spec, uint64_t seed = 42);
    ~Model();
    Model(Model&&) noexcept;
    Model& operator=(Model&&) noexcept;

    Model clone() const; // a deep copy on the CPU
    // Swaps a hidden layer's activation in place (no parameters change). Throws nb::Error.
    void setActivation(int layer, Activation a);
    const NetworkSpec& spec() const;
    std::string deviceName() const;

    // Raw outputs, row-major [n, spec().outputs], for n samples of spec().inputSize() floats.
    std::vector<float> forward(const float* samples, int64_t n) const;
    // Classification: class probabilities [n, K] (softmax). Regression: one value per sample.
    std::vector<float> predict(const float* samples, int64_t n) const;

    // Mean over the samples of |d output / d input| for each input feature (for classes, of the
    // chosen class's probability): how strongly the prediction reacts to each input.
    std::vector<float> meanAbsInputGradient(const float* samples, int64_t n) const;

    // The linear layers' weights, input side first.
    std::vector<LayerWeights> weights() const;

    // Parameters and buffers as bytes (LibTorch archive) and back. load() throws nb::Error.
    std::string saveState() const;
    void loadState(const std::string& bytes);

    // The workshop's first model: solve the output layer by least squares (pseudo-inverse) on
    // the training data. Only for ModelKind::ClosedFormLinear.
    void fitClosedForm(const Dataset& train);

    struct Impl;
    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace nb
