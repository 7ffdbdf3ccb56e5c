#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nb {

struct GeneratorParams {
    int samples = 600;
    double noise = -1; // < 0: the generator's own default
    int arms = 3;      // spiral arms
    int centers = 3;   // gaussian blobs
    uint64_t seed = 1;
};

struct GeneratorInfo {
    std::string id;          // "spiral"
    std::string title;       // "Spiral"
    std::string description; // one line for the dataset chooser
    double defaultNoise;
    TaskKind task;
};

const std::vector<GeneratorInfo>& generators();
// Generates a built-in dataset by id (spiral, moons, circles, xor, blobs, sine). Seeded and instant.
Dataset generate(const std::string& id, const GeneratorParams& params = {});

} // namespace nb
