#pragma once

#include "data/Split.h"
#include "model/Model.h"

#include <string>
#include <vector>

namespace nb {

struct PythonExport {
    std::string stateDictPath; // DIR/state_dict.pt, read by torch.load
    std::string modelPyPath;   // DIR/model.py: the same nn.Sequential, loads the weights
};

// Writes a state_dict Python's torch.load reads and a model.py that rebuilds the network, loads
// it and applies the same standardization. Creates dir when missing. Throws nb::Error.
PythonExport exportForPython(const std::string& dir, const Model& model, const Scaler& scaler,
    const std::vector<std::string>& classNames, const std::vector<std::string>& featureNames,
    const std::string& datasetName);

// The Python source of model.py alone (for tests and previews).
std::string pythonModelSource(const NetworkSpec& spec, const Scaler& scaler, const std::vector<std::string>& classNames,
    const std::vector<std::string>& featureNames, const std::string& datasetName);

} // namespace nb
