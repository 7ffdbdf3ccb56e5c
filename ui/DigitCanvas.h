#pragma once

#include "data/DigitImage.h"

#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>

namespace nb::ui {

// A square drawing area: thick anti-aliased strokes from the mouse, a tablet pen (pressure
// varies the width) or a finger. Clear: C or right-click; undo the last stroke: Ctrl+Z.
// Strokes are kept in relative coordinates, so the drawing survives resizing.
class DigitCanvas : public QWidget {
    Q_OBJECT
public:
    explicit DigitCanvas(QWidget* parent = nullptr);

    GrayImage ink() const; // ink in [0, 1] at the canvas's resolution
    // With a sample under the strokes: the sample with the strokes added, in the sample's own
    // frame and size (no cropping or centring: it is already framed like the dataset).
    bool hasBackground() const { return !m_background.pixels.empty(); }
    GrayImage framedInk() const;
    bool isEmpty() const { return m_strokes.isEmpty() && m_background.pixels.empty(); }
    void clear();
    void undoStroke();
    // Puts an image (e.g. a dataset sample, ink in [0, 1]) under the strokes, to edit it.
    void setBackground(const GrayImage& image);

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {360, 360}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

Q_SIGNALS:
    void changed(bool strokeEnded);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void tabletEvent(QTabletEvent*) override;
    bool event(QEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

private:
    struct Stroke {
        QVector<QPointF> points; // relative to the canvas side
        QVector<qreal> pressure;
    };
    QRectF area() const; // the square drawing area inside the widget
    void begin(const QPointF& pos, qreal pressure);
    void extend(const QPointF& pos, qreal pressure);
    void end();
    void render();
    void drawStroke(QPainter& p, const Stroke& s, qreal side) const;

    QVector<Stroke> m_strokes;
    bool m_drawing = false;
    GrayImage m_background;
    QImage m_image; // white paper, black ink, at the drawing area's size
};

} // namespace nb::ui
