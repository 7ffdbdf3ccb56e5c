#pragma once
// One-line explanations of the concepts on screen, shown on hover (translatable).

#include "model/NetworkSpec.h"

#include <QString>

namespace nb::ui::concepts {

QString activation(Activation a);
QString dropout();
QString batchNorm();
QString denseLayer();

} // namespace nb::ui::concepts
