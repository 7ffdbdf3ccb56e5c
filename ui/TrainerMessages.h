#pragma once

#include <QString>

namespace nb::ui {

// Core's trainer messages (English, for the CLI and logs) in the user's language: stopping,
// early stopping, divergence. Others pass through unchanged.
QString trainerMessage(const QString& coreMessage);

} // namespace nb::ui
