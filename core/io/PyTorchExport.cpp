#include "io/PyTorchExport.h"

#include "common/Error.h"
#include "io/AtomicFile.h"
#include "model/ModelImpl.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

namespace nb {
namespace {

std::string pythonActivation(Activation a)
{
    switch (a) {
    case Activation::Identity: return "nn.Identity()";
    case Activation::ReLU: return "nn.ReLU()";
    case Activation::LeakyReLU: return "nn.LeakyReLU(0.01)";
    case Activation::ELU: return "nn.ELU()";
    case Activation::GELU: return "nn.GELU()";
    case Activation::SiLU: return "nn.SiLU()";
    case Activation::Sigmoid: return "nn.Sigmoid()";
    case Activation::Tanh: return "nn.Tanh()";
    case Activation::Softplus: return "nn.Softplus()";
    case Activation::Hardtanh: return "nn.Hardtanh()";
    }
    return "nn.Identity()";
}

// JSON string and number lists are valid Python literals.
std::string pyList(const nlohmann::json& j) { return j.dump(); }

} // namespace

std::string pythonModelSource(const NetworkSpec& spec, const Scaler& scaler, const std::vector<std::string>& classNames,
    const std::vector<std::string>& featureNames, const std::string& datasetName)
{
    std::ostringstream py;
    py << "\"\"\"A network trained in NeuralBoard, exported for PyTorch.\n\n"
       << "Dataset: " << nlohmann::json(datasetName).dump() << "\n"
       << "Network: " << formatLayers(spec.hidden) << (spec.hidden.empty() ? "no hidden layer" : "") << "\n\n"
       << "    from model import load_model, predict\n"
       << "    model = load_model()\n"
       << "    predict(model, samples)  # samples: [N, " << spec.inputSize() << "] or [N, *INPUT_SHAPE]\n"
       << "\"\"\"\n"
       << "import os\n\nimport torch\nfrom torch import nn\n\n"
       << "TASK = " << nlohmann::json(toString(spec.task)).dump() << "\n"
       << "INPUT_SHAPE = (" ;
    for (size_t i = 0; i < spec.inputShape.size(); ++i)
        py << (i ? ", " : "") << spec.inputShape[i];
    py << (spec.inputShape.size() == 1 ? ",)" : ")") << "\n"
       << "CLASS_NAMES = " << pyList(classNames) << "\n"
       << "FEATURE_NAMES = " << pyList(featureNames) << "\n"
       << "# Standardization fitted on the training part: x_scaled = (x - MEAN) * SCALE (empty: none).\n"
       << "MEAN = " << pyList(scaler.mean) << "\n"
       << "SCALE = " << pyList(scaler.scale) << "\n\n\n"
       << "def build_model():\n    return nn.Sequential(\n        nn.Flatten(),\n";
    int64_t in = spec.inputSize();
    for (const auto& l : spec.hidden) {
        py << "        nn.Linear(" << in << ", " << l.units << "),\n";
        if (l.batchNorm)
            py << "        nn.BatchNorm1d(" << l.units << "),\n";
        py << "        " << pythonActivation(l.activation) << ",\n";
        if (l.dropout > 0)
            py << "        nn.Dropout(" << l.dropout << "),\n";
        in = l.units;
    }
    py << "        nn.Linear(" << in << ", " << spec.outputs << "),\n    )\n\n\n"
       << "def load_model(path=None):\n"
       << "    model = build_model()\n"
       << "    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), \"state_dict.pt\")\n"
       << "    model.load_state_dict(torch.load(path))\n"
       << "    model.eval()\n"
       << "    return model\n\n\n"
       << "def preprocess(samples):\n"
       << "    x = torch.as_tensor(samples, dtype=torch.float32).reshape(-1, " << spec.inputSize() << ")\n"
       << "    if MEAN:\n"
       << "        x = (x - torch.tensor(MEAN)) * torch.tensor(SCALE)\n"
       << "    return x\n\n\n"
       << "def predict(model, samples):\n"
       << "    \"\"\"Class probabilities [N, classes] for classification, values [N] for regression.\"\"\"\n"
       << "    with torch.no_grad():\n"
       << "        out = model(preprocess(samples))\n"
       << "    return torch.softmax(out, dim=1) if TASK == \"classification\" else out.squeeze(1)\n\n\n"
       << "if __name__ == \"__main__\":\n"
       << "    print(load_model())\n";
    return py.str();
}

PythonExport exportForPython(const std::string& dir, const Model& model, const Scaler& scaler,
    const std::vector<std::string>& classNames, const std::vector<std::string>& featureNames,
    const std::string& datasetName)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(dir + ": cannot create the folder (" + ec.message() + ")");
    c10::Dict<std::string, at::Tensor> state;
    const Model cpu = model.clone();
    for (const auto& p : cpu.impl().net->named_parameters())
        state.insert(p.key(), p.value().detach().clone());
    for (const auto& b : cpu.impl().net->named_buffers())
        state.insert(b.key(), b.value().detach().clone());
    const std::vector<char> bytes = torch::pickle_save(state);
    PythonExport out;
    out.stateDictPath = (fs::path(dir) / "state_dict.pt").string();
    out.modelPyPath = (fs::path(dir) / "model.py").string();
    writeFileAtomically(out.stateDictPath, std::string_view(bytes.data(), bytes.size()));
    writeFileAtomically(out.modelPyPath, pythonModelSource(model.spec(), scaler, classNames, featureNames, datasetName));
    return out;
}

} // namespace nb
