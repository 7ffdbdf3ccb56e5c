#pragma once

#include "data/CsvReader.h"
#include "io/Checkpoint.h"
#include "model/NetworkSpec.h"
#include "train/TrainConfig.h"

#include <optional>
#include <string>

namespace nb {

// A whole working session in one file: where the data came from and how it was read, the
// network, the training settings and, when there is one, the trained model.
struct Session {
    std::string dataSpec;
    CsvOptions csv;           // for csv: specs (target, delimiter, decimal mark, header, task, missing)
    double valFraction = -1;  // < 0: the default
    std::optional<bool> standardize;
    NetworkSpec network;
    TrainConfig config;
    std::optional<Checkpoint> model;
    std::string view;         // the tab on screen
};

// Atomic, with a magic number and checksum like checkpoints; loading a damaged or foreign file is
// an nb::Error naming what is wrong.
void saveSession(const std::string& path, const Session& session);
Session loadSession(const std::string& path);
Session sessionFromBytes(const std::string& bytes, const std::string& name);

} // namespace nb
