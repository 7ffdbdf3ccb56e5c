#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nb {

enum class Activation { Identity, ReLU, LeakyReLU, ELU, GELU, SiLU, Sigmoid, Tanh, Softplus, Hardtanh };
enum class Init { Default, Xavier, He };
// Mlp: trained by gradient descent. ClosedFormLinear: no hidden layer, solved by least squares
// (the workshop's first model), behind the same interfaces.
enum class ModelKind { Mlp, ClosedFormLinear };

std::string toString(Activation a);
Activation activationFromString(const std::string& text); // accepts "relu", "ReLU", "leaky_relu"...
const std::vector<Activation>& allActivations();
std::string toString(Init i);
Init initFromString(const std::string& text);
std::string toString(ModelKind k);
ModelKind modelKindFromString(const std::string& text);

struct LayerSpec {
    int64_t units = 64;
    Activation activation = Activation::ReLU;
    double dropout = 0.0;
    bool batchNorm = false;

    bool operator==(const LayerSpec& o) const
    {
        return units == o.units && activation == o.activation && dropout == o.dropout && batchNorm == o.batchNorm;
    }
};

struct NetworkSpec {
    std::vector<int64_t> inputShape; // {F} or {1, H, W}
    std::vector<LayerSpec> hidden;
    int64_t outputs = 1;             // classes, or 1 for regression
    TaskKind task = TaskKind::Classification;
    ModelKind kind = ModelKind::Mlp;
    Init init = Init::Default;

    int64_t inputSize() const;
    // Empty when valid; otherwise one message per problem ("layer 2: units must be at least 1").
    std::vector<std::string> problems() const;
    void validate() const; // throws nb::Error joining problems()
    int64_t parameterCount() const;

    // Input, output and task taken from a dataset; hidden layers kept.
    void adaptTo(const Dataset& ds);
    static NetworkSpec forDataset(const Dataset& ds, std::vector<LayerSpec> hidden);

    std::string toJson(int indent = 2) const;
    static NetworkSpec fromJson(const std::string& text, const std::string& source = "network spec");

    bool operator==(const NetworkSpec& o) const
    {
        return inputShape == o.inputShape && hidden == o.hidden && outputs == o.outputs && task == o.task
            && kind == o.kind && init == o.init;
    }
    bool operator!=(const NetworkSpec& o) const { return !(*this == o); }
};

// "128:relu,64:relu:0.2,32:tanh:0:bn" -> layers; "" or "linear" -> none. Throws nb::Error.
std::vector<LayerSpec> parseLayers(const std::string& text);
std::string formatLayers(const std::vector<LayerSpec>& layers);

} // namespace nb
