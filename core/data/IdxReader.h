#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nb {

// One IDX file (the MNIST format), unsigned bytes only.
struct IdxArray {
    std::vector<int64_t> dims;
    std::vector<uint8_t> data;
};

// Reads an IDX file, gzip-compressed or raw. The header's claims (magic, type, rank, dimensions,
// total size) are checked against limits and against the file before anything is allocated.
IdxArray readIdx(const std::string& path, int64_t maxBytes = int64_t{1} << 31);

// Images [N, rows, cols] and labels [N] as a classification dataset of shape {1, rows, cols},
// pixels scaled to [0, 1].
Dataset idxToDataset(const IdxArray& images, const IdxArray& labels, const std::string& name,
    const std::vector<std::string>& classNames = {});

struct ImageFolder {
    Dataset train;
    std::optional<Dataset> test; // present when the folder holds a test pair beside the training pair
    bool onlyTestPair = false;   // the folder held only the t10k pair (the caller splits it)
};

// A folder holding MNIST-layout files: train-images-idx3-ubyte(.gz), train-labels-idx1-ubyte(.gz),
// t10k-images-idx3-ubyte(.gz), t10k-labels-idx1-ubyte(.gz); either all four or only one pair.
ImageFolder readMnistFolder(const std::string& dir, const std::string& name,
    const std::vector<std::string>& classNames = {});

// Whether dir holds at least one images/labels pair.
bool isMnistFolder(const std::string& dir);

} // namespace nb
