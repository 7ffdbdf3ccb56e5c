#include "../core/TestUtil.h"
#include "UiTestUtil.h"

#include "CsvImportDialog.h"
#include "CurvesView.h"
#include "DataPanel.h"
#include "DataPreview.h"
#include "MainWindow.h"
#include "NetworkEditor.h"
#include "NetworkPanel.h"
#include "TrainingPanel.h"
#include "TrainingSession.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

using namespace nb;
using namespace nb::ui;

namespace {


// Runs f on the modal dialog that the next call opens, once it is showing.
template <typename F>
void onNextDialog(F f)
{
    QTimer::singleShot(0, [f] {
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
        f(qobject_cast<CsvImportDialog*>(QApplication::activeModalWidget()));
    });
}

} // namespace

TEST_CASE("Press Train on a built-in set: three epochs appear on the curves and the loss falls")
{
    auto w = openWindow(QStringLiteral("builtin:moons:samples=600"), 3);
    CHECK(w->dataPanel()->preview()->kind() == QStringLiteral("scatter"));
    QTest::mouseClick(w->trainingPanel()->trainButton(), Qt::LeftButton);
    CHECK(w->session()->isActive());
    CHECK_FALSE(w->trainingPanel()->trainButton()->isEnabled());
    REQUIRE(waitForEnd(*w));
    CHECK(w->session()->state() == TrainerState::Finished);
    CHECK(w->curves()->epochCount() == 3);
    const auto loss = w->curves()->epochValues(QStringLiteral("training loss"));
    const auto val = w->curves()->epochValues(QStringLiteral("validation loss"));
    REQUIRE(loss.size() == 3);
    REQUIRE(val.size() == 3);
    CHECK(loss.back() < loss.front());
    CHECK(val.back() < val.front());
    CHECK(w->curves()->batchPointCount() == 3 * ((480 + 31) / 32)); // every batch's loss
    CHECK(w->curves()->epochValues(QStringLiteral("validation accuracy")).back() > 80);
    CHECK(w->trainingPanel()->trainButton()->text() == QStringLiteral("Train more"));

    // Train more continues the same model: epochs 4 and 5 follow on the same curves.
    TrainConfig c = w->trainingPanel()->config();
    c.epochs = 2;
    w->trainingPanel()->setConfig(c);
    QTest::mouseClick(w->trainingPanel()->trainButton(), Qt::LeftButton);
    REQUIRE(waitForEnd(*w));
    CHECK(w->curves()->epochCount() == 5);

    // Reset weights starts afresh.
    QTest::mouseClick(w->trainingPanel()->resetButton(), Qt::LeftButton);
    CHECK(w->curves()->epochCount() == 0);
    CHECK(w->trainingPanel()->trainButton()->text() == QStringLiteral("Train"));
}

TEST_CASE("Pause, resume and stop from the buttons")
{
    auto w = openWindow(QStringLiteral("builtin:spiral:samples=20000"), 200);
    TrainingPanel* p = w->trainingPanel();
    QTest::mouseClick(p->trainButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->curves()->batchPointCount() > 10; }, 20000));
    QTest::mouseClick(p->pauseButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Paused; }, 5000));
    CHECK(p->pauseButton()->text() == QStringLiteral("Resume"));
    CHECK_FALSE(w->message().isEmpty());
    const int paused = w->curves()->batchPointCount();
    QTest::qWait(150);
    CHECK(w->curves()->batchPointCount() == paused);

    QTest::mouseClick(p->stepButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->curves()->batchPointCount() == paused + 1; }, 5000));

    QTest::mouseClick(p->pauseButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->curves()->batchPointCount() > paused + 20; }, 10000));
    CHECK(p->pauseButton()->text() == QStringLiteral("Pause"));

    QTest::mouseClick(p->stopButton(), Qt::LeftButton);
    REQUIRE(waitForEnd(*w, 10000));
    CHECK(w->session()->state() == TrainerState::Stopped);
    CHECK(p->trainButton()->isEnabled());
    CHECK(w->session()->lastCheckpoint().has_value());
}

