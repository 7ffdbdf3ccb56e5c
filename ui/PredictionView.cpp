#include "PredictionView.h"

#include "QCustomPlotShim.h"
#include "QtText.h"
#include "Theme.h"
#include "TrainerMessages.h"
#include "metrics/Insights.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <random>

namespace nb::ui {

PredictionView::PredictionView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setPixelSize(px(16));
    m_title->setFont(tf);
    m_metrics = new QLabel(this);
    m_metrics->setObjectName(QStringLiteral("regressionMetrics"));
    m_metrics->setFont(tf);
    m_jitter = new QCheckBox(tr("Jitter whole-number targets"), this);
    m_jitter->setToolTip(tr("Spread points with the same integer target a little sideways, so stacked points can be seen"));
    top->addWidget(m_title, 1);
    top->addWidget(m_metrics);
    top->addWidget(m_jitter);
    layout->addLayout(top);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("predictionPlot"));
    m_plot->setAccessibleName(tr("Predictions chart"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setChartFonts(m_plot);
    auto* plots = new QHBoxLayout;
    plots->addWidget(m_plot, 3);
    m_errors = new QCustomPlot(this);
    m_errors->setObjectName(QStringLiteral("errorPlot"));
    m_errors->setToolTip(tr("The errors (predicted minus actual) for each actual value: box from quartile to quartile, "
                            "line at the median, whiskers to the extremes"));
    setChartFonts(m_errors);
    plots->addWidget(m_errors, 2);
    layout->addLayout(plots, 3);
    auto* bar = new QHBoxLayout;
    m_importanceButton = new QPushButton(tr("Which features matter?"), this);
    m_importanceButton->setToolTip(tr("Shuffle one input column at a time on the validation set and measure how much worse the model gets"));
    bar->addWidget(m_importanceButton);
    bar->addStretch();
    layout->addLayout(bar);
    m_bars = new QCustomPlot(this);
    m_bars->setObjectName(QStringLiteral("importancePlot"));
    m_bars->setAccessibleName(tr("Feature importance chart"));
    setChartFonts(m_bars);
    layout->addWidget(m_bars, 2);
    connect(m_importanceButton, &QPushButton::clicked, this, &PredictionView::importanceRequested);
    connect(m_jitter, &QCheckBox::toggled, this, [this] { m_plot->replot(); });
}

void PredictionView::reset(const Dataset& data)
{
    m_task = data.task;
    m_features = static_cast<int>(data.featureCount());
    m_featureNames = data.featureNames;
    m_train.reset(), m_val.reset(), m_valScaled.reset();
    m_importance.clear();
    m_plot->clearPlottables();
    m_regions = nullptr;
    m_bars->clearPlottables();
    m_plot->legend->setVisible(false);
    const bool table = !data.isImage();
    m_importanceButton->setVisible(table);
    m_bars->setVisible(table);
    m_jitter->setVisible(data.task == TaskKind::Regression && m_features != 1);
    m_errors->clearPlottables();
    m_errors->setVisible(data.task == TaskKind::Regression && m_features != 1);
    m_errors->replot();
    if (data.isImage()) {
        m_mode = QStringLiteral("none");
        m_title->setText(tr("For images, see the confusion matrix, the weights and the drawing canvas."));
    } else if (m_features == 2 && data.task == TaskKind::Classification) {
        m_mode = QStringLiteral("regions");
        m_title->setText(tr("Decision regions: the class the network gives every point of the plane, behind the data "
                            "(hollow: training, filled: validation)."));
    } else if (m_features == 1 && data.task == TaskKind::Regression) {
        m_mode = QStringLiteral("curve");
        m_title->setText(tr("The fitted curve over the data: too few units underfit, too many follow the noise."));
    } else if (data.task == TaskKind::Regression) {
        m_mode = QStringLiteral("scatter");
        m_title->setText(tr("Predicted against actual on the validation set; perfect predictions lie on the diagonal."));
    } else {
        m_mode = QStringLiteral("none");
        m_title->setText(tr("See the confusion matrix for this table's classes; below, which features matter."));
    }
    m_metrics->clear();
    m_plot->setVisible(m_mode != QStringLiteral("none"));
    m_plot->replot();
    m_bars->replot();
}

void PredictionView::setData(std::shared_ptr<const Dataset> trainRaw, std::shared_ptr<const Dataset> valRaw,
    std::shared_ptr<const Dataset> valScaled)
{
    m_train = std::move(trainRaw);
    m_val = std::move(valRaw);
    m_valScaled = std::move(valScaled);
}

void PredictionView::update(const TrainingSession::ModelSnapshot& snap, const EpochSnapshot* epoch)
{
    if (!m_val || m_mode == QStringLiteral("none"))
        return;
    const Model& model = snap.model;
    m_plot->clearPlottables();
    m_regions = nullptr;
    m_plot->legend->setVisible(true);
    if (m_mode == QStringLiteral("regions")) {
        const Bounds b = featureBounds(m_train ? *m_train : *m_val);
        const int res = 120;
        const DecisionGrid g = decisionGrid(model, snap.scaler, b.xMin, b.xMax, b.yMin, b.yMax, res, res);
        m_regions = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
        m_regions->setName(tr("decision regions"));
        m_regions->data()->setSize(res, res);
        m_regions->data()->setRange(QCPRange(b.xMin, b.xMax), QCPRange(b.yMin, b.yMax));
        const int k = static_cast<int>(model.spec().outputs);
        QCPColorGradient gradient;
        gradient.clearColorStops();
        for (int c = 0; c < k; ++c) {
            QColor light = okabeIto(c);
            light = QColor::fromRgbF(0.7 + 0.3 * light.redF(), 0.7 + 0.3 * light.greenF(), 0.7 + 0.3 * light.blueF());
            gradient.setColorStopAt(k == 1 ? 0 : static_cast<double>(c) / (k - 1), light);
        }
        gradient.setLevelCount(std::max(2, k));
        m_regions->setGradient(gradient);
        m_regions->setDataRange(QCPRange(0, std::max(1, k - 1)));
        m_regions->setInterpolate(false);
        for (int r = 0; r < res; ++r)
            for (int c = 0; c < res; ++c)
                m_regions->data()->setCell(c, r, g.classes[static_cast<size_t>(r * res + c)]);
        m_regions->removeFromLegend();
        auto addPoints = [&](const Dataset& d, bool filled, const QString& part) {
            for (int c = 0; c < k; ++c) {
                QCPGraph* gr = m_plot->addGraph();
                gr->setLineStyle(QCPGraph::lsNone);
                gr->setScatterStyle(QCPScatterStyle(filled ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssCircle,
                    okabeIto(c).darker(filled ? 100 : 130), filled ? okabeIto(c) : Qt::transparent, filled ? 6 : 5));
                gr->setName(QStringLiteral("%1 (%2)").arg(className(d.classNames, c), part));
                for (int64_t i = 0; i < d.size(); ++i)
                    if (static_cast<int>(d.targets[static_cast<size_t>(i)]) == c)
                        gr->addData(d.sample(i)[0], d.sample(i)[1]);
            }
        };
        if (m_train)
            addPoints(*m_train, false, tr("training"));
        addPoints(*m_val, true, tr("validation"));
        m_plot->xAxis->setLabel(qs(m_val->featureNames[0]));
        m_plot->yAxis->setLabel(qs(m_val->featureNames[1]));
        m_plot->xAxis->setRange(b.xMin, b.xMax);
        m_plot->yAxis->setRange(b.yMin, b.yMax);
        m_plot->legend->setVisible(k <= 4);
    } else if (m_mode == QStringLiteral("curve")) {
        auto points = [&](const Dataset& d, const QColor& color, const QString& name) {
            QCPGraph* gr = m_plot->addGraph();
            gr->setName(name);
            gr->setLineStyle(QCPGraph::lsNone);
            gr->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 5));
            for (int64_t i = 0; i < d.size(); ++i)
                gr->addData(d.sample(i)[0], d.targets[static_cast<size_t>(i)]);
        };
        if (m_train)
            points(*m_train, QColor(150, 150, 150), tr("training points"));
        points(*m_val, QColor(230, 159, 0), tr("validation points"));
        const Dataset& all = m_train ? *m_train : *m_val;
        float lo = 1e30f, hi = -1e30f;
        for (int64_t i = 0; i < all.size(); ++i)
            lo = std::min(lo, all.sample(i)[0]), hi = std::max(hi, all.sample(i)[0]);
        std::vector<float> xs(300);
        for (size_t i = 0; i < xs.size(); ++i)
            xs[i] = lo + (hi - lo) * static_cast<float>(i) / static_cast<float>(xs.size() - 1);
        const auto ys = curve1D(model, snap.scaler, xs);
        QCPGraph* curve = m_plot->addGraph();
        curve->setName(tr("the network's curve"));
        curve->setPen(QPen(QColor(0, 114, 178), lineWidth(3)));
        for (size_t i = 0; i < xs.size(); ++i)
            curve->addData(xs[i], ys[i]);
        m_plot->xAxis->setLabel(qs(m_val->featureNames[0]));
        m_plot->yAxis->setLabel(qs(m_val->targetName));
        m_plot->rescaleAxes();
        if (epoch)
            m_metrics->setText(tr("training loss %1 · validation MSE %2").arg(num(epoch->metrics.trainLoss, 4)).arg(num(epoch->metrics.valMse, 4)));
    } else if (m_mode == QStringLiteral("scatter") && epoch && !epoch->predictions.values.empty()) {
        const auto& p = epoch->predictions;
        QCPGraph* gr = m_plot->addGraph();
        gr->setName(tr("validation samples"));
        gr->setLineStyle(QCPGraph::lsNone);
        gr->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0, 114, 178, 140), 6));
        std::mt19937 rng(1);
        std::uniform_real_distribution<double> jitter(-0.2, 0.2);
        double lo = 1e300, hi = -1e300;
        for (size_t i = 0; i < p.values.size(); ++i) {
            const double actual = p.targets[i];
            const double x = m_jitter->isChecked() && actual == std::floor(actual) ? actual + jitter(rng) : actual;
            gr->addData(x, p.values[i]);
            lo = std::min({lo, actual, static_cast<double>(p.values[i])});
            hi = std::max({hi, actual, static_cast<double>(p.values[i])});
        }
        QCPGraph* ideal = m_plot->addGraph();
        ideal->setName(tr("perfect prediction"));
        ideal->setPen(QPen(QColor(213, 94, 0), lineWidth(2), Qt::DashLine));
        ideal->addData(lo, lo);
        ideal->addData(hi, hi);
        m_plot->xAxis->setLabel(tr("actual %1").arg(qs(m_val->targetName)));
        m_plot->yAxis->setLabel(tr("predicted %1").arg(qs(m_val->targetName)));
        m_plot->rescaleAxes();
        // Errors per actual value, as boxes (the workshop notebook's figure).
        m_errors->clearPlottables();
        const ErrorsByTarget groups = errorsByTarget(p);
        auto* boxes = new QCPStatisticalBox(m_errors->xAxis, m_errors->yAxis);
        boxes->setBrush(QColor(0, 114, 178, 90));
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (size_t g = 0; g < groups.targets.size(); ++g) {
            std::vector<float> e = groups.errors[g];
            std::sort(e.begin(), e.end());
            auto q = [&e](double f) { return static_cast<double>(e[static_cast<size_t>(f * static_cast<double>(e.size() - 1))]); };
            boxes->addData(groups.targets[g], q(0), q(0.25), q(0.5), q(0.75), q(1));
            ticker->addTick(groups.targets[g], QStringLiteral("%1\n(n=%2)").arg(groups.targets[g]).arg(e.size()));
        }
        m_errors->xAxis->setTicker(ticker);
        m_errors->xAxis->setLabel(tr("actual %1").arg(qs(m_val->targetName)));
        m_errors->yAxis->setLabel(tr("error (predicted − actual)"));
        m_errors->rescaleAxes();
        m_errors->xAxis->scaleRange(1.15);
        m_errors->replot(QCustomPlot::rpQueuedReplot);
        const auto& m = epoch->metrics;
        m_metrics->setText(tr("MAE %1 · RMSE %2 · R² %3").arg(num(m.valMae, 3)).arg(num(std::sqrt(m.valMse), 3)).arg(num(m.valR2, 3)));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::computeImportance(const TrainingSession::ModelSnapshot& snap)
{
    if (!m_valScaled || m_valScaled->featureCount() != snap.model.spec().inputSize() || m_valScaled->isImage())
        return;
    m_importance = permutationImportance(snap.model, *m_valScaled, 3, 1);
    m_gradients = snap.model.meanAbsInputGradient(m_valScaled->features.data(), m_valScaled->size());
    drawImportance();
}

