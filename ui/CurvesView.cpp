#include "CurvesView.h"

#include "QCustomPlotShim.h"
#include "QtText.h"
#include "Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace nb::ui {

namespace {
constexpr double kSmoothing = 0.05; // weight of the newest batch in the moving average
// Repaints at most this often: on two cores, every frame the UI draws is time the trainer
// does not get, and eight frames a second reads as live.
constexpr int kReplotIntervalMs = 125;
}

CurvesView::CurvesView(QWidget* parent)
    : QWidget(parent), m_loss(new QCustomPlot(this)), m_metric(new QCustomPlot(this)), m_replotTimer(new QTimer(this))
{
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &CurvesView::replotNow);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_logScale = new QCheckBox(tr("Log scale"), this);
    m_logScale->setToolTip(tr("Show the loss on a logarithmic axis, where late, small improvements stay visible"));
    auto* resetButton = new QPushButton(tr("Reset view"), this);
    resetButton->setToolTip(tr("Fit both charts to all their data again (drag to pan, wheel to zoom)"));
    bar->addWidget(m_logScale);
    bar->addStretch();
    bar->addWidget(resetButton);
    layout->addLayout(bar);
    layout->addWidget(m_loss, 3);
    layout->addWidget(m_metric, 2);
    connect(m_logScale, &QCheckBox::toggled, this, &CurvesView::setLogScale);
    connect(resetButton, &QPushButton::clicked, this, &CurvesView::resetView);
    for (QCustomPlot* plot : {m_loss, m_metric}) {
        plot->setObjectName(plot == m_loss ? QStringLiteral("lossPlot") : QStringLiteral("metricPlot"));
        plot->setAccessibleName(plot == m_loss ? tr("Loss chart: training and validation loss by epoch") : tr("Accuracy or error chart by epoch"));
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->setMinimumHeight(160);
        connect(plot, &QCustomPlot::mousePress, this, [this] { m_autoRange = false; });
        connect(plot, &QCustomPlot::mouseWheel, this, [this] { m_autoRange = false; });
        connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent* e) { showValuesAt(plot, e); });
    }
    reset(TaskKind::Classification);
}

void CurvesView::styleAxes(QCustomPlot* plot, const QString& yLabel)
{
    setChartFonts(plot);
    plot->xAxis->setLabel(tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

QCPGraph* CurvesView::addGraph(QCustomPlot* plot, const QString& name, const QColor& color, double width, bool points)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    QPen pen(color);
    pen.setWidthF(lineWidth(width));
    g->setPen(pen);
    if (points)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, px(7)));
    return g;
}

void CurvesView::reset(TaskKind task)
{
    m_task = task;
    m_hasSmoothed = false;
    m_autoRange = true;
    m_loss->clearGraphs();
    m_metric->clearGraphs();
    styleAxes(m_loss, tr("loss"));
    styleAxes(m_metric, task == TaskKind::Classification ? tr("accuracy (%)") : tr("validation MAE"));
    // Accuracy rises to the top right: its legend goes where the curves are not.
    m_metric->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    // Okabe-Ito colours: distinguishable with colour-blindness and on a projector.
    const QColor blue = trainingColor(), orange = validationColor(), grey(120, 120, 120);
    QColor faint = grey;
    faint.setAlpha(70);
    m_batchRaw = addGraph(m_loss, tr("batch loss"), faint, 1, false);
    m_batchRaw->setAntialiased(false);
    m_batchSmooth = addGraph(m_loss, tr("batch loss (moving average)"), grey, 2, false);
    m_trainLoss = addGraph(m_loss, tr("training loss"), blue, 3, true);
    m_valLoss = addGraph(m_loss, tr("validation loss"), orange, 3, true);
    if (task == TaskKind::Classification) {
        m_trainMetric = addGraph(m_metric, tr("training accuracy"), blue, 3, true);
        m_valMetric = addGraph(m_metric, tr("validation accuracy"), orange, 3, true);
    } else {
        m_trainMetric = nullptr;
        m_valMetric = addGraph(m_metric, tr("validation MAE"), orange, 3, true);
    }
    m_comparedGraphs.clear(); // cleared with the others
    drawComparison();
    setLogScale(m_logScale->isChecked());
    restyle(this);
    refresh();
}

void CurvesView::setComparison(const std::vector<ComparedRun>& runs)
{
    m_compared = runs;
    for (QCPGraph* g : m_comparedGraphs)
        g->parentPlot()->removeGraph(g);
    m_comparedGraphs.clear();
    drawComparison();
    restyle(this);
    m_autoRange = true;
    refresh();
}

void CurvesView::drawComparison()
{
    const bool classes = m_task == TaskKind::Classification;
    for (size_t i = 0; i < m_compared.size(); ++i) {
        const ComparedRun& run = m_compared[i];
        const QColor color = runColor(static_cast<int>(i));
        // One legend entry per run (its validation curve); its training curve is the dashed one.
        const QString name = run.name.size() > 40 ? run.name.left(39) + QChar(0x2026) : run.name;
        QCPGraph* val = addGraph(m_loss, name, color, 2.5, true);
        QCPGraph* train = addGraph(m_loss, tr("%1: training loss").arg(name), color, 2, false);
        QPen dashed = train->pen();
        dashed.setStyle(Qt::DashLine);
        train->setPen(dashed);
        train->setProperty("nbNoLegend", true);
        QCPGraph* metric = addGraph(m_metric, name, color, 2.5, true);
        for (const auto& m : run.history) {
            val->addData(m.epoch, m.valLoss);
            train->addData(m.epoch, m.trainLoss);
            metric->addData(m.epoch, classes ? 100.0 * m.valAccuracy : m.valMae);
        }
        m_comparedGraphs.insert(m_comparedGraphs.end(), {val, train, metric});
    }
    if (!m_compared.empty()) {
        // A key for the line styles: solid validation, dashed training.
        QCPGraph* key = addGraph(m_loss, tr("solid: validation · dashed: training"), QColor(110, 110, 110), 2, false);
        QPen pen = key->pen();
        pen.setStyle(Qt::DashLine);
        key->setPen(pen);
        key->setProperty("nbLegendOnly", true);
        m_comparedGraphs.push_back(key);
    }
}

