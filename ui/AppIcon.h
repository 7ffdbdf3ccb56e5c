#pragma once

#include <QIcon>
#include <QImage>

namespace nb::ui {

// The app icon, drawn with the geometry of packaging/linux/org.neuralboard.NeuralBoard.svg.
QImage renderAppIcon(int size);
QIcon appIcon();

} // namespace nb::ui
