#include "ChartExport.h"

#include "QCustomPlotShim.h"
#include "Theme.h"
#include "common/Error.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>


namespace nb::ui {
namespace {

constexpr double kPngScale = 2.0;

// The chart as the bytes of a PNG (2x), SVG or PDF file; empty when drawing failed.
QByteArray render(QWidget* chart, const QString& format)
{
    auto* plot = qobject_cast<QCustomPlot*>(chart);
    const QSize size = chart->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == QStringLiteral("png")) {
        QImage image;
        if (plot) {
            image = plot->toPixmap(size.width(), size.height(), kPngScale).toImage();
        } else {
            // A whole view, at 2x. Its charts draw what is pending first, so their buffers are current.
            for (QCustomPlot* p : chart->findChildren<QCustomPlot*>())
                if (p->isVisible())
                    p->replot(QCustomPlot::rpImmediateRefresh);
            image = QImage(size * kPngScale, QImage::Format_ARGB32);
            image.fill(chartBackground());
            QPainter painter(&image);
            painter.scale(kPngScale, kPngScale);
            chart->render(&painter);
        }
        return image.save(&buffer, "PNG") ? bytes : QByteArray();
    }
    std::unique_ptr<QPaintDevice> device;
    if (format == QStringLiteral("svg")) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setOutputDevice(&buffer);
        svg->setSize(size);
        svg->setViewBox(QRect(QPoint(0, 0), size));
        svg->setTitle(chart->accessibleName().isEmpty() ? chart->objectName() : chart->accessibleName());
        svg->setDescription(QStringLiteral("NeuralBoard"));
        device = std::move(svg);
    } else {
        auto pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf->setPageMargins(QMarginsF());
        pdf->setResolution(72);
        device = std::move(pdf);
    }
    bool ok = false;
    if (plot) {
        QCPPainter painter;
        if (painter.begin(device.get())) {
            plot->toPainter(&painter, size.width(), size.height()); // vectors
            ok = painter.end();
        }
    } else {
        QPainter painter;
        if (painter.begin(device.get())) {
            if (auto* view = qobject_cast<QGraphicsView*>(chart))
                view->render(&painter); // the scene, as vectors
            else
                chart->render(&painter);
            ok = painter.end();
        }
    }
    device.reset(); // the PDF is finished when its writer goes
    return ok ? bytes : QByteArray();
}

} // namespace

bool exportChart(QWidget* chart, const QString& path, QString* error)
{
    const QString format = QFileInfo(path).suffix().toLower();
    if (format != QStringLiteral("png") && format != QStringLiteral("svg") && format != QStringLiteral("pdf")) {
        if (error)
            *error = QObject::tr("%1: choose a .png, .svg or .pdf file").arg(path);
        return false;
    }
    const QByteArray bytes = render(chart, format);
    try {
        if (bytes.isEmpty())
            throw Error(path.toStdString());
        writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
        return true;
    } catch (const std::exception&) {
        if (error)
            *error = QObject::tr("Could not write %1").arg(path);
        return false;
    }
}

void enableChartExport(QWidget* chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint& at) {
        QMenu menu(chart);
        menu.addAction(QObject::tr("Save chart as…"), chart, [chart] {
            const QString path = QFileDialog::getSaveFileName(chart, QObject::tr("Save chart"), chart->objectName() + QStringLiteral(".png"),
                QObject::tr("PNG image, 2× resolution (*.png);;SVG vector image (*.svg);;PDF (*.pdf)"));
            QString error;
            if (!path.isEmpty() && !exportChart(chart, path, &error))
                QMessageBox::warning(chart, QObject::tr("Save chart"), error);
        });
        menu.exec(chart->mapToGlobal(at));
    });
}

} // namespace nb::ui
