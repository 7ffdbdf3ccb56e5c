#include "model/NetworkSpec.h"

#include "common/Error.h"
#include "common/JsonRead.h"
#include "data/CsvReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <functional>
#include <numeric>
#include <sstream>

namespace nb {
namespace {


constexpr int64_t kMaxUnits = 1 << 16;

} // namespace

const std::vector<Activation>& allActivations()
{
    static const std::vector<Activation> all = {Activation::Identity, Activation::ReLU, Activation::LeakyReLU,
        Activation::ELU, Activation::GELU, Activation::SiLU, Activation::Sigmoid, Activation::Tanh,
        Activation::Softplus, Activation::Hardtanh};
    return all;
}

std::string toString(Activation a)
{
    switch (a) {
    case Activation::Identity: return "identity";
    case Activation::ReLU: return "relu";
    case Activation::LeakyReLU: return "leaky_relu";
    case Activation::ELU: return "elu";
    case Activation::GELU: return "gelu";
    case Activation::SiLU: return "silu";
    case Activation::Sigmoid: return "sigmoid";
    case Activation::Tanh: return "tanh";
    case Activation::Softplus: return "softplus";
    case Activation::Hardtanh: return "hardtanh";
    }
    return "identity";
}

Activation activationFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    for (Activation a : allActivations())
        if (normalizedName(toString(a)) == t)
            return a;
    if (t == "linear" || t == "none")
        return Activation::Identity;
    if (t == "leaky" || t == "lrelu")
        return Activation::LeakyReLU;
    if (t == "swish")
        return Activation::SiLU;
    std::string names;
    for (Activation a : allActivations())
        names += (names.empty() ? "" : ", ") + toString(a);
    throw Error("unknown activation \"" + text + "\" (available: " + names + ")");
}

std::string toString(Init i)
{
    switch (i) {
    case Init::Default: return "default";
    case Init::Xavier: return "xavier";
    case Init::He: return "he";
    }
    return "default";
}

Init initFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    if (t == "default")
        return Init::Default;
    if (t == "xavier" || t == "glorot")
        return Init::Xavier;
    if (t == "he" || t == "kaiming")
        return Init::He;
    throw Error("unknown initialization \"" + text + "\" (default, xavier, he)");
}

std::string toString(ModelKind k) { return k == ModelKind::Mlp ? "mlp" : "closed_form_linear"; }

ModelKind modelKindFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    if (t == "mlp")
        return ModelKind::Mlp;
    if (t == "closedformlinear" || t == "linear" || t == "pinv" || t == "leastsquares")
        return ModelKind::ClosedFormLinear;
    throw Error("unknown model kind \"" + text + "\" (mlp, closed_form_linear)");
}

int64_t NetworkSpec::inputSize() const
{
    if (inputShape.empty())
        return 0;
    return std::accumulate(inputShape.begin(), inputShape.end(), int64_t{1}, std::multiplies<>());
}

std::vector<std::string> NetworkSpec::problems() const
{
    std::vector<std::string> out;
    if (inputShape.empty() || std::any_of(inputShape.begin(), inputShape.end(), [](int64_t d) { return d < 1; }))
        out.push_back("input: the shape must have positive dimensions");
    else if (inputSize() > (int64_t{1} << 24))
        out.push_back("input: more than 16M features");
    if (outputs < 1 || outputs > kMaxUnits)
        out.push_back("output: must have between 1 and " + std::to_string(kMaxUnits) + " units");
    if (task == TaskKind::Classification && outputs < 2)
        out.push_back("output: classification needs at least two classes");
    if (task == TaskKind::Regression && outputs != 1)
        out.push_back("output: regression predicts one value");
    if (kind == ModelKind::ClosedFormLinear && !hidden.empty())
        out.push_back("the closed-form linear model has no hidden layers");
    for (size_t i = 0; i < hidden.size(); ++i) {
        const auto& l = hidden[i];
        const std::string where = "layer " + std::to_string(i + 1) + ": ";
        if (l.units < 1)
            out.push_back(where + "units must be at least 1");
        if (l.units > kMaxUnits)
            out.push_back(where + "at most " + std::to_string(kMaxUnits) + " units");
        if (!(l.dropout >= 0.0 && l.dropout < 1.0))
            out.push_back(where + "dropout must be in [0, 1)");
    }
    return out;
}

void NetworkSpec::validate() const
{
    throwIfProblems("invalid network", problems());
}

int64_t NetworkSpec::parameterCount() const
{
    int64_t count = 0;
    int64_t in = inputSize();
    for (const auto& l : hidden) {
        count += in * l.units + l.units;
        if (l.batchNorm)
            count += 2 * l.units;
        in = l.units;
    }
    return count + in * outputs + outputs;
}

void NetworkSpec::adaptTo(const Dataset& ds)
{
    inputShape = ds.sampleShape;
    task = ds.task;
    outputs = ds.task == TaskKind::Classification ? std::max<int64_t>(2, ds.classCount()) : 1;
}

