#include "DigitCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>

namespace nb::ui {

namespace {
// Pen width as a share of the canvas side: MNIST strokes are 2-3 px of a 20 px digit.
constexpr qreal kPenShare = 1.0 / 13.0;
}

DigitCanvas::DigitCanvas(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Drawing canvas"));
    setAccessibleDescription(tr("Draw a digit with the mouse, a pen or a finger. C or right-click clears; Ctrl+Z undoes the last stroke."));
    setToolTip(tr("Draw here. Right-click or C clears, Ctrl+Z undoes the last stroke."));
}

QRectF DigitCanvas::area() const
{
    const qreal side = std::min(width(), height());
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

void DigitCanvas::drawStroke(QPainter& p, const Stroke& s, qreal side) const
{
    const qreal base = side * kPenShare;
    if (s.points.size() == 1) {
        const qreal w = base * (0.5 + s.pressure[0]);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawEllipse(s.points[0] * side, w / 2, w / 2);
        return;
    }
    for (int i = 1; i < s.points.size(); ++i) {
        QPen pen(Qt::black, base * (0.5 + (s.pressure[i - 1] + s.pressure[i]) / 2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.drawLine(s.points[i - 1] * side, s.points[i] * side);
    }
}

void DigitCanvas::render()
{
    const int side = static_cast<int>(area().width());
    if (side <= 0)
        return;
    m_image = QImage(side, side, QImage::Format_Grayscale8);
    m_image.fill(Qt::white);
    if (!m_background.pixels.empty()) {
        const GrayImage big = resampleBilinear(m_background, side, side);
        for (int y = 0; y < side; ++y) {
            uchar* line = m_image.scanLine(y);
            for (int x = 0; x < side; ++x)
                line[x] = static_cast<uchar>(255 - std::clamp(big.at(x, y), 0.0f, 1.0f) * 255);
        }
    }
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto& s : m_strokes)
        drawStroke(p, s, side);
}

GrayImage DigitCanvas::ink() const
{
    GrayImage g(m_image.width(), m_image.height());
    for (int y = 0; y < m_image.height(); ++y) {
        const uchar* line = m_image.constScanLine(y);
        for (int x = 0; x < m_image.width(); ++x)
            g.at(x, y) = 1.0f - line[x] / 255.0f;
    }
    return g;
}

GrayImage DigitCanvas::framedInk() const
{
    if (m_background.pixels.empty())
        return ink();
    // The strokes alone, drawn at the canvas size, then averaged down to the sample's pixels.
    const int side = m_image.width();
    QImage strokes(side, side, QImage::Format_Grayscale8);
    strokes.fill(Qt::white);
    QPainter p(&strokes);
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto& s : m_strokes)
        drawStroke(p, s, side);
    p.end();
    GrayImage big(side, side);
    for (int y = 0; y < side; ++y) {
        const uchar* line = strokes.constScanLine(y);
        for (int x = 0; x < side; ++x)
            big.at(x, y) = 1.0f - line[x] / 255.0f;
    }
    GrayImage out = resampleArea(big, m_background.width, m_background.height);
    for (size_t i = 0; i < out.pixels.size(); ++i)
        out.pixels[i] = std::max(out.pixels[i], m_background.pixels[i]);
    return out;
}

void DigitCanvas::clear()
{
    m_strokes.clear();
    m_background = GrayImage();
    m_drawing = false;
    render();
    update();
    Q_EMIT changed(true);
}

void DigitCanvas::undoStroke()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    m_drawing = false;
    render();
    update();
    Q_EMIT changed(true);
}

void DigitCanvas::setBackground(const GrayImage& image)
{
    m_strokes.clear();
    m_background = image;
    render();
    update();
    Q_EMIT changed(true);
}

void DigitCanvas::begin(const QPointF& pos, qreal pressure)
{
    const QRectF a = area();
    Stroke s;
    s.points.push_back((pos - a.topLeft()) / a.width());
    s.pressure.push_back(pressure);
    m_strokes.push_back(s);
    m_drawing = true;
    render();
    update();
    Q_EMIT changed(false);
}

void DigitCanvas::extend(const QPointF& pos, qreal pressure)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    const QRectF a = area();
    Stroke& s = m_strokes.last();
    s.points.push_back((pos - a.topLeft()) / a.width());
    s.pressure.push_back(pressure);
    // Draw only the new segment; a full render is not needed while the pen moves.
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    Stroke tail;
    tail.points = {s.points[s.points.size() - 2], s.points.last()};
    tail.pressure = {s.pressure[s.pressure.size() - 2], s.pressure.last()};
    drawStroke(p, tail, a.width());
    update();
    Q_EMIT changed(false);
}

void DigitCanvas::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed(true);
}

void DigitCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF a = area();
    p.drawImage(a.topLeft(), m_image);
    p.setPen(QPen(palette().mid().color(), 2));
    p.drawRect(a.adjusted(1, 1, -1, -1));
}

void DigitCanvas::resizeEvent(QResizeEvent*) { render(); }

void DigitCanvas::mousePressEvent(QMouseEvent* e)
{
    if (e->button() == Qt::RightButton) {
        clear();
        return;
    }
    if (e->button() == Qt::LeftButton)
        begin(e->position(), 0.5);
}

void DigitCanvas::mouseMoveEvent(QMouseEvent* e)
{
    if (e->buttons() & Qt::LeftButton)
        extend(e->position(), 0.5);
}

void DigitCanvas::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton)
        end();
}

void DigitCanvas::tabletEvent(QTabletEvent* e)
{
    switch (e->type()) {
    case QEvent::TabletPress:
        begin(e->position(), e->pressure());
        break;
    case QEvent::TabletMove:
        extend(e->position(), e->pressure());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    e->accept();
}

bool DigitCanvas::event(QEvent* e)
{
    if (e->type() == QEvent::TouchBegin || e->type() == QEvent::TouchUpdate || e->type() == QEvent::TouchEnd) {
        auto* t = static_cast<QTouchEvent*>(e);
        if (!t->points().isEmpty()) {
            const QPointF pos = t->points().first().position();
            if (e->type() == QEvent::TouchBegin)
                begin(pos, 0.5);
            else if (e->type() == QEvent::TouchUpdate)
                extend(pos, 0.5);
            else
                end();
        }
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

void DigitCanvas::keyPressEvent(QKeyEvent* e)
{
    if (e->matches(QKeySequence::Undo))
        undoStroke();
    else if (e->key() == Qt::Key_C && e->modifiers() == Qt::NoModifier)
        clear();
    else
        QWidget::keyPressEvent(e);
}

} // namespace nb::ui
