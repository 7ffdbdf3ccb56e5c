#pragma once

#include "common/Matrix.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;
class QMouseEvent;

namespace nb::ui {

// The weights as pictures, live: one layer at a time as a heatmap (diverging palette, symmetric
// scale, colour bar; hover shows the value and its from/to indices) and, for image inputs, each
// first-layer unit's weights as an image tile: its receptive field. For the closed-form linear
// model the tiles are the per-class weight images of the workshop.
class WeightsView : public QWidget {
    Q_OBJECT
public:
    explicit WeightsView(QWidget* parent = nullptr);

    // imageShape: {H, W} when the input is an image, else empty.
    void reset(const std::vector<int64_t>& imageShape, const std::vector<std::string>& classNames);
    void showWeights(const std::vector<LayerWeights>& layers);
    // Adds an epoch to the distributions over time (weights and, when given, gradients) and, unless
    // draw is false, redraws them (drawing is over all epochs so far: callers receiving many
    // epochs a second draw now and then with drawDistributions()).
    void addEpochDistributions(int epoch, const std::vector<LayerWeights>& weights, const std::vector<LayerWeights>& gradients,
        bool draw = true);
    void drawDistributions();
    int distributionEpochs() const { return static_cast<int>(m_history.size()); }

    QCustomPlot* heatmap() const { return m_plot; }
    int tileCount() const { return m_tileCount; }
    QString hoverText(int from, int to) const;

private:
    void showLayer(int index);
    void renderTiles();
    void hover(QMouseEvent* event);

    struct EpochHistograms {
        int epoch;
        std::vector<std::vector<int64_t>> weights;   // per layer
        std::vector<std::vector<int64_t>> gradients; // per layer; empty when not known
    };
    std::vector<EpochHistograms> m_history;
    std::vector<double> m_weightRange, m_gradientRange; // per layer, fixed at the first epoch
    QCustomPlot* m_distributions;
    QCPColorMap* m_weightMap;
    QCPColorMap* m_gradientMap;

    QComboBox* m_layer;
    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    QLabel* m_tilesTitle;
    QLabel* m_tiles;
    std::vector<LayerWeights> m_layers;
    std::vector<int64_t> m_imageShape;
    std::vector<std::string> m_classNames;
    int m_tileCount = 0;
};

} // namespace nb::ui
