#pragma once

#include "data/Dataset.h"
#include "train/Snapshots.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCheckBox;
class QMouseEvent;
class QTimer;

namespace nb::ui {

// Live training curves: every batch's loss (faint) and its moving average, training and
// validation loss per epoch, and accuracy (classification) or MAE (regression) below.
// Hover for exact values; drag to pan, wheel to zoom, "Reset view" to fit again.
class CurvesView : public QWidget {
    Q_OBJECT
public:
    explicit CurvesView(QWidget* parent = nullptr);

    void reset(TaskKind task);
    void addBatches(const std::vector<BatchSnapshot>& batches);
    void addEpoch(const EpochSnapshot& epoch);
    void setLogScale(bool on);
    // Recorded runs drawn over the live curves, one colour each: validation loss (solid) and
    // training loss (dashed) above, validation accuracy or MAE below.
    struct ComparedRun {
        QString name;
        History history;
    };
    void setComparison(const std::vector<ComparedRun>& runs);
    int comparedCount() const { return static_cast<int>(m_compared.size()); }
    void resetView();
    void replotNow(); // draw pending changes at once (screenshots)

    int epochCount() const;
    std::vector<double> epochValues(const QString& curve) const; // "train loss", "val loss", "val accuracy"...
    int batchPointCount() const;
    QCustomPlot* lossPlot() const { return m_loss; }
    QCustomPlot* metricPlot() const { return m_metric; }

private:
    void styleAxes(QCustomPlot* plot, const QString& yLabel);
    QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& color, double width, bool points);
    void showValuesAt(QCustomPlot* plot, QMouseEvent* event);
    void refresh(bool metricToo = true);
    void drawComparison();

    QCustomPlot* m_loss;
    QCustomPlot* m_metric;
    QCheckBox* m_logScale;
    QCPGraph* m_batchRaw = nullptr;
    QCPGraph* m_batchSmooth = nullptr;
    QCPGraph* m_trainLoss = nullptr;
    QCPGraph* m_valLoss = nullptr;
    QCPGraph* m_trainMetric = nullptr;
    QCPGraph* m_valMetric = nullptr;
    TaskKind m_task = TaskKind::Classification;
    double m_smoothed = 0;
    bool m_hasSmoothed = false;
    bool m_autoRange = true;
    bool m_lossDirty = false;
    bool m_metricDirty = false;
    QTimer* m_replotTimer;
    std::vector<ComparedRun> m_compared;
    std::vector<QCPGraph*> m_comparedGraphs;
};

} // namespace nb::ui
