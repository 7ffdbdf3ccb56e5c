#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace nb::ui {

QImage renderAppIcon(int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    QPainterPath back;
    back.addRoundedRect(QRectF(16, 16, 224, 224), 48, 48);
    p.fillPath(back, QColor(0x0b, 0x3d, 0x66));
    const QPointF in[] = {{64, 96}, {64, 160}};
    const QPointF hidden[] = {{128, 72}, {128, 128}, {128, 184}};
    const QPointF out[] = {{192, 104}, {192, 152}};
    QColor edge(0x56, 0xb4, 0xe9);
    edge.setAlphaF(0.85);
    p.setPen(QPen(edge, 6, Qt::SolidLine, Qt::RoundCap));
    for (const auto& a : in)
        for (const auto& b : hidden)
            p.drawLine(a, b);
    for (const auto& a : hidden)
        for (const auto& b : out)
            p.drawLine(a, b);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    for (const auto& c : in)
        p.drawEllipse(c, 16, 16);
    for (const auto& c : hidden)
        p.drawEllipse(c, 16, 16);
    p.drawEllipse(out[1], 16, 16);
    p.setBrush(QColor(0xe6, 0x9f, 0x00));
    p.drawEllipse(out[0], 16, 16);
    return img;
}

QIcon appIcon()
{
    QIcon icon;
    for (int s : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(renderAppIcon(s)));
    return icon;
}

} // namespace nb::ui
