#include "WeightsView.h"

#include "QCustomPlotShim.h"
#include "QtText.h"
#include "TrainerMessages.h"
#include "Theme.h"
#include "metrics/Insights.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace nb::ui {

namespace {

// Blue for negative, white for zero, red for positive: the sign reads at a glance.
QRgb diverging(float v, float limit)
{
    const float t = limit > 0 ? std::clamp(v / limit, -1.0f, 1.0f) : 0.0f;
    const QColor neg(33, 102, 172), pos(178, 24, 43);
    const QColor& c = t < 0 ? neg : pos;
    const float a = std::fabs(t);
    return qRgb(static_cast<int>(255 + a * (c.red() - 255)), static_cast<int>(255 + a * (c.green() - 255)),
        static_cast<int>(255 + a * (c.blue() - 255)));
}

} // namespace

WeightsView::WeightsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_layer = new QComboBox(this);
    m_layer->setToolTip(tr("The layer whose weight matrix is shown: rows are its units, columns the inputs they read"));
    left->addWidget(m_layer);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("weightHeatmap"));
    m_plot->setAccessibleName(tr("Weight heatmap of the chosen layer"));
    m_plot->setToolTip(tr("Each cell is one weight: red positive, blue negative, white near zero. Hover for its value"));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_map->setColorScale(m_scale);
    QCPColorGradient gradient(QCPColorGradient::gpPolar);
    gradient.setColorStopAt(0, QColor(33, 102, 172));
    gradient.setColorStopAt(0.5, Qt::white);
    gradient.setColorStopAt(1, QColor(178, 24, 43));
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    setChartFonts(m_plot, {m_scale->axis()});
    m_plot->xAxis->setLabel(tr("from input"));
    m_plot->yAxis->setLabel(tr("to unit"));
    m_plot->yAxis->setRangeReversed(true);
    m_scale->axis()->setLabel(tr("weight"));
    m_plot->setMinimumSize(360, 300);
    left->addWidget(m_plot, 3);

    // Distributions over epochs, TensorBoard-style: x epoch, y value, darker = more weights there.
    m_distributions = new QCustomPlot(this);
    m_distributions->setObjectName(QStringLiteral("distributions"));
    m_distributions->setAccessibleName(tr("Weight and gradient distributions by epoch"));
    m_distributions->setToolTip(tr("How the layer's weights (left) and gradients (right) are spread, epoch by epoch. "
                                   "Weights piling up at the ends, or gradients shrinking to zero, mean saturated or dead units"));
    m_distributions->plotLayout()->clear();
    auto* wRect = new QCPAxisRect(m_distributions);
    auto* gRect = new QCPAxisRect(m_distributions);
    m_distributions->plotLayout()->addElement(0, 0, wRect);
    m_distributions->plotLayout()->addElement(0, 1, gRect);
    m_weightMap = new QCPColorMap(wRect->axis(QCPAxis::atBottom), wRect->axis(QCPAxis::atLeft));
    m_gradientMap = new QCPColorMap(gRect->axis(QCPAxis::atBottom), gRect->axis(QCPAxis::atLeft));
    for (QCPAxisRect* r : {wRect, gRect}) {
        r->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
        r->axis(QCPAxis::atBottom)->ticker()->setTickCount(3); // narrow charts, large fonts
    }
    setChartFonts(m_distributions);
    wRect->axis(QCPAxis::atLeft)->setLabel(tr("weight value"));
    gRect->axis(QCPAxis::atLeft)->setLabel(tr("gradient value"));
    for (QCPColorMap* m : {m_weightMap, m_gradientMap}) {
        QCPColorGradient g(QCPColorGradient::gpGrayscale);
        g.setColorStopAt(0, Qt::white);
        g.setColorStopAt(1, QColor(0, 60, 120));
        m->setGradient(g);
        m->setInterpolate(false);
    }
    m_distributions->setMinimumHeight(180);
    left->addWidget(m_distributions, 2);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    m_tilesTitle = new QLabel(this);
    m_tilesTitle->setWordWrap(true);
    QFont tf = m_tilesTitle->font();
    tf.setPixelSize(px(16));
    m_tilesTitle->setFont(tf);
    right->addWidget(m_tilesTitle);
    m_tiles = new QLabel(this);
    m_tiles->setObjectName(QStringLiteral("receptiveFields"));
    m_tiles->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Receptive fields of the first layer"));
    scroll->setWidget(m_tiles);
    scroll->setWidgetResizable(true);
    right->addWidget(scroll, 1);
    layout->addLayout(right, 2);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &WeightsView::showLayer);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &WeightsView::drawDistributions);
    connect(m_plot, &QCustomPlot::mouseMove, this, &WeightsView::hover);
    reset({}, {});
}

