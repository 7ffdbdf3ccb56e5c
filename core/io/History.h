#pragma once

#include "data/Dataset.h"
#include "train/Snapshots.h"

#include <string>

namespace nb {

// A run's per-epoch metrics as text: JSON (kept in checkpoints and run folders; missing values are
// null) and CSV (for spreadsheets; missing values are empty cells, '.' decimal mark).
std::string historyToJson(const History& history);
History historyFromJson(const std::string& json, const std::string& source); // throws nb::Error
std::string historyToCsv(const History& history, TaskKind task);

} // namespace nb
