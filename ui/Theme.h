#pragma once
// Colours shared by every chart. The Okabe-Ito palette stays distinguishable with the common
// colour-vision deficiencies and on washed-out projectors.

#include <QColor>

namespace nb::ui {

// Live curves: training blue, validation orange. Compared runs take the other colours in turn.
inline QColor trainingColor() { return QColor(0, 114, 178); }
inline QColor validationColor() { return QColor(230, 159, 0); }
inline QColor runColor(int i)
{
    static const QColor colors[] = {QColor(213, 94, 0), QColor(0, 158, 115), QColor(204, 121, 167), QColor(86, 180, 233),
        QColor(0, 0, 0), QColor(240, 228, 66)};
    return colors[static_cast<unsigned>(i) % (sizeof colors / sizeof colors[0])];
}

} // namespace nb::ui
