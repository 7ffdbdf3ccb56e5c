#pragma once

#include "data/Dataset.h"
#include "model/DigitReader.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QChartView;
class QBarSet;
class QBarCategoryAxis;

namespace nb::ui {

class DigitCanvas;
class TrainingSession;

// "Draw a digit": the canvas, the 28 x 28 image the network actually receives, a probability
// bar for every class, the top class in large type, and the time it took. Reads with the model
// being trained right now, or the last trained or opened one.
class DrawPanel : public QWidget {
    Q_OBJECT
public:
    explicit DrawPanel(TrainingSession* session, QWidget* parent = nullptr);

    // Opens a sample (ink in [0, 1]) in the canvas, to see and edit what the network sees.
    void openSample(const GrayImage& image);
    void predict(); // reads the canvas now
    void refreshReader(); // the model changed (reset, new data, opened): take it again
    void setDataset(const Dataset& data); // to explain why a table cannot be drawn

    DigitCanvas* canvas() const { return m_canvas; }
    const std::optional<DigitReading>& lastReading() const { return m_last; }
    QString topClassText() const;
    QString unavailableReason() const; // empty when drawing works

private:
    void showReading(const DigitReading& r);
    void setClasses(const std::vector<std::string>& names);

    TrainingSession* m_session;
    DigitCanvas* m_canvas;
    QLabel* m_input;
    QLabel* m_top;
    QLabel* m_latency;
    QLabel* m_reason;
    QStackedWidget* m_stack;
    QChartView* m_chart;
    QBarSet* m_bars;
    QBarCategoryAxis* m_axis;
    QTimer* m_throttle;
    std::optional<DigitReader> m_reader;
    quint64 m_readerVersion = ~quint64{0};
    qint64 m_readerTime = 0;
    std::vector<std::string> m_classNames;
    std::string m_dataName;
    std::vector<int64_t> m_dataShape;
    std::optional<DigitReading> m_last;
};

} // namespace nb::ui
