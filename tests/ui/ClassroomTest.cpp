#include "NetworkEditor.h"
#include "NetworkPanel.h"
#include "TrainingPanel.h"
#include "UiTestUtil.h"

#include <QDoubleSpinBox>

using namespace nb;
using namespace nb::ui;

TEST_CASE("teaching pace: a speed limit, and a layer's activation swapped between steps without losing the weights", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:blobs"), 50, QSize(1600, 1000), QStringLiteral("16:relu"));
    w->trainingPanel()->speedLimitBox()->setValue(5);
    CHECK(w->trainingPanel()->config().batchesPerSecond == 5);
    w->startTraining();
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Running; }, 20000));
    QTest::qWait(1200);
    w->session()->pause();
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Paused; }, 10000));

    // No confirmation dialog: the paused model takes the new activation.
    REQUIRE(w->networkPanel()->editor()->setActivation(0, Activation::Tanh));
    CHECK(w->networkPanel()->spec().hidden[0].activation == Activation::Tanh);
    CHECK(w->message().contains(QStringLiteral("tanh"), Qt::CaseInsensitive));
    w->session()->step();
    w->session()->stop();
    REQUIRE(waitForEnd(*w));
    REQUIRE(w->session()->lastCheckpoint());
    CHECK(w->session()->lastCheckpoint()->spec.hidden[0].activation == Activation::Tanh);
    // At 5 batches a second for about 1.2 s, far from the 50 epochs it would otherwise finish.
    const auto& history = w->session()->lastCheckpoint()->history;
    CHECK(history.size() <= 1);
}
