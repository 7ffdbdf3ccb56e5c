#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nb {

enum class LossKind { Auto, CrossEntropy, BinaryCrossEntropy, MSE, L1, Huber };
enum class OptimizerKind { SGD, Adam, AdamW, RMSprop, Adagrad };
enum class ScheduleKind { Constant, Step, Cosine };

std::string toString(LossKind k);
LossKind lossFromString(const std::string& text);
std::string toString(OptimizerKind k);
OptimizerKind optimizerFromString(const std::string& text);
std::string toString(ScheduleKind k);
ScheduleKind scheduleFromString(const std::string& text);

struct TrainConfig {
    LossKind loss = LossKind::Auto; // Auto: cross-entropy for classes, MSE for values
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-3;
    double momentum = 0.9; // SGD, RMSprop
    bool nesterov = false; // SGD
    double weightDecay = 0.0;
    int batchSize = 64;
    int epochs = 10;
    ScheduleKind schedule = ScheduleKind::Constant;
    int stepEvery = 10;  // Step: epochs between decays
    double gamma = 0.1;  // Step: factor per decay
    int patience = 0;    // early stopping: epochs without a better validation loss; 0 = off
    uint64_t seed = 42;
    std::string device = "auto"; // auto, cpu, cuda, cuda:N
    double batchesPerSecond = 0; // teaching pace: at most this many batches a second; 0 = no limit
    double publishHz = 20.0;     // batch snapshots per second at most
    bool snapshotWeights = true; // weight matrices in snapshots (the GUI's heatmaps)
    bool snapshotPredictions = true; // per-sample validation predictions at epoch ends

    LossKind resolvedLoss(TaskKind task) const;
    std::vector<std::string> problems(TaskKind task) const;
    void validate(TaskKind task) const; // throws nb::Error

    std::string toJson(int indent = 2) const;
    static TrainConfig fromJson(const std::string& text, const std::string& source = "training config");
};

} // namespace nb
