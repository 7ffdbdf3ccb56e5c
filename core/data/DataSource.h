#pragma once

#include "data/CsvReader.h"
#include "data/Generators.h"
#include "data/Dataset.h"
#include "data/Split.h"

#include <optional>
#include <string>

namespace nb {

// A dataset as loaded, before splitting: the data and, when the source has one, its own
// held-out part (MNIST's t10k pair), which then serves as the validation set.
struct LoadedData {
    Dataset data;
    std::optional<Dataset> heldOut;
    std::string spec;        // what was asked for
    std::string description; // "Fashion-MNIST from /usr/share/datasets/fashion-mnist: 60000 + 10000 images"
    bool standardizeByDefault = true; // tables per feature, images by one global mean/deviation
};

// "builtin:NAME[:key=value,...]" taken apart (the "builtin:" prefix is optional). Throws nb::Error
// for unknown keys or values that are not numbers in range.
struct BuiltinSpec {
    std::string id;
    GeneratorParams params;
};
BuiltinSpec parseBuiltinSpec(const std::string& spec);

struct LoadOptions {
    std::optional<TaskKind> task; // overrides the inferred task (csv)
    CsvOptions csv;               // delimiter, decimal mark, header, missing values
    CsvProgress progress;         // CSV files: share done; return false to cancel
};

// Loads a data spec:
//   builtin:NAME[:key=value,...]  built-in generator (keys: samples, noise, arms, centers, seed)
//   csv:PATH[:TARGET]             a CSV file, target column by name or 1-based number (default: last)
//   mnist:DIR | idx:DIR           a folder of MNIST-layout IDX files
//   mnist | fashion-mnist | wine-red | wine-white   a catalog dataset, looked up where datasets live
//   PATH                          a .csv file or an IDX folder
// Throws nb::Error with a message that says what is wrong.
LoadedData loadData(const std::string& spec, const LoadOptions& options = {});

struct PrepareOptions {
    double valFraction = -1; // < 0: use the source's held-out part when it has one, else 0.2
    double testFraction = 0;
    uint64_t seed = 42;
    std::optional<bool> standardize; // empty: the source's default
};

// Splits (seeded, stratified) and standardizes with statistics of the training part only.
DataSplit prepareData(const LoadedData& loaded, const PrepareOptions& options = {});

} // namespace nb