void WeightsView::reset(const std::vector<int64_t>& imageShape, const std::vector<std::string>& classNames)
{
    m_imageShape = imageShape;
    m_classNames = classNames;
    m_layers.clear();
    m_layer->clear();
    m_map->data()->clear();
    m_tileCount = 0;
    m_tiles->clear();
    m_history.clear();
    m_weightRange.clear();
    m_gradientRange.clear();
    m_weightMap->data()->clear();
    m_gradientMap->data()->clear();
    m_distributions->replot();
    m_tilesTitle->setText(imageShape.empty() ? tr("Receptive fields appear for image data.")
                                             : tr("Train to see what each first-layer unit looks for."));
    m_plot->replot();
}

void WeightsView::showWeights(const std::vector<LayerWeights>& layers)
{
    if (layers.empty())
        return;
    const bool sameLayers = layers.size() == m_layers.size();
    m_layers = layers;
    if (!sameLayers) {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        for (const auto& l : m_layers)
            m_layer->addItem(tr("%1: %2 × %3").arg(layerName(qs(l.name))).arg(l.weight.rows).arg(l.weight.cols));
    }
    showLayer(std::max(0, m_layer->currentIndex()));
    renderTiles();
}

namespace {
constexpr int kBins = 48;

double rangeOf(const std::vector<float>& values)
{
    float limit = 0;
    for (float v : values)
        if (std::isfinite(v))
            limit = std::max(limit, std::fabs(v));
    return limit > 0 ? limit : 1e-3;
}
} // namespace

void WeightsView::addEpochDistributions(int epoch, const std::vector<LayerWeights>& weights, const std::vector<LayerWeights>& gradients,
    bool draw)
{
    if (weights.empty())
        return;
    if (m_weightRange.size() != weights.size()) {
        // Ranges fixed at the first epoch (with room to grow), so epochs compare directly.
        m_weightRange.clear();
        m_gradientRange.clear();
        m_history.clear();
        for (const auto& w : weights)
            m_weightRange.push_back(2.0 * rangeOf(w.weight.data));
        for (const auto& g : gradients)
            m_gradientRange.push_back(2.0 * rangeOf(g.weight.data));
    }
    EpochHistograms h{epoch, {}, {}};
    for (size_t l = 0; l < weights.size(); ++l)
        h.weights.push_back(histogram(weights[l].weight.data, -m_weightRange[l], m_weightRange[l], kBins));
    for (size_t l = 0; l < gradients.size() && l < m_gradientRange.size(); ++l)
        h.gradients.push_back(histogram(gradients[l].weight.data, -m_gradientRange[l], m_gradientRange[l], kBins));
    m_history.push_back(std::move(h));
    if (draw)
        drawDistributions();
}

void WeightsView::drawDistributions()
{
    const int layer = std::max(0, m_layer->currentIndex());
    if (m_history.empty() || layer >= static_cast<int>(m_weightRange.size()))
        return;
    const int epochs = static_cast<int>(m_history.size());
    auto fill = [&](QCPColorMap* map, bool grads) {
        const std::vector<double>& range = grads ? m_gradientRange : m_weightRange;
        if (layer >= static_cast<int>(range.size()))
            return;
        map->data()->setSize(epochs, kBins);
        map->data()->setRange(QCPRange(m_history.front().epoch, m_history.back().epoch), QCPRange(-range[static_cast<size_t>(layer)], range[static_cast<size_t>(layer)]));
        double top = 0;
        for (int e = 0; e < epochs; ++e) {
            const auto& all = grads ? m_history[static_cast<size_t>(e)].gradients : m_history[static_cast<size_t>(e)].weights;
            for (int b = 0; b < kBins; ++b) {
                const double v = layer < static_cast<int>(all.size()) ? std::log1p(static_cast<double>(all[static_cast<size_t>(layer)][static_cast<size_t>(b)])) : 0.0;
                map->data()->setCell(e, b, v);
                top = std::max(top, v);
            }
        }
        map->setDataRange(QCPRange(0, std::max(top, 1.0)));
        map->keyAxis()->setRange(m_history.front().epoch - 0.5, m_history.back().epoch + 0.5);
        map->valueAxis()->setRange(-range[static_cast<size_t>(layer)], range[static_cast<size_t>(layer)]);
    };
    fill(m_weightMap, false);
    fill(m_gradientMap, true);
    m_distributions->replot(QCustomPlot::rpQueuedReplot);
}

