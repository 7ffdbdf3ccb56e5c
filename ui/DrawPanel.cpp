#include "DrawPanel.h"

#include "DigitCanvas.h"
#include "QtText.h"
#include "Theme.h"
#include "TrainerMessages.h"
#include "TrainingSession.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
constexpr int kThrottleMs = 60;      // predictions while the pen moves, at most this often
constexpr qint64 kLiveModelMs = 1000; // a model being trained is copied at most once a second
}

DrawPanel::DrawPanel(TrainingSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("drawUnavailable"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    QFont rf = m_reason->font();
    rf.setPixelSize(px(20));
    m_reason->setFont(rf);

    auto* content = new QWidget(this);
    auto* grid = new QHBoxLayout(content);
    m_canvas = new DigitCanvas(content);
    auto* left = new QVBoxLayout;
    left->addWidget(m_canvas, 1);
    auto* buttons = new QHBoxLayout;
    auto* clear = new QPushButton(tr("Clear (C)"), content);
    auto* undo = new QPushButton(tr("Undo stroke (Ctrl+Z)"), content);
    buttons->addWidget(clear);
    buttons->addWidget(undo);
    left->addLayout(buttons);
    grid->addLayout(left, 5);

    auto* side = new QVBoxLayout;
    m_top = new QLabel(content);
    m_top->setObjectName(QStringLiteral("topClass"));
    QFont big = m_top->font();
    big.setPixelSize(px(64));
    big.setBold(true);
    m_top->setFont(big);
    m_top->setAlignment(Qt::AlignCenter);
    m_top->setMinimumHeight(90);
    side->addWidget(m_top);
    auto* inputTitle = new QLabel(tr("What the network sees (28×28):"), content);
    inputTitle->setWordWrap(true);
    side->addWidget(inputTitle);
    m_input = new QLabel(content);
    m_input->setFixedSize(140, 140);
    m_input->setFrameShape(QFrame::Box);
    m_input->setToolTip(tr("The drawing cropped, scaled to fit 20×20 and centred by its centre of mass in 28×28, as MNIST's digits were"));
    side->addWidget(m_input, 0, Qt::AlignHCenter);
    m_latency = new QLabel(content);
    m_latency->setObjectName(QStringLiteral("latency"));
    m_latency->setWordWrap(true);
    side->addWidget(m_latency);

    m_bars = new QBarSet(tr("probability"));
    m_bars->setColor(QColor(0, 114, 178));
    // Bars across, names down the side: ten clothing names fit there, not under narrow bars.
    auto* series = new QHorizontalBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(false);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setTitle(tr("Class probabilities"));
    QFont title = chart->titleFont();
    title.setPixelSize(px(16));
    chart->setTitleFont(title);
    m_axis = new QBarCategoryAxis;
    QFont labels = m_axis->labelsFont();
    labels.setPixelSize(px(14));
    m_axis->setLabelsFont(labels);
    chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_axis);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setLabelsFont(labels);
    y->setTickCount(3); // 0, 50, 100 %: room for the labels across a narrow column
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(y);
    m_chart = new QChartView(chart, content);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->setMinimumWidth(200);
    side->addWidget(m_chart, 1);
    grid->addLayout(side, 4); // room for class names beside the bars

    m_stack->addWidget(content);
    m_stack->addWidget(m_reason);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &DrawPanel::predict);
    connect(m_canvas, &DigitCanvas::changed, this, [this](bool ended) {
        if (ended)
            predict();
        else if (!m_throttle->isActive())
            m_throttle->start();
    });
    connect(clear, &QPushButton::clicked, m_canvas, &DigitCanvas::clear);
    connect(undo, &QPushButton::clicked, m_canvas, &DigitCanvas::undoStroke);
    connect(m_session, &TrainingSession::ended, this, [this] { refreshReader(); });
    connect(m_session, &TrainingSession::epochArrived, this, [this] { refreshReader(); });
    refreshReader();
}

void DrawPanel::setClasses(const std::vector<std::string>& names)
{
    if (names == m_classNames)
        return;
    m_classNames = names;
    // A horizontal bar chart draws its first category at the bottom: the classes go in last
    // first, so that the first class is on top (bar k - 1 - c is class c).
    QStringList cats;
    for (int c = static_cast<int>(names.size()) - 1; c >= 0; --c)
        cats << className(names, c);
    m_axis->clear();
    m_axis->append(cats);
    m_bars->remove(0, m_bars->count());
    for (size_t i = 0; i < names.size(); ++i)
        m_bars->append(0.0);
}

