#pragma once

#include "data/Dataset.h"
#include "model/Model.h"
#include "train/Snapshots.h"

namespace nb {

// Metrics of a model on a (scaled) dataset without training: accuracy or MSE/MAE/R², and the
// confusion matrix for classification. Loss is left empty.
struct Evaluation {
    EpochMetrics metrics;
    ConfusionMatrix confusion;
};
Evaluation evaluateModel(const Model& model, const Dataset& data);

} // namespace nb