void PredictionView::drawImportance()
{
    m_bars->clearPlottables();
    const int n = static_cast<int>(m_importance.size());
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<size_t>(i)] = i;
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_importance[static_cast<size_t>(a)] < m_importance[static_cast<size_t>(b)]; });
    auto* bars = new QCPBars(m_bars->yAxis, m_bars->xAxis); // horizontal bars
    bars->setName(tr("permutation importance (bottom axis)"));
    bars->setBrush(QColor(0, 114, 178));
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.4);
    // Mean |d output / d input| on the top axis: how steeply the prediction reacts to each
    // (standardized) input.
    auto* grads = new QCPBars(m_bars->yAxis, m_bars->xAxis2);
    grads->setName(tr("mean |∂output/∂input| (top axis)"));
    grads->setBrush(QColor(230, 159, 0));
    grads->setPen(Qt::NoPen);
    grads->setWidth(0.4);
    m_bars->xAxis2->setVisible(!m_gradients.empty());
    m_bars->legend->setVisible(true);
    m_bars->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        const int f = order[static_cast<size_t>(i)];
        bars->addData(i - 0.2, m_importance[static_cast<size_t>(f)]);
        if (f < static_cast<int>(m_gradients.size()))
            grads->addData(i + 0.2, m_gradients[static_cast<size_t>(f)]);
        ticker->addTick(i, f < static_cast<int>(m_featureNames.size()) ? qs(m_featureNames[static_cast<size_t>(f)]) : QString::number(f));
    }
    m_bars->yAxis->setTicker(ticker);
    m_bars->xAxis->setLabel(m_task == TaskKind::Classification ? tr("accuracy lost when the feature is shuffled")
                                                               : tr("MSE added when the feature is shuffled"));
    m_bars->rescaleAxes();
    m_bars->xAxis->setRangeLower(std::min(0.0, m_bars->xAxis->range().lower));
    m_bars->xAxis2->setRangeLower(0);
    m_bars->yAxis->setRange(-0.7, n - 0.3);
    m_bars->replot();
}

} // namespace nb::ui
