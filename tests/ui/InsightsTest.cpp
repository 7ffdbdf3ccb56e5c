#include "../core/TestUtil.h"
#include "UiTestUtil.h"

#include "ConfusionView.h"
#include "CurvesView.h"
#include "DataPanel.h"
#include "DrawPanel.h"
#include "DigitCanvas.h"
#include "MainWindow.h"
#include "NetworkPanel.h"
#include "PredictionView.h"
#include "QCustomPlotShim.h"
#include "TrainingSession.h"
#include "WeightsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace nb;
using namespace nb::ui;

namespace {

std::unique_ptr<MainWindow> trainedWindow(const QString& data, int epochs)
{
    auto w = openWindow(data, epochs);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    REQUIRE(w->session()->state() == TrainerState::Finished);
    return w;
}

} // namespace

TEST_CASE("Clicking a confusion cell fills the gallery with exactly that cell's samples")
{
    auto w = trainedWindow(QStringLiteral("builtin:spiral:samples=900,noise=0.5"), 5);
    w->views()->setCurrentWidget(w->confusionView());
    ConfusionView* c = w->confusionView();
    QTableWidget* m = c->matrix();
    REQUIRE(m->rowCount() == 3);
    // Find a mistake cell with samples and click it.
    int actual = -1, predicted = -1;
    for (int a = 0; a < 3 && actual < 0; ++a)
        for (int p = 0; p < 3; ++p)
            if (a != p && m->item(a, p)->data(Qt::UserRole).toInt() > 0) {
                actual = a, predicted = p;
                break;
            }
    REQUIRE(actual >= 0);
    const int count = m->item(actual, predicted)->data(Qt::UserRole).toInt(); // the cell shows its row share
    const QRect cell = m->visualItemRect(m->item(actual, predicted));
    QTest::mouseClick(m->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    CHECK(c->gallery()->count() == count);
    REQUIRE(c->galleryItems().size() == static_cast<size_t>(count));
    for (size_t i = 1; i < c->galleryItems().size(); ++i)
        CHECK(c->galleryItems()[i - 1].probability >= c->galleryItems()[i].probability);
    for (const auto& it : c->galleryItems()) {
        CHECK(it.actual == actual);
        CHECK(it.predicted == predicted);
    }
    // Per-class table: one row per class plus the macro average.
    CHECK(c->perClass()->rowCount() == 4);
    // Short class names stand upright.
    QApplication::processEvents();
    CHECK_FALSE(c->columnNamesTurned());
}

TEST_CASE("Image data: receptive fields, and a gallery sample opens in the drawing canvas")
{
    auto w = trainedWindow(QStringLiteral("fashion-mnist"), 1);
    CHECK(w->weightsView()->tileCount() == 64);
    CHECK(w->weightsView()->distributionEpochs() == 1);
    ConfusionView* c = w->confusionView();
    // Ten clothing names do not fit ten columns: every one is still whole, the header turned to
    // read bottom-up and as tall as the longest name.
    w->views()->setCurrentWidget(c);
    QHeaderView* header = c->matrix()->horizontalHeader();
    QApplication::processEvents();
    QApplication::processEvents();
    int widest = 0;
    bool overflow = false;
    for (int col = 0; col < header->count(); ++col) {
        const int text = header->fontMetrics().horizontalAdvance(c->matrix()->horizontalHeaderItem(col)->text());
        widest = std::max(widest, text);
        overflow = overflow || text > header->sectionSize(col);
    }
    REQUIRE(header->count() == 10);
    REQUIRE(overflow);
    CHECK(c->columnNamesTurned());
    CHECK(header->height() >= widest);
    c->selectCell(0, 0);
    REQUIRE(c->gallery()->count() > 0);
    c->gallery()->setCurrentRow(0);
    QPushButton* toCanvas = nullptr;
    for (auto* b : c->findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("canvas")))
            toCanvas = b;
    REQUIRE(toCanvas);
    REQUIRE(toCanvas->isEnabled());
    QTest::mouseClick(toCanvas, Qt::LeftButton);
    CHECK(w->views()->currentWidget() == w->drawPanel());
    REQUIRE(w->drawPanel()->lastReading());
    CHECK(w->drawPanel()->lastReading()->best >= 0);
    // The probability bars run across, the first class on top: the longest bar is the reading's.
    auto* chart = w->drawPanel()->findChild<QChartView*>();
    REQUIRE(chart);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().value(0));
    REQUIRE(bars);
    QBarSet* set = bars->barSets().value(0);
    REQUIRE(set);
    REQUIRE(set->count() == 10);
    int longest = 0;
    for (int i = 1; i < set->count(); ++i)
        if (set->at(i) > set->at(longest))
            longest = i;
    CHECK(longest == 9 - w->drawPanel()->lastReading()->best);
    auto* names = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Vertical).value(0));
    REQUIRE(names);
    CHECK(names->at(9) == QStringLiteral("T-shirt/top")); // appended last, drawn on top: class 0
    CHECK_FALSE(w->drawPanel()->canvas()->isEmpty());
    CHECK(w->weightsView()->hoverText(0, 0).contains(QStringLiteral("pixel (0, 0)")));
}

TEST_CASE("2-D data shows decision regions, 1-D regression its curve, tables their important features")
{
    auto spiral = trainedWindow(QStringLiteral("builtin:moons:samples=300"), 10);
    CHECK(spiral->predictionView()->mode() == QStringLiteral("regions"));
    REQUIRE(spiral->predictionView()->regions());
    CHECK(spiral->predictionView()->regions()->data()->keySize() == 120);

    auto sine = trainedWindow(QStringLiteral("builtin:sine:samples=200"), 5);
    CHECK(sine->predictionView()->mode() == QStringLiteral("curve"));
    CHECK(sine->predictionView()->plot()->graphCount() == 3); // training, validation, curve

    TempDir dir;
    std::string csv = "signal;noise;target\n";
    for (int i = 0; i < 300; ++i)
        csv += std::to_string((i * 37) % 100) + ";" + std::to_string((i * 61) % 100) + ";" + std::to_string(2 * ((i * 37) % 100) + 1) + ",5\n";
    auto table = trainedWindow(QStringLiteral("csv:") + QString::fromStdString(dir.write("t.csv", csv)), 40);
    CHECK(table->predictionView()->mode() == QStringLiteral("scatter"));
    const auto& imp = table->predictionView()->importance();
    REQUIRE(imp.size() == 2);
    CHECK(imp[0] > 5 * std::abs(imp[1]));
    REQUIRE(table->predictionView()->inputGradients().size() == 2);
    CHECK(table->predictionView()->inputGradients()[0] > table->predictionView()->inputGradients()[1]);
    CHECK(table->predictionView()->errorPlot()->plottableCount() == 1); // errors per actual value
    // Regression in the confusion matrix: predictions rounded to whole numbers, as classes.
    CHECK(table->confusionView()->matrix()->rowCount() > 10);
}

TEST_CASE("The closed-form linear model's weights show as one image per class")
{
    auto w = openWindow(QStringLiteral("fashion-mnist"), 1);
    w->networkPanel()->applyPreset(QStringLiteral("linear"));
    REQUIRE(w->networkPanel()->spec().kind == ModelKind::ClosedFormLinear);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    REQUIRE(w->session()->state() == TrainerState::Finished);
    CHECK(w->weightsView()->tileCount() == 10); // T-shirt/top ... Ankle boot
    CHECK(w->curves()->epochCount() == 1);
    CHECK(w->curves()->epochValues(QStringLiteral("validation accuracy")).back() > 75); // least squares on pixels
}