void CurvesView::addBatches(const std::vector<BatchSnapshot>& batches)
{
    QVector<double> xs, raw, smooth;
    for (const auto& b : batches) {
        const auto n = static_cast<int64_t>(b.losses.size());
        for (int64_t i = 0; i < n; ++i) {
            const double done = static_cast<double>(b.batch - (n - 1 - i));
            const double x = (b.epoch - 1) + done / static_cast<double>(std::max<int64_t>(1, b.batchesPerEpoch));
            const double v = b.losses[static_cast<size_t>(i)];
            m_smoothed = m_hasSmoothed ? (1 - kSmoothing) * m_smoothed + kSmoothing * v : v;
            m_hasSmoothed = true;
            xs.push_back(x);
            raw.push_back(v);
            smooth.push_back(m_smoothed);
        }
    }
    m_batchRaw->addData(xs, raw, true);
    m_batchSmooth->addData(xs, smooth, true);
    refresh(false);
}

void CurvesView::addEpoch(const EpochSnapshot& e)
{
    const auto& m = e.metrics;
    const double x = m.epoch;
    m_trainLoss->addData(x, m.trainLoss);
    m_valLoss->addData(x, m.valLoss);
    if (m_task == TaskKind::Classification) {
        m_trainMetric->addData(x, 100.0 * m.trainAccuracy);
        m_valMetric->addData(x, 100.0 * m.valAccuracy);
    } else {
        m_valMetric->addData(x, m.valMae);
    }
    refresh();
}

void CurvesView::setLogScale(bool on)
{
    if (m_logScale->isChecked() != on)
        m_logScale->setChecked(on);
    m_loss->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    refresh();
}

void CurvesView::resetView()
{
    m_autoRange = true;
    refresh();
}

void CurvesView::refresh(bool metricToo)
{
    m_lossDirty = true;
    m_metricDirty = m_metricDirty || metricToo;
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void CurvesView::replotNow()
{
    if (m_autoRange) {
        for (QCustomPlot* plot : {m_loss, m_metric}) {
            bool any = false;
            for (int i = 0; i < plot->graphCount(); ++i)
                any = any || plot->graph(i)->dataCount() > 0;
            if (!any) {
                // Before the first batch: an empty chart with sensible axes.
                plot->xAxis->setRange(0, 1);
                plot->yAxis->setRange(plot == m_metric && m_task == TaskKind::Classification ? QCPRange(0, 100) : QCPRange(0, 1));
                continue;
            }
            plot->rescaleAxes();
            const QCPRange x = plot->xAxis->range();
            plot->xAxis->setRange(std::min(0.0, x.lower), std::max(1.0, x.upper) * 1.02);
            // A little air above and below, so the end points are not cut by the frame.
            const QCPRange y = plot->yAxis->range();
            if (plot->yAxis->scaleType() == QCPAxis::stLinear) {
                const double pad = std::max(1e-9, y.size() * 0.05);
                plot->yAxis->setRange(y.lower - pad, y.upper + pad);
            } else {
                plot->yAxis->setRange(y.lower / 1.15, y.upper * 1.15);
            }
        }
    }
    for (QCustomPlot* plot : {m_loss, m_metric})
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph* g = plot->graph(i);
            const bool listed = !g->property("nbNoLegend").toBool() && (g->dataCount() > 0 || g->property("nbLegendOnly").toBool());
            if (listed)
                g->addToLegend();
            else
                g->removeFromLegend();
        }
    if (m_lossDirty)
        m_loss->replot(QCustomPlot::rpQueuedReplot);
    if (m_metricDirty)
        m_metric->replot(QCustomPlot::rpQueuedReplot);
    m_lossDirty = m_metricDirty = false;
}

void CurvesView::showValuesAt(QCustomPlot* plot, QMouseEvent* event)
{
    const double x = plot->xAxis->pixelToCoord(event->pos().x());
    QStringList lines;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        if (g->dataCount() == 0 || g == m_batchRaw)
            continue;
        auto it = g->data()->findBegin(x, true);
        auto best = it;
        if (it != g->data()->constEnd() && std::next(it) != g->data()->constEnd()
            && std::fabs(std::next(it)->key - x) < std::fabs(it->key - x))
            best = std::next(it);
        if (best == g->data()->constEnd())
            continue;
        lines << tr("%1 at epoch %2: %3").arg(g->name(), num(best->key, g == m_batchSmooth ? 2 : 0), numG(best->value, 4));
    }
    if (!lines.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), plot);
}

int CurvesView::epochCount() const { return m_trainLoss->dataCount(); }

int CurvesView::batchPointCount() const { return m_batchRaw->dataCount(); }

std::vector<double> CurvesView::epochValues(const QString& curve) const
{
    QCPGraph* g = nullptr;
    for (QCustomPlot* plot : {m_loss, m_metric})
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->name() == curve)
                g = plot->graph(i);
    std::vector<double> out;
    if (g)
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            out.push_back(it->value);
    return out;
}

} // namespace nb::ui
