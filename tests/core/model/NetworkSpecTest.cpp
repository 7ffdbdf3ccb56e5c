#include "common/Error.h"
#include "model/Model.h"
#include "model/NetworkSpec.h"

#include <catch2/catch.hpp>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

NetworkSpec mnistSpec()
{
    NetworkSpec s;
    s.inputShape = {1, 28, 28};
    s.hidden = parseLayers("128:relu,64:relu:0.2");
    s.outputs = 10;
    return s;
}

} // namespace

TEST_CASE("Layers parse from the CLI syntax and format back")
{
    const auto layers = parseLayers("128:relu,64:LeakyReLU:0.2,32:tanh:0:bn,16");
    REQUIRE(layers.size() == 4);
    CHECK(layers[0] == LayerSpec{128, Activation::ReLU, 0.0, false});
    CHECK(layers[1] == LayerSpec{64, Activation::LeakyReLU, 0.2, false});
    CHECK(layers[2] == LayerSpec{32, Activation::Tanh, 0.0, true});
    CHECK(layers[3].activation == Activation::ReLU);
    CHECK(parseLayers(formatLayers(layers)) == layers);
    CHECK(parseLayers("none").empty());
    CHECK_THROWS_WITH(parseLayers("0:relu"), Contains("units must be a whole number from 1 to 65536"));
    CHECK_THROWS_WITH(parseLayers("12e23:relu"), Contains("units must be a whole number")); // a fuzzing finding
    CHECK_THROWS_WITH(parseLayers("12:wiggle"), Contains("unknown activation \"wiggle\""));
    CHECK_THROWS_WITH(parseLayers("12:relu:1.5"), Contains("dropout must be in [0, 1)"));
    CHECK_THROWS_WITH(parseLayers("12:relu:0:xx"), Contains("bn"));
}

TEST_CASE("Every activation round-trips through its name")
{
    for (Activation a : allActivations())
        CHECK(activationFromString(toString(a)) == a);
}

TEST_CASE("Network spec JSON round-trip")
{
    NetworkSpec s = mnistSpec();
    s.init = Init::He;
    s.hidden[0].batchNorm = true;
    const NetworkSpec back = NetworkSpec::fromJson(s.toJson(), "net.json");
    CHECK(back == s);
    NetworkSpec linear;
    linear.inputShape = {11};
    linear.task = TaskKind::Regression;
    linear.outputs = 1;
    linear.kind = ModelKind::ClosedFormLinear;
    CHECK(NetworkSpec::fromJson(linear.toJson()) == linear);
}

TEST_CASE("Spec validation and damaged JSON give clear messages")
{
    NetworkSpec s = mnistSpec();
    s.hidden[1].units = 0;
    CHECK_THROWS_WITH(s.validate(), Contains("layer 2: units must be at least 1"));
    s = mnistSpec();
    s.outputs = 1;
    CHECK_THROWS_WITH(s.validate(), Contains("classification needs at least two classes"));
    s = mnistSpec();
    s.kind = ModelKind::ClosedFormLinear;
    CHECK_THROWS_WITH(s.validate(), Contains("no hidden layers"));
    CHECK_THROWS_WITH(NetworkSpec::fromJson("{", "n.json"), Contains("n.json: not valid JSON"));
    CHECK_THROWS_WITH(NetworkSpec::fromJson("[1,2]", "n.json"), Contains("not a NeuralBoard network"));
    CHECK_THROWS_WITH(NetworkSpec::fromJson(R"({"format":"neuralboard-network","version":1,"input":[4],"task":"classification","outputs":3,"layers":[{"units":-4}]})", "n.json"),
        Contains("layer 1: units must be at least 1"));
    CHECK_THROWS_WITH(NetworkSpec::fromJson(R"({"format":"neuralboard-network","version":1,"input":"x","task":"classification","outputs":3,"layers":[]})", "n.json"),
        Contains("n.json"));
}

TEST_CASE("Parameter count matches the built model's outputs and shapes")
{
    const NetworkSpec s = mnistSpec();
    CHECK(s.parameterCount() == 784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10);
    const Model m(s, 1);
    const auto w = m.weights();
    REQUIRE(w.size() == 3);
    CHECK(w[0].weight.rows == 128);
    CHECK(w[0].weight.cols == 784);
    CHECK(w[1].weight.rows == 64);
    CHECK(w[2].weight.rows == 10);
    CHECK(w[2].bias.size() == 10);
    int64_t total = 0;
    for (const auto& l : w)
        total += static_cast<int64_t>(l.weight.data.size() + l.bias.size());
    CHECK(total == s.parameterCount());
    const std::vector<float> images(3 * 784, 0.5f);
    const auto out = m.forward(images.data(), 3);
    CHECK(out.size() == 30);
    const auto probs = m.predict(images.data(), 3);
    double sum = 0;
    for (int k = 0; k < 10; ++k)
        sum += probs[static_cast<size_t>(k)];
    CHECK(sum == Approx(1.0));
}

TEST_CASE("Initialization schemes differ and are seeded")
{
    NetworkSpec s = mnistSpec();
    const auto a = Model(s, 5).weights()[0].weight.data;
    CHECK(Model(s, 5).weights()[0].weight.data == a);
    s.init = Init::Xavier;
    const auto x = Model(s, 5).weights();
    CHECK(x[0].weight.data != a);
    CHECK(x[0].bias == std::vector<float>(128, 0.0f));
}
