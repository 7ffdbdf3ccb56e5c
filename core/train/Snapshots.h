#pragma once

#include "common/Matrix.h"
#include "metrics/Metrics.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace nb {

// Value types the Trainer publishes. They own plain data (no tensors), so they can cross threads
// and be kept by the UI.

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct EpochMetrics {
    int epoch = 0;        // 1-based, counting across resumed runs
    double seconds = 0;   // training time of this epoch (no evaluation, no pauses)
    double trainLoss = kNoValue;
    double valLoss = kNoValue;
    double trainAccuracy = kNoValue; // classification
    double valAccuracy = kNoValue;   // classification
    double valMse = kNoValue;        // regression
    double valMae = kNoValue;
    double valR2 = kNoValue;
    double learningRate = kNoValue;
};
using History = std::vector<EpochMetrics>;

struct BatchSnapshot {
    int epoch = 0;
    int64_t batch = 0; // batches done in this epoch
    int64_t batchesPerEpoch = 0;
    int64_t globalBatch = 0;     // batches done since the run began
    std::vector<float> losses;   // each batch's loss since the previous snapshot
    double learningRate = 0;
    double samplesPerSecond = 0;
    std::vector<LayerWeights> weights; // empty unless TrainConfig::snapshotWeights
};

// The model's answers on the validation set, in validation-set order.
struct ValidationPredictions {
    std::vector<float> targets;       // class index or value
    std::vector<int> predicted;       // classification: argmax
    std::vector<float> probabilities; // classification: [n, classes]
    std::vector<float> values;        // regression: predicted value
};

struct EpochSnapshot {
    EpochMetrics metrics;
    int totalEpochs = 0;
    bool improved = false; // best validation loss so far
    ConfusionMatrix confusion; // classification
    std::vector<LayerWeights> weights;
    std::vector<LayerWeights> gradients; // of the epoch's last batch, same layout as weights
    ValidationPredictions predictions; // unless TrainConfig::snapshotPredictions is off
};

enum class TrainerState { Idle, Running, Paused, Finished, Stopped, Failed };
std::string toString(TrainerState s);

// Called on the training thread. Keep handlers short: copy the snapshot and return.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onBatch(const BatchSnapshot&) {}
    virtual void onEpoch(const EpochSnapshot&) {}
    // message explains Paused after divergence, Finished by early stopping, Failed.
    virtual void onStateChanged(TrainerState, const std::string& message) {}
};

} // namespace nb
