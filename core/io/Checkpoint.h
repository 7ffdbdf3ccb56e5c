#pragma once

#include "data/Split.h"
#include "model/NetworkSpec.h"
#include "train/Snapshots.h"
#include "train/TrainConfig.h"

#include <string>
#include <vector>

namespace nb {

// Everything needed to predict with a trained model or continue training it.
struct Checkpoint {
    NetworkSpec spec;
    TrainConfig config;
    Scaler scaler;
    std::vector<std::string> classNames;
    std::vector<std::string> featureNames;
    std::string datasetName;
    std::string datasetSpec; // how it was loaded ("fashion-mnist", "csv:wine.csv:quality")
    History history;
    int bestEpoch = 0;
    std::string modelState;     // LibTorch archive of parameters and buffers
    std::string optimizerState; // LibTorch archive; may be empty
};

// Written atomically (temporary file, flush, rename). The file starts with a magic number and a
// checksum, so a damaged or foreign file is refused with a message before anything is parsed.
void saveCheckpoint(const std::string& path, const Checkpoint& checkpoint);
Checkpoint loadCheckpoint(const std::string& path); // throws nb::Error
// The same, in memory (sessions embed a checkpoint). name is used in messages.
std::string checkpointBytes(const Checkpoint& checkpoint);
Checkpoint checkpointFromBytes(const std::string& bytes, const std::string& name);

} // namespace nb
