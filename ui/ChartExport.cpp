#include "ChartExport.h"

#include "QCustomPlotShim.h"
#include "Theme.h"

#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryFile>

#include <cstdio>

namespace nb::ui {
namespace {

constexpr double kPngScale = 2.0;

bool render(QWidget* chart, const QString& path, const QString& format)
{
    auto* plot = qobject_cast<QCustomPlot*>(chart);
    const QSize size = chart->size();
    if (format == QStringLiteral("png")) {
        if (plot)
            return plot->savePng(path, size.width(), size.height(), kPngScale);
        // A whole view, at 2x. Its charts draw what is pending first, so their buffers are current.
        for (QCustomPlot* p : chart->findChildren<QCustomPlot*>())
            if (p->isVisible())
                p->replot(QCustomPlot::rpImmediateRefresh);
        QImage image(size * kPngScale, QImage::Format_ARGB32);
        image.fill(chartBackground());
        QPainter painter(&image);
        painter.scale(kPngScale, kPngScale);
        chart->render(&painter);
        painter.end();
        return image.save(path, "PNG");
    }
    if (format == QStringLiteral("pdf") && plot)
        return plot->savePdf(path, size.width(), size.height());
    std::unique_ptr<QPaintDevice> device;
    if (format == QStringLiteral("svg")) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setFileName(path);
        svg->setSize(size);
        svg->setViewBox(QRect(QPoint(0, 0), size));
        svg->setTitle(chart->accessibleName().isEmpty() ? chart->objectName() : chart->accessibleName());
        svg->setDescription(QStringLiteral("NeuralBoard"));
        device = std::move(svg);
    } else {
        auto pdf = std::make_unique<QPdfWriter>(path);
        pdf->setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf->setPageMargins(QMarginsF());
        pdf->setResolution(72);
        device = std::move(pdf);
    }
    QPainter painter;
    if (plot) {
        QCPPainter p;
        if (!p.begin(device.get()))
            return false;
        plot->toPainter(&p, size.width(), size.height());
        return p.end();
    }
    if (!painter.begin(device.get()))
        return false;
    if (auto* view = qobject_cast<QGraphicsView*>(chart))
        view->render(&painter); // the scene, as vectors
    else
        chart->render(&painter);
    return painter.end();
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
    // Written beside the target, then renamed over it.
    const QString tmp = path + QStringLiteral(".part.") + format;
    const bool ok = render(chart, tmp, format) && std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0;
    if (!ok) {
        QFile::remove(tmp);
        if (error)
            *error = QObject::tr("Could not write %1").arg(path);
    }
    return ok;
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
