#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nb {

struct CatalogFile {
    std::string name;
    std::string url;
    std::string sha256;
    int64_t size = 0; // 0 when not recorded
};

struct CatalogEntry {
    std::string id;    // "fashion-mnist"
    std::string title; // "Fashion-MNIST"
    std::string kind;  // "idx" or "csv"
    std::string folder; // folder name under a data directory
    std::string file;   // csv only: file name inside the folder
    std::string target; // csv only
    std::optional<TaskKind> task;
    std::vector<std::string> systemDirs;
    std::string description;
    std::string license;
    std::vector<std::string> classes;
    std::vector<CatalogFile> files;
};

// The known datasets, from datasets/catalog.json compiled into the program.
const std::vector<CatalogEntry>& catalog();
const CatalogEntry* findCatalogEntry(const std::string& id);

// Folders searched for file datasets, in order: $NEURALBOARD_DATA_DIR (':'-separated), then the
// user data folder ($XDG_DATA_HOME or ~/.local/share, then NeuralBoard/datasets).
std::vector<std::string> dataSearchDirs();
std::string userDataDir();

// Where the dataset is on this machine: the folder (idx) or file (csv), or nothing.
// Searched: the data search dirs + entry.folder, then the entry's system folders.
std::optional<std::string> locate(const CatalogEntry& entry);

// Every place that locate() looks, for the "where it would come from" hint.
std::vector<std::string> candidatePaths(const CatalogEntry& entry);

} // namespace nb
