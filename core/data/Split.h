#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <vector>

namespace nb {

// Per-feature standardization, fitted on the training part only and saved with the model.
struct Scaler {
    std::vector<float> mean;
    std::vector<float> scale; // 1 / standard deviation (1 for constant features)

    bool empty() const { return mean.empty(); }
    // Per feature for tables; for images one mean and deviation over all pixels (as
    // torchvision's Normalize does), so rare pixels are not blown up.
    static Scaler fit(const Dataset& train);
    void apply(Dataset& ds) const;
    void apply(float* sample, int64_t count) const;
};

struct SplitOptions {
    double valFraction = 0.2;
    double testFraction = 0.0;
    uint64_t seed = 42;
    bool stratify = true; // classification only
};

struct DataSplit {
    Dataset train;
    Dataset val;
    Dataset test; // empty unless asked for
    Scaler scaler;
};

// Seeded split, stratified by class for classification (each class keeps its share in every part).
DataSplit splitDataset(const Dataset& ds, const SplitOptions& options);

} // namespace nb
