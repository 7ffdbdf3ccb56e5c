#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nb {

enum class TaskKind { Classification, Regression };

std::string toString(TaskKind task);
TaskKind taskFromString(const std::string& text); // throws nb::Error

// A whole dataset in memory: features float32 [N, prod(sampleShape)], row-major, and one target
// per sample (a class index for classification, a value for regression).
struct Dataset {
    std::string name;
    std::vector<int64_t> sampleShape; // {F} for tables, {1, H, W} for images
    std::vector<float> features;
    std::vector<float> targets;
    std::vector<std::string> featureNames;
    std::vector<std::string> classNames; // classification only
    std::string targetName;
    TaskKind task = TaskKind::Classification;

    int64_t size() const { return static_cast<int64_t>(targets.size()); }
    int64_t featureCount() const;
    int64_t classCount() const { return static_cast<int64_t>(classNames.size()); }
    bool isImage() const { return sampleShape.size() == 3; }
    const float* sample(int64_t i) const { return features.data() + i * featureCount(); }

    // A dataset holding the given samples, in that order, with the same metadata.
    Dataset subset(const std::vector<int64_t>& indices) const;
    // Samples per class, for classification.
    std::vector<int64_t> classCounts() const;
};

} // namespace nb
