#include "ChartExport.h"
#include "QCustomPlotShim.h"
#include "CurvesView.h"
#include "DrawPanel.h"
#include "UiTestUtil.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::ui;

TEST_CASE("charts export as PNG at twice the resolution, as SVG vectors and PDF; metrics as CSV; the model as ONNX", "[ui][export]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 3);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    w->views()->setCurrentWidget(w->curves());
    QTest::qWait(50);
    QTemporaryDir dir;
    QCustomPlot* loss = w->curves()->lossPlot();

    const QString png = dir.filePath(QStringLiteral("loss.png"));
    REQUIRE(exportChart(loss, png));
    const QImage image(png);
    CHECK(image.width() == 2 * loss->width());
    CHECK(image.height() == 2 * loss->height());

    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    REQUIRE(exportChart(loss, svg));
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray vectors = svgFile.readAll();
    CHECK(vectors.contains("<svg"));
    CHECK(vectors.count("<path") + vectors.count("<polyline") > 5); // curves as vectors, not one bitmap
    CHECK_FALSE(vectors.contains("<image"));

    REQUIRE(exportChart(loss, dir.filePath(QStringLiteral("loss.pdf"))));
    CHECK(QFile(dir.filePath(QStringLiteral("loss.pdf"))).size() > 1000);
    // A whole view (not a chart) renders as it looks.
    REQUIRE(exportChart(w->views()->currentWidget(), dir.filePath(QStringLiteral("view.png"))));
    QString error;
    CHECK_FALSE(exportChart(loss, dir.filePath(QStringLiteral("loss.bmp")), &error));
    CHECK(error.contains(QStringLiteral(".svg")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("loss.bmp"))));

    const QString csv = dir.filePath(QStringLiteral("metrics.csv"));
    REQUIRE(w->exportMetrics(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 4); // header + 3 epochs
    CHECK(lines[0].startsWith("epoch,seconds,train_loss,val_loss,train_accuracy,val_accuracy"));
    CHECK(lines[3].startsWith("3,"));

    const QString onnx = dir.filePath(QStringLiteral("model.onnx"));
    REQUIRE(w->exportOnnxTo(onnx));
    CHECK(QFile(onnx).size() > 1000);
}
