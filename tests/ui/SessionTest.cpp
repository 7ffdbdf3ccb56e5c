#include "../core/TestUtil.h"
#include "UiTestUtil.h"

#include "NetworkPanel.h"
#include "WeightsView.h"
#include "TrainingPanel.h"

#include <catch2/catch.hpp>

#include <random>

#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>

using namespace nb;
using namespace nb::ui;

TEST_CASE("Save a session and open it in a fresh window: data, network, settings and model come back")
{
    TempDir dir;
    const QString csv = QString::fromStdString(dir.write("medidas.csv", [] {
        std::string t = "a;b;nota\n";
        for (int i = 0; i < 200; ++i)
            t += std::to_string(i % 17) + ",5;" + std::to_string(i % 5) + ";" + std::to_string(i % 2 ? 3 : 7) + ",25\n";
        return t;
    }()));
    LoadOptions o;
    o.task = TaskKind::Regression;
    o.csv.task = TaskKind::Regression;
    o.csv.target = "nota";
    auto a = openWindow(QStringLiteral("builtin:xor"), 3);
    a->dataPanel()->load(QStringLiteral("csv:") + csv + QStringLiteral(":nota"), o, 0.3, true);
    REQUIRE(QTest::qWaitFor([&] { return !a->dataPanel()->isLoading() && a->dataPanel()->data()->data.name == "medidas.csv"; }, 20000));
    a->networkPanel()->setLayers(parseLayers("12:tanh,6:relu"));
    TrainConfig c = a->trainingPanel()->config();
    c.epochs = 3;
    c.learningRate = 0.0123;
    a->trainingPanel()->setConfig(c);
    a->startTraining();
    REQUIRE(waitForEnd(*a));
    a->views()->setCurrentWidget(a->weightsView());
    const QString path = QString::fromStdString(dir.file("lesson.nbsession"));
    REQUIRE(a->saveSession(path));

    auto b = openWindow(QStringLiteral("builtin:moons"), 1);
    b->openSession(path);
    REQUIRE(QTest::qWaitFor([&] { return !b->dataPanel()->isLoading() && b->dataPanel()->data()->data.name == "medidas.csv"; }, 20000));
    QTest::qWait(20);
    CHECK(b->dataPanel()->data()->data.task == TaskKind::Regression);
    CHECK(b->dataPanel()->data()->data.targetName == "nota");
    CHECK(b->dataPanel()->prepareOptions().valFraction == Approx(0.3));
    CHECK(b->networkPanel()->spec().hidden == parseLayers("12:tanh,6:relu"));
    CHECK(b->trainingPanel()->config().learningRate == Approx(0.0123));
    REQUIRE(b->session()->lastCheckpoint());
    CHECK(b->session()->lastCheckpoint()->modelState == a->session()->lastCheckpoint()->modelState);
    CHECK(b->trainingPanel()->trainButton()->text() == QStringLiteral("Train more"));
    CHECK(b->views()->currentWidget() == b->weightsView());
}

TEST_CASE("After a crash, the autosaved session is recovered; a clean exit leaves nothing to recover")
{
    QFile::remove(MainWindow::autosavePath());
    {
        auto crashed = openWindow(QStringLiteral("builtin:spiral:arms=4"), 2, QSize(1600, 1000), QStringLiteral("20:elu"));
        crashed->startTraining();
        REQUIRE(waitForEnd(*crashed));
        crashed->autosave();
        REQUIRE(QFile::exists(MainWindow::autosavePath()));
        // Destroyed without closing: as if the process had died.
    }
    MainWindow::Options o;
    o.restoreSettings = false;
    o.recover = QStringLiteral("yes");
    MainWindow w(o);
    w.show();
    REQUIRE(QTest::qWaitFor([&] { return w.dataPanel()->data() && !w.dataPanel()->isLoading(); }, 20000));
    QTest::qWait(20);
    CHECK(w.dataPanel()->data()->data.classCount() == 4);
    CHECK(w.networkPanel()->spec().hidden == parseLayers("20:elu"));
    CHECK(w.session()->lastCheckpoint().has_value());
    w.close(); // a clean exit
    CHECK_FALSE(QFile::exists(MainWindow::autosavePath()));
}

TEST_CASE("Random clicks on the run controls, then closing the window mid-run: no hang, no crash")
{
    auto w = openWindow(QStringLiteral("builtin:spiral:samples=20000"), 100000);
    TrainingPanel* p = w->trainingPanel();
    std::mt19937 rng(11);
    int starts = 0;
    for (int i = 0; i < 300; ++i) {
        QPushButton* buttons[] = {p->trainButton(), p->pauseButton(), p->stepButton(), p->stopButton(), p->resetButton()};
        QPushButton* b = buttons[rng() % 5];
        if (b == p->trainButton() && b->isEnabled())
            ++starts;
        if (b->isEnabled())
            QTest::mouseClick(b, Qt::LeftButton);
        if (rng() % 4 == 0)
            p->learningRateBox()->setValue(0.001 + (rng() % 50) / 1000.0);
        QTest::qWait(static_cast<int>(rng() % 4));
    }
    CHECK(starts > 0);
    if (!w->session()->isActive())
        QTest::mouseClick(p->trainButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Running || w->session()->state() == TrainerState::Paused; }, 10000));
    QElapsedTimer clock;
    clock.start();
    w->close(); // while training runs: stops the run and waits for it
    w.reset();
    CHECK(clock.elapsed() < 10000);
}
