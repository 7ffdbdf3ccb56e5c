#pragma once

#include "data/Dataset.h"

#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nb {

enum class HeaderMode { Auto, Yes, No };

struct CsvOptions {
    char delimiter = 0;          // 0: sniff among ',' ';' and tab
    char decimal = 0;            // 0: detect; '.' or ','
    HeaderMode header = HeaderMode::Auto;
    std::string target;          // column name, 1-based column number, or empty for the last column
    std::optional<TaskKind> task; // empty: inferred from the target column
    bool dropMissing = false;    // drop rows with missing values instead of failing
    int maxCategories = 100;     // a text feature column with more distinct values is refused
    int maxClassesInferred = 20; // an integer target with more distinct values is regression
};

// The file as parsed cells, before any typing: what the import dialog previews.
struct CsvTable {
    std::string source; // the name used in error messages
    char delimiter = ',';
    char decimal = '.';
    bool hasHeader = false;
    std::vector<std::string> columns; // header names, or "column N" when there is no header
    std::vector<std::vector<std::string>> rows;
    std::vector<long> lines; // physical line where each row starts (1-based)
};

struct CsvReport {
    char delimiter = ',';
    char decimal = '.';
    bool hasHeader = false;
    int64_t rowsRead = 0;
    int64_t rowsDropped = 0;
    std::vector<std::string> oneHotColumns;
    std::string targetColumn;
};

// Parses CSV text. maxRows limits the data rows kept (for previews). Throws nb::Error.
CsvTable parseCsv(std::string_view text, const std::string& source, const CsvOptions& options = {},
    size_t maxRows = std::numeric_limits<size_t>::max());
CsvTable readCsvTable(const std::string& path, const CsvOptions& options = {},
    size_t maxRows = std::numeric_limits<size_t>::max());

// Types the cells, one-hot encodes text features, picks the target and the task.
Dataset tableToDataset(const CsvTable& table, const CsvOptions& options = {}, CsvReport* report = nullptr);

// Called now and then with the share done (0..1); returning false cancels the load, which then
// throws nb::Error("... loading was cancelled").
using CsvProgress = std::function<bool(double)>;

// Reads a CSV file in two streaming passes: memory holds the numbers, not the text, so a file of
// gigabytes loads when its numbers fit.
Dataset readCsv(const std::string& path, const CsvOptions& options = {}, CsvReport* report = nullptr,
    const CsvProgress& progress = {});

// A number in the given decimal mark, allowing surrounding spaces and a leading '+'.
bool parseNumber(std::string_view text, char decimal, double& out);
bool isMissingValue(std::string_view text);

} // namespace nb