void DrawPanel::refreshReader()
{
    QString why;
    m_reader = m_session->digitReader(&why);
    m_readerVersion = m_session->modelVersion();
    m_readerTime = QDateTime::currentMSecsSinceEpoch();
    if (!m_reader) {
        const bool tableData = !m_dataShape.empty() && m_dataShape.size() != 3;
        if (tableData)
            why = tr("The drawing canvas needs an image dataset: %1 is a table of %2 columns, not pictures. "
                     "Load MNIST or Fashion-MNIST (or open a model trained on them) to draw.")
                      .arg(qs(m_dataName))
                      .arg(m_dataShape.front());
        m_reason->setText(why);
        // Without any model yet the canvas still works for images, to show the preprocessing.
        const bool noModelYet = !tableData && why.startsWith(tr("There is no trained model yet"));
        m_stack->setCurrentIndex(noModelYet ? 0 : 1);
        m_top->setText(noModelYet ? QStringLiteral("–") : QString());
        m_latency->setText(noModelYet ? why : QString());
        return;
    }
    m_stack->setCurrentIndex(0);
    setClasses(m_reader->classNames());
    if (!m_canvas->isEmpty()) {
        predict();
    } else if (m_latency->text().startsWith(tr("There is no trained model yet"))) {
        m_top->clear(); // a model arrived: the canvas is ready
        m_latency->setText(tr("Draw a digit in the box."));
    }
}

void DrawPanel::setDataset(const Dataset& data)
{
    m_dataName = data.name;
    m_dataShape = data.sampleShape;
    refreshReader();
}

QString DrawPanel::unavailableReason() const { return m_stack->currentIndex() == 1 ? m_reason->text() : QString(); }

QString DrawPanel::topClassText() const { return m_top->text(); }

void DrawPanel::openSample(const GrayImage& image) { m_canvas->setBackground(image); }

void DrawPanel::predict()
{
    // While a model trains, take a fresh copy now and then, so drawings follow its progress.
    if (m_session->isActive() && m_session->modelVersion() != m_readerVersion
        && QDateTime::currentMSecsSinceEpoch() - m_readerTime > kLiveModelMs)
        refreshReader();
    if (m_canvas->hasBackground() && m_reader) {
        m_last = m_reader->readFramed(m_canvas->framedInk());
        showReading(*m_last);
        return;
    }
    const GrayImage ink = m_canvas->ink();
    if (!m_reader) {
        // No model: still show what preprocessing makes of the drawing.
        DigitReading r;
        r.input = mnistStyle(ink);
        m_last = r;
        showReading(r);
        return;
    }
    m_last = m_reader->read(ink);
    showReading(*m_last);
}

void DrawPanel::showReading(const DigitReading& r)
{
    QImage img(r.input.width, r.input.height, QImage::Format_Grayscale8);
    for (int y = 0; y < r.input.height; ++y)
        for (int x = 0; x < r.input.width; ++x)
            img.scanLine(y)[x] = static_cast<uchar>(255 - std::clamp(r.input.at(x, y), 0.0f, 1.0f) * 255);
    m_input->setPixmap(QPixmap::fromImage(img.scaled(m_input->size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    if (r.best < 0) {
        m_top->setText(m_reader ? QStringLiteral("?") : QStringLiteral("–"));
        for (int i = 0; i < m_bars->count(); ++i)
            m_bars->replace(i, 0.0);
        if (m_reader)
            m_latency->setText(tr("Draw a digit in the box."));
        return;
    }
    const int k = m_bars->count();
    for (int c = 0; c < k && c < static_cast<int>(r.probabilities.size()); ++c)
        m_bars->replace(k - 1 - c, 100.0 * r.probabilities[static_cast<size_t>(c)]);
    const QString name = className(m_classNames, r.best);
    m_top->setText(name);
    m_latency->setText(tr("%1 % sure · read in %2 ms")
                           .arg(num(100.0 * r.probabilities[static_cast<size_t>(r.best)], 1))
                           .arg(num(r.milliseconds, 2)));
}

} // namespace nb::ui