TEST_CASE("Import a CSV through the dialog, pick its target, train")
{
    TempDir dir;
    std::string csv = "altura;peso;tipo;nota\n";
    for (int i = 0; i < 200; ++i) {
        const int k = i % 2;
        csv += std::to_string(150 + 30 * k + i % 7) + "," + std::to_string(i % 10) + ";" + std::to_string(50 + 25 * k + i % 5)
            + ",5;" + (k ? "grande" : "pequeno") + ";" + std::to_string(i % 3) + ",5\n";
    }
    const QString path = QString::fromStdString(dir.write("medidas.csv", csv));
    auto w = openWindow(QStringLiteral("builtin:xor"), 20);

    bool sawDialog = false;
    onNextDialog([&](CsvImportDialog* d) {
        REQUIRE(d);
        sawDialog = true;
        CHECK(d->previewTable()->columnCount() == 4);
        CHECK(d->previewTable()->rowCount() == 200);
        CHECK(d->previewTable()->item(0, 0)->text() == QStringLiteral("150,0"));
        CHECK(d->targetCombo()->currentText() == QStringLiteral("nota")); // the last column by default
        d->targetCombo()->setCurrentText(QStringLiteral("tipo"));
        QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    w->dataPanel()->openCsv(path);
    REQUIRE(sawDialog);
    REQUIRE(w->dataPanel()->data());
    const Dataset& d = w->dataPanel()->data()->data;
    CHECK(d.targetName == "tipo");
    CHECK(d.classNames == std::vector<std::string>{"grande", "pequeno"});
    CHECK(d.featureNames == std::vector<std::string>{"altura", "peso", "nota"});
    CHECK(d.features[0] == Approx(150.0f)); // decimal commas read as numbers
    CHECK(w->dataPanel()->preview()->kind() == QStringLiteral("table"));
    CHECK(w->networkPanel()->spec().inputSize() == 3);

    QTest::mouseClick(w->trainingPanel()->trainButton(), Qt::LeftButton);
    REQUIRE(waitForEnd(*w));
    CHECK(w->session()->state() == TrainerState::Finished);
    CHECK(w->curves()->epochValues(QStringLiteral("validation accuracy")).back() > 90);
}

TEST_CASE("A malformed CSV shows its error in the dialog, which stays open, and the app keeps working")
{
    TempDir dir;
    const QString path = QString::fromStdString(dir.write("broken.csv", "a,b,c\n1,2,0\n3,4\n5,6,1\n"));
    auto w = openWindow(QStringLiteral("builtin:blobs:samples=300"), 2);
    bool checked = false;
    onNextDialog([&](CsvImportDialog* d) {
        REQUIRE(d);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(d->isVisible());
        CHECK(d->errorText().contains(QStringLiteral("broken.csv:3: expected 3 fields, found 2")));
        checked = true;
        d->reject();
    });
    w->dataPanel()->openCsv(path);
    REQUIRE(checked);
    CHECK(w->dataPanel()->data()->data.name == "Gaussian blobs"); // the data in use did not change
    QTest::mouseClick(w->trainingPanel()->trainButton(), Qt::LeftButton);
    REQUIRE(waitForEnd(*w));
    CHECK(w->curves()->epochCount() == 2);
}

TEST_CASE("A dataset that cannot be loaded is reported in the window")
{
    auto w = openWindow(QStringLiteral("builtin:circles"), 1);
    w->dataPanel()->load(QStringLiteral("mnist:/nonexistent/folder"));
    REQUIRE(QTest::qWaitFor([&] { return !w->dataPanel()->isLoading(); }, 5000));
    QTest::qWait(50);
    CHECK(w->message().contains(QStringLiteral("/nonexistent/folder: no such folder")));
    CHECK(w->dataPanel()->data()->data.name == "Circles");
}

TEST_CASE("The network panel follows the dataset and counts parameters")
{
    auto w = openWindow(QStringLiteral("builtin:spiral:arms=4"), 1);
    NetworkPanel* n = w->networkPanel();
    n->setLayers(parseLayers("10:tanh"));
    NetworkSpec s = n->spec();
    CHECK(s.inputSize() == 2);
    CHECK(s.outputs == 4);
    CHECK(s.hidden.size() == 1);
    REQUIRE(n->editor()->insertLayer(1, LayerSpec{5, Activation::ReLU, 0.1, false}));
    s = n->spec();
    REQUIRE(s.hidden.size() == 2);
    CHECK(s.hidden[1].dropout == Approx(0.1));
    CHECK(n->findChild<QLabel*>(QStringLiteral("paramCount"))->text().startsWith(QString::number(s.parameterCount())));
    REQUIRE(n->editor()->removeLayer(0));
    CHECK(n->spec().hidden.size() == 1);
    CHECK(n->spec().hidden[0].units == 5);
}

TEST_CASE("Screenshots render the window to a PNG")
{
    TempDir dir;
    auto w = openWindow(QStringLiteral("builtin:sine"), 1);
    const QString file = QString::fromStdString(dir.file("shot.png"));
    REQUIRE(w->saveScreenshot(file));
    QImage img(file);
    CHECK(img.width() == w->width());
    CHECK(img.height() == w->height());
}

TEST_CASE("Keyboard: Space trains and pauses, S steps, Esc stops, Ctrl+R resets")
{
    auto w = openWindow(QStringLiteral("builtin:spiral:samples=20000"), 100);
    w->activateWindow();
    QTest::keyClick(w.get(), Qt::Key_Space);
    REQUIRE(w->session()->isActive());
    REQUIRE(QTest::qWaitFor([&] { return w->curves()->batchPointCount() > 5; }, 20000));
    QTest::keyClick(w.get(), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Paused; }, 5000));
    const int paused = w->curves()->batchPointCount();
    QTest::keyClick(w.get(), Qt::Key_S);
    REQUIRE(QTest::qWaitFor([&] { return w->curves()->batchPointCount() == paused + 1; }, 5000));
    QTest::keyClick(w.get(), Qt::Key_Escape);
    REQUIRE(waitForEnd(*w, 10000));
    CHECK(w->session()->state() == TrainerState::Stopped);
    REQUIRE(w->session()->lastCheckpoint().has_value());
    QTest::keyClick(w.get(), Qt::Key_R, Qt::ControlModifier);
    CHECK_FALSE(w->session()->lastCheckpoint().has_value());
    CHECK(w->curves()->epochCount() == 0);
}

