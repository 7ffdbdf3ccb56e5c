#pragma once

#include <QString>

#include <string>
#include <vector>

namespace nb::ui {

// Core's trainer messages (English, for the CLI and logs) in the user's language: stopping,
// early stopping, divergence. Others pass through unchanged.
QString trainerMessage(const QString& coreMessage);

// A layer's name in weight snapshots ("hidden 2", "output").
QString layerName(const QString& coreName);

// The names and one-line descriptions of the catalog's datasets and the built-in generators
// (English in core, for the CLI) in the user's language. Unknown texts pass through unchanged.
QString datasetText(const QString& coreText);

// Class c's name as the user reads it: the catalog's and generators' English class names
// (Fashion-MNIST's clothes, "upper"/"lower", ...) translated, others (digits, a CSV's own labels)
// as they are, and the class number where the dataset names none.
QString className(const std::vector<std::string>& names, int c);

} // namespace nb::ui
