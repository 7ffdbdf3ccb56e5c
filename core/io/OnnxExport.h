#pragma once

#include "data/Split.h"
#include "model/Model.h"

#include <string>
#include <vector>

namespace nb {

// True when this build can write ONNX (it was built against libonnx).
bool onnxExportAvailable();

// Writes the model as an ONNX file (opset 13) that takes the data as loaded: input "features"
// [batch, inputs] float; the standardization is inside the graph. Outputs: classification
// "logits" and "probabilities" [batch, classes]; regression "values" [batch, 1]. Class and
// feature names go into the model's metadata. Checked by ONNX's own checker before it is
// written (atomically). Throws nb::Error.
void exportOnnxModel(const std::string& path, const Model& model, const Scaler& scaler, const std::vector<std::string>& classNames,
    const std::vector<std::string>& featureNames, const std::string& datasetName);

} // namespace nb
