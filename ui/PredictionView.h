#pragma once

#include "TrainingSession.h"
#include "data/Dataset.h"
#include "train/Snapshots.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QCustomPlot;
class QCPColorMap;
class QLabel;
class QPushButton;

namespace nb::ui {

// What the model predicts, where it can be seen: decision regions shaded behind 2-D data,
// the fitted curve over 1-D data (the bias-variance lesson), predicted against actual values for
// any regression, and which features matter (permutation importance) for tables.
class PredictionView : public QWidget {
    Q_OBJECT
public:
    explicit PredictionView(QWidget* parent = nullptr);

    void reset(const Dataset& data);
    void setData(std::shared_ptr<const Dataset> trainRaw, std::shared_ptr<const Dataset> valRaw,
        std::shared_ptr<const Dataset> valScaled);
    // Redraws with a model copy; epoch (may be null) carries the validation predictions.
    void update(const TrainingSession::ModelSnapshot& model, const EpochSnapshot* epoch);
    void computeImportance(const TrainingSession::ModelSnapshot& model);

    QString mode() const { return m_mode; } // "regions", "curve", "scatter" or "none"
    QCustomPlot* plot() const { return m_plot; }
    QCustomPlot* errorPlot() const { return m_errors; }
    const std::vector<double>& importance() const { return m_importance; }
    const std::vector<float>& inputGradients() const { return m_gradients; }
    QCPColorMap* regions() const { return m_regions; }

Q_SIGNALS:
    void importanceRequested();

private:
    void drawImportance();

    QLabel* m_title;
    QLabel* m_metrics;
    QCheckBox* m_jitter;
    QCustomPlot* m_plot;
    QCPColorMap* m_regions = nullptr;
    QCustomPlot* m_bars;
    QCustomPlot* m_errors;
    QPushButton* m_importanceButton;
    QString m_mode = QStringLiteral("none");
    std::shared_ptr<const Dataset> m_train, m_val, m_valScaled;
    std::vector<double> m_importance;
    std::vector<float> m_gradients;
    std::vector<std::string> m_featureNames;
    TaskKind m_task = TaskKind::Classification;
    int m_features = 0;
};

} // namespace nb::ui
