#include "CurvesView.h"
#include "NetworkPanel.h"
#include "RunsPanel.h"
#include "TrainingPanel.h"
#include "UiTestUtil.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <filesystem>

using namespace nb;
using namespace nb::ui;

TEST_CASE("two runs, with and without dropout, are recorded and overlaid; a run reopens and continues", "[ui][runs]")
{
    QTemporaryDir runsDir;
    auto w = openWindow(QStringLiteral("builtin:blobs"), 3, QSize(1600, 1000), QStringLiteral("16:relu"), runsDir.path());
    RunsPanel* runs = w->runsPanel();
    CHECK(runs->model()->rowCount() == 0);

    w->startTraining();
    REQUIRE(waitForEnd(*w));
    w->networkPanel()->setLayers(parseLayers("16:relu:0.3"));
    w->startTraining();
    REQUIRE(waitForEnd(*w));

    REQUIRE(runs->model()->rowCount() == 2);
    const auto recorded = runs->model()->runs();
    for (const auto& r : recorded) {
        CHECK(r.status == "finished");
        CHECK(r.history.size() == 3);
        CHECK(r.hasCheckpoint("final"));
        CHECK(r.hasCheckpoint("best"));
    }
    CHECK(recorded[0].network.hidden[0].dropout == 0.0);
    CHECK(recorded[1].network.hidden[0].dropout == Approx(0.3));
    CHECK(recorded[1].name == "16:relu:0.3");

    // Selecting both overlays both runs' curves on the training curves view.
    runs->select({QString::fromStdString(recorded[0].id), QString::fromStdString(recorded[1].id)});
    CHECK(w->curves()->comparedCount() == 2);
    CHECK(w->views()->currentWidget() == w->curves());
    CHECK(w->curves()->epochValues(QString::fromStdString(recorded[1].name)).size() == 3); // its validation loss
    CHECK(w->curves()->epochValues(QString::fromStdString(recorded[1].name) + QStringLiteral(": training loss")).size() == 3);

    // Renaming in the table renames the folder's run.
    const QModelIndex nameCell = runs->model()->index(0, RunsModel::Name);
    REQUIRE(runs->model()->setData(nameCell, QStringLiteral("no dropout")));
    CHECK(RunStore(runsDir.path().toStdString()).load(recorded[0].id).name == "no dropout");

    // Reopening the first run brings back its network; Train more continues the same folder.
    w->openRun(runs->model()->runs()[0]);
    CHECK(w->currentRun() == QString::fromStdString(recorded[0].id));
    CHECK(w->networkPanel()->spec().hidden[0].dropout == 0.0);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    CHECK(runs->model()->rowCount() == 2);
    CHECK(RunStore(runsDir.path().toStdString()).load(recorded[0].id).history.size() == 6);

    // Delete removes the folder.
    runs->select({QString::fromStdString(recorded[1].id)});
    runs->deleteSelected(false);
    CHECK(runs->model()->rowCount() == 1);
    CHECK_FALSE(std::filesystem::exists(recorded[1].folder));
    CHECK(w->curves()->comparedCount() == 0);
}
