#pragma once

#include <QString>

class QWidget;

namespace nb::ui {

// Saves a chart as an image for slides and reports, chosen by the file's extension:
// .png at twice the on-screen resolution (sharp on a projector), .svg as vectors, .pdf.
// QCustomPlot charts and Qt Charts draw as vectors; other views as they look. Atomic: the
// file appears complete or not at all. False with *error set on failure.
bool exportChart(QWidget* chart, const QString& path, QString* error = nullptr);

// A right-click menu on the chart: "Save chart as…" (PNG, SVG or PDF).
void enableChartExport(QWidget* chart);

} // namespace nb::ui
