#pragma once

#include "data/DigitImage.h"
#include "metrics/Insights.h"
#include "train/Snapshots.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QCheckBox;

namespace nb::ui {

// The validation confusion matrix, updated every epoch: counts and row percentages with colour
// intensity, class names on both axes, accuracy and a per-class precision / recall / F1 / support
// table. Clicking a cell lists exactly those samples (mistakes most confident first; right answers
// least confident first); clicking a sample shows it large with every class's probability.
class ConfusionView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionView(QWidget* parent = nullptr);

    void setValidation(std::shared_ptr<const Dataset> raw);
    void showEpoch(const EpochSnapshot& epoch);
    void selectCell(int actual, int predicted);
    void clear();

    QTableWidget* matrix() const { return m_matrix; }
    // Whether the predicted-class names are turned to read bottom-up (they would not fit upright).
    bool columnNamesTurned() const;
    QListWidget* gallery() const { return m_gallery; }
    const std::vector<GalleryItem>& galleryItems() const { return m_items; }
    QTableWidget* perClass() const { return m_perClass; }

Q_SIGNALS:
    void openInCanvas(const nb::GrayImage& image);

private:
    void fillMatrix();
    void showSample(int row);
    QPixmap thumbnail(int64_t index, int size) const;
    GrayImage image(int64_t index) const;

    QLabel* m_accuracy;
    QCheckBox* m_percent;
    QTableWidget* m_matrix;
    QLabel* m_caption;
    QTableWidget* m_perClass;
    QLabel* m_galleryTitle;
    QListWidget* m_gallery;
    QLabel* m_sample;
    QLabel* m_sampleText;
    QPushButton* m_toCanvas;
    std::shared_ptr<const Dataset> m_validation;
    ConfusionMatrix m_confusion;
    ValidationPredictions m_predictions;
    std::vector<std::string> m_classNames;
    std::vector<GalleryItem> m_items;
    int m_cellActual = -1, m_cellPredicted = -1;
};

} // namespace nb::ui
