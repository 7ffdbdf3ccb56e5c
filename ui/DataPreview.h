#pragma once

#include "data/DataSource.h"

#include <QWidget>

class QStackedWidget;
class QLabel;
class QTableWidget;
class QCustomPlot;

namespace nb::ui {

// A look at the data before training: a scatter for 2-D (and 1-D) sets, a grid of sample
// images for image sets, a table for other tables.
class DataPreview : public QWidget {
    Q_OBJECT
public:
    explicit DataPreview(QWidget* parent = nullptr);
    void show(const LoadedData& data);
    QString kind() const; // "scatter", "images" or "table", for tests

private:
    QStackedWidget* m_stack;
    QCustomPlot* m_scatter;
    QLabel* m_images;
    QTableWidget* m_table;
};

} // namespace nb::ui
