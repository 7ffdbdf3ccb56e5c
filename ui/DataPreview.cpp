#include "DataPreview.h"

#include "QCustomPlotShim.h"
#include "QtText.h"
#include "Theme.h"
#include "TrainerMessages.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nb::ui {

DataPreview::DataPreview(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_scatter(new QCustomPlot(this)), m_images(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    m_scatter->setAccessibleName(tr("Data preview: the first two features, coloured by class"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_scatter);
    m_stack->addWidget(m_images);
    m_stack->addWidget(m_table);
    m_images->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scatter->setMinimumHeight(180);
    m_scatter->legend->setVisible(true);
    setMinimumHeight(200);
}

QString DataPreview::kind() const
{
    if (m_stack->currentWidget() == m_scatter)
        return QStringLiteral("scatter");
    if (m_stack->currentWidget() == m_images)
        return QStringLiteral("images");
    return QStringLiteral("table");
}

void DataPreview::show(const LoadedData& loaded)
{
    const Dataset& d = loaded.data;
    if (d.isImage()) {
        // A 6 x 6 grid of the first images, each with its class name.
        const int cols = 6, rows = 6, cell = 64;
        const auto h = static_cast<int>(d.sampleShape[1]), w = static_cast<int>(d.sampleShape[2]);
        QImage grid(cols * cell, rows * (cell + 16), QImage::Format_RGB32);
        grid.fill(Qt::white);
        QPainter p(&grid);
        QFont f = font();
        f.setPixelSize(px(12));
        p.setFont(f);
        for (int i = 0; i < std::min<int64_t>(cols * rows, d.size()); ++i) {
            QImage img(w, h, QImage::Format_Grayscale8);
            const float* px = d.sample(i);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    img.scanLine(y)[x] = static_cast<uchar>(255 - std::clamp(px[y * w + x], 0.0f, 1.0f) * 255);
            const int cx = (i % cols) * cell, cy = (i / cols) * (cell + 16);
            p.drawImage(QRect(cx + 4, cy + 2, cell - 8, cell - 8), img);
            const auto label = static_cast<size_t>(d.targets[static_cast<size_t>(i)]);
            const QString name = label < d.classNames.size() ? className(d.classNames, static_cast<int>(label)) : QString();
            p.drawText(QRect(cx, cy + cell - 6, cell, 18), Qt::AlignCenter, p.fontMetrics().elidedText(name, Qt::ElideRight, cell - 2));
        }
        p.end();
        m_images->setPixmap(QPixmap::fromImage(grid));
        m_stack->setCurrentWidget(m_images);
        return;
    }
    if (d.featureCount() <= 2) {
        m_scatter->clearGraphs();
        const bool twoD = d.featureCount() == 2;
        const bool classes = d.task == TaskKind::Classification;
        const int groups = classes ? static_cast<int>(d.classCount()) : 1;
        for (int k = 0; k < groups; ++k) {
            QCPGraph* g = m_scatter->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto(k), 5));
            g->setName(classes ? className(d.classNames, static_cast<int>(k)) : qs(d.targetName));
        }
        for (int64_t i = 0; i < d.size(); ++i) {
            const float* x = d.sample(i);
            const float t = d.targets[static_cast<size_t>(i)];
            const int k = classes ? static_cast<int>(t) : 0;
            m_scatter->graph(k)->addData(x[0], twoD ? x[1] : t);
        }
        m_scatter->xAxis->setLabel(qs(d.featureNames.empty() ? std::string("x") : d.featureNames[0]));
        m_scatter->yAxis->setLabel(twoD ? qs(d.featureNames[1]) : qs(d.targetName));
        m_scatter->rescaleAxes();
        m_scatter->replot();
        m_stack->setCurrentWidget(m_scatter);
        return;
    }
    const int rows = static_cast<int>(std::min<int64_t>(100, d.size()));
    const auto f = static_cast<int>(d.featureCount());
    m_table->clear();
    m_table->setRowCount(rows);
    m_table->setColumnCount(f + 1);
    QStringList headers;
    for (const auto& n : d.featureNames)
        headers << qs(n);
    headers << qs(d.targetName) + tr(" (target)");
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        const float* x = d.sample(r);
        for (int c = 0; c < f; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(numG(x[c], 5)));
        const float t = d.targets[static_cast<size_t>(r)];
        m_table->setItem(r, f,
            new QTableWidgetItem(d.task == TaskKind::Classification ? className(d.classNames, static_cast<int>(t)) : numG(t, 5)));
    }
    m_table->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_table);
}

} // namespace nb::ui