void WeightsView::showLayer(int index)
{
    if (index < 0 || index >= static_cast<int>(m_layers.size()))
        return;
    const Matrix& w = m_layers[static_cast<size_t>(index)].weight;
    m_map->data()->setSize(static_cast<int>(w.cols), static_cast<int>(w.rows));
    m_map->data()->setRange(QCPRange(0, static_cast<double>(w.cols - 1)), QCPRange(0, static_cast<double>(w.rows - 1)));
    float limit = 0;
    for (float v : w.data)
        limit = std::max(limit, std::fabs(v));
    for (int64_t r = 0; r < w.rows; ++r)
        for (int64_t c = 0; c < w.cols; ++c)
            m_map->data()->setCell(static_cast<int>(c), static_cast<int>(r), w.at(r, c));
    // A symmetric scale: zero is always white.
    m_map->setDataRange(QCPRange(-std::max(limit, 1e-6f), std::max(limit, 1e-6f)));
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(-0.5, static_cast<double>(w.cols) - 0.5);
    m_plot->yAxis->setRange(-0.5, static_cast<double>(w.rows) - 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString WeightsView::hoverText(int from, int to) const
{
    const int index = m_layer->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_layers.size()))
        return {};
    const Matrix& w = m_layers[static_cast<size_t>(index)].weight;
    if (from < 0 || to < 0 || from >= w.cols || to >= w.rows)
        return {};
    QString source = QString::number(from);
    if (index == 0 && m_imageShape.size() == 2)
        source = tr("pixel (%1, %2)").arg(from % m_imageShape[1]).arg(from / m_imageShape[1]);
    QString target = QString::number(to);
    if (index + 1 == static_cast<int>(m_layers.size()) && to < static_cast<int>(m_classNames.size()))
        target = tr("%1 (class %2)").arg(to).arg(className(m_classNames, to));
    return tr("weight from input %1 to unit %2: %3").arg(source, target).arg(w.at(to, from), 0, 'g', 4);
}

void WeightsView::hover(QMouseEvent* event)
{
    const int from = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(event->pos().x())));
    const int to = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(event->pos().y())));
    const QString text = hoverText(from, to);
    if (!text.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void WeightsView::renderTiles()
{
    if (m_imageShape.size() != 2 || m_layers.empty())
        return;
    const Matrix& w = m_layers.front().weight;
    const auto h = static_cast<int>(m_imageShape[0]), wd = static_cast<int>(m_imageShape[1]);
    if (w.cols != static_cast<int64_t>(h) * wd)
        return;
    const bool perClass = m_layers.size() == 1; // the linear model: one image per class
    const int units = static_cast<int>(std::min<int64_t>(w.rows, 64));
    const int cols = perClass ? std::min(units, 5) : 6;
    const int scale = perClass ? 4 : 2;
    const int tileW = wd * scale, tileH = h * scale, gap = 6, labelH = perClass ? 18 : 0;
    const int rows = (units + cols - 1) / cols;
    QImage sheet(cols * (tileW + gap), rows * (tileH + gap + labelH), QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    for (int u = 0; u < units; ++u) {
        float limit = 0;
        for (int i = 0; i < h * wd; ++i)
            limit = std::max(limit, std::fabs(w.at(u, i)));
        QImage tile(wd, h, QImage::Format_RGB32);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < wd; ++x)
                tile.setPixel(x, y, diverging(w.at(u, y * wd + x), limit));
        const int tx = (u % cols) * (tileW + gap), ty = (u / cols) * (tileH + gap + labelH);
        p.drawImage(QRect(tx, ty, tileW, tileH), tile);
        if (perClass && u < static_cast<int>(m_classNames.size()))
            p.drawText(QRect(tx, ty + tileH, tileW, labelH), Qt::AlignCenter, className(m_classNames, u));
    }
    p.end();
    m_tileCount = units;
    m_tiles->setPixmap(QPixmap::fromImage(sheet));
    m_tilesTitle->setText(perClass ? tr("The linear model's weights for each class, as images: red pixels speak for the class, blue against it.")
                                   : tr("Receptive fields: each tile is one first-layer unit's %1 weights from the pixels "
                                        "(red positive, blue negative). Strokes appear as it learns.")
                                         .arg(h * wd));
}

} // namespace nb::ui