NetworkSpec NetworkSpec::forDataset(const Dataset& ds, std::vector<LayerSpec> hidden)
{
    NetworkSpec s;
    s.hidden = std::move(hidden);
    s.adaptTo(ds);
    return s;
}

std::string NetworkSpec::toJson(int indent) const
{
    nlohmann::json j;
    j["format"] = "neuralboard-network";
    j["version"] = 1;
    j["kind"] = toString(kind);
    j["input"] = inputShape;
    j["task"] = toString(task);
    j["outputs"] = outputs;
    j["init"] = toString(init);
    j["layers"] = nlohmann::json::array();
    for (const auto& l : hidden)
        j["layers"].push_back({{"units", l.units}, {"activation", toString(l.activation)}, {"dropout", l.dropout},
            {"batchNorm", l.batchNorm}});
    return j.dump(indent);
}

NetworkSpec NetworkSpec::fromJson(const std::string& text, const std::string& source)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(source + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::exception& e) {
        // e.g. a number too large for a double (found by fuzzing)
        throw Error(source + ": not valid JSON (" + e.what() + ")");
    }
    NetworkSpec s;
    try {
        if (!j.is_object() || !j.contains("format") || j["format"] != "neuralboard-network")
            throw Error(source + ": not a NeuralBoard network (missing \"format\": \"neuralboard-network\")");
        if (!j.contains("version") || j["version"] != 1)
            throw Error(source + ": unsupported network version " + j.value("version", nlohmann::json()).dump());
        s.kind = modelKindFromString(j.value("kind", std::string("mlp")));
        if (!j.at("input").is_array() || j.at("input").empty() || j.at("input").size() > 3)
            throw Error(source + ": \"input\" must be a list of one to three dimensions");
        for (const auto& d : j.at("input"))
            s.inputShape.push_back(jsonInteger(d, "input dimension", 1, int64_t{1} << 24));
        s.task = taskFromString(j.at("task").get<std::string>());
        s.outputs = jsonInteger(j.at("outputs"), "\"outputs\"", 1, kMaxUnits);
        s.init = initFromString(j.value("init", std::string("default")));
        for (const auto& l : j.at("layers")) {
            LayerSpec ls;
            ls.units = jsonInteger(l.at("units"), "layer units", -kMaxUnits, 10 * kMaxUnits);
            ls.activation = activationFromString(l.value("activation", std::string("relu")));
            ls.dropout = l.value("dropout", 0.0);
            ls.batchNorm = l.value("batchNorm", false);
            s.hidden.push_back(ls);
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + ": " + e.what());
    } catch (const Error& e) {
        const std::string m = e.what();
        throw Error(m.rfind(source, 0) == 0 ? m : source + ": " + m);
    }
    const auto p = s.problems();
    if (!p.empty())
        throw Error(source + ": " + p.front());
    return s;
}

std::vector<LayerSpec> parseLayers(const std::string& text)
{
    std::vector<LayerSpec> layers;
    if (text.empty() || normalizedName(text) == "linear" || normalizedName(text) == "none")
        return layers;
    std::stringstream ss(text);
    std::string item;
    int index = 0;
    while (std::getline(ss, item, ',')) {
        ++index;
        const std::string where = "--layers item " + std::to_string(index) + " \"" + item + "\": ";
        std::vector<std::string> parts;
        std::stringstream is(item);
        std::string part;
        while (std::getline(is, part, ':'))
            parts.push_back(part);
        if (parts.empty() || parts.size() > 4)
            throw Error(where + "expected UNITS[:ACTIVATION[:DROPOUT[:bn]]]");
        LayerSpec l;
        double units = 0;
        // Range first: casting a double beyond int64 is undefined behaviour (found by fuzzing).
        if (!parseNumber(parts[0], '.', units) || units < 1 || units > static_cast<double>(kMaxUnits)
            || units != std::floor(units))
            throw Error(where + "units must be a whole number from 1 to " + std::to_string(kMaxUnits));
        l.units = static_cast<int64_t>(units);
        if (parts.size() > 1)
            l.activation = activationFromString(parts[1]);
        if (parts.size() > 2 && !parseNumber(parts[2], '.', l.dropout))
            throw Error(where + "dropout must be a number");
        if (parts.size() > 3) {
            if (normalizedName(parts[3]) != "bn" && normalizedName(parts[3]) != "batchnorm")
                throw Error(where + "the fourth part can only be \"bn\" (batch normalization)");
            l.batchNorm = true;
        }
        if (!(l.dropout >= 0 && l.dropout < 1))
            throw Error(where + "dropout must be in [0, 1)");
        layers.push_back(l);
    }
    return layers;
}

std::string formatLayers(const std::vector<LayerSpec>& layers)
{
    std::string out;
    for (const auto& l : layers) {
        if (!out.empty())
            out += ',';
        out += std::to_string(l.units) + ':' + toString(l.activation);
        if (l.dropout > 0 || l.batchNorm) {
            std::ostringstream d;
            d << l.dropout;
            out += ':' + d.str();
        }
        if (l.batchNorm)
            out += ":bn";
    }
    return out;
}

} // namespace nb