TEST_CASE("The learning rate can be changed while training runs")
{
    auto w = openWindow(QStringLiteral("builtin:spiral:samples=20000"), 100);
    std::vector<double> rates;
    QObject::connect(w->session(), &TrainingSession::batchesArrived, [&](const std::vector<BatchSnapshot>& b) {
        rates.push_back(b.back().learningRate);
    });
    QTest::mouseClick(w->trainingPanel()->trainButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !rates.empty(); }, 20000));
    CHECK(rates.back() == Approx(0.01));
    CHECK(w->trainingPanel()->learningRateBox()->isEnabled());
    w->trainingPanel()->learningRateBox()->setValue(0.002);
    REQUIRE(QTest::qWaitFor([&] { return rates.back() == Approx(0.002); }, 5000));
    w->session()->stop();
    REQUIRE(waitForEnd(*w, 10000));
}

TEST_CASE("Dropping a CSV file on the window opens the import dialog and loads it")
{
    TempDir dir;
    const QString path = QString::fromStdString(dir.write("dropped.csv", "x;y;classe\n1;2;a\n2;3;b\n3;1;a\n4;4;b\n5;2;a\n6;5;b\n7;1;a\n8;6;b\n9;2;a\n10;7;b\n"));
    auto w = openWindow(QStringLiteral("builtin:xor"), 1);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    CHECK(enter.isAccepted());
    bool sawDialog = false;
    onNextDialog([&](CsvImportDialog* d) {
        REQUIRE(d);
        sawDialog = true;
        QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);
    CHECK(sawDialog);
    REQUIRE(w->dataPanel()->data());
    CHECK(w->dataPanel()->data()->data.name == "dropped.csv");
    CHECK(w->dataPanel()->data()->data.classNames == std::vector<std::string>{"a", "b"});
}

TEST_CASE("A large CSV loads in the background with progress, and Cancel keeps the data in use")
{
    TempDir dir;
    std::string csv = "a;b;c;y\n";
    for (int i = 0; i < 400000; ++i)
        csv += std::to_string(i % 97) + ",5;" + std::to_string(i % 13) + ";" + std::to_string(i % 7) + ";" + std::to_string(i % 2) + "\n";
    const QString path = QString::fromStdString(dir.write("large.csv", csv));
    auto w = openWindow(QStringLiteral("builtin:moons"), 1);
    w->dataPanel()->load(QStringLiteral("csv:") + path);
    QPushButton* cancel = nullptr;
    for (auto* b : w->dataPanel()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Cancel"))
            cancel = b;
    REQUIRE(cancel);
    CHECK(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !w->dataPanel()->isLoading(); }, 20000));
    QTest::qWait(20);
    CHECK(w->message().contains(QStringLiteral("cancelled")));
    CHECK(w->dataPanel()->data()->data.name == "Two moons");
    // Without cancelling it loads, all 400,000 rows.
    w->dataPanel()->load(QStringLiteral("csv:") + path);
    REQUIRE(QTest::qWaitFor([&] { return !w->dataPanel()->isLoading(); }, 60000));
    QTest::qWait(20);
    CHECK(w->dataPanel()->data()->data.size() == 400000);
}
