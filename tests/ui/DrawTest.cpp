#include "UiTestUtil.h"
#include "CurvesView.h"
#include "DataPanel.h"
#include "DigitCanvas.h"
#include "DrawPanel.h"
#include "MainWindow.h"
#include "TrainingSession.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTest>

#include <filesystem>

using namespace nb;
using namespace nb::ui;

namespace {

using Stroke = std::vector<QPointF>; // relative to the canvas's drawing square

// One way of writing each digit, as a person would with the mouse.
const std::vector<std::vector<Stroke>>& digitStrokes()
{
    static const std::vector<std::vector<Stroke>> digits = [] {
        std::vector<std::vector<Stroke>> d(10);
        Stroke zero;
        for (int i = 0; i <= 32; ++i) {
            const double a = 2 * 3.14159265 * i / 32;
            zero.emplace_back(0.5 + 0.17 * std::sin(a), 0.5 - 0.27 * std::cos(a));
        }
        d[0] = {zero};
        d[1] = {{{0.52, 0.22}, {0.50, 0.5}, {0.48, 0.78}}};
        d[2] = {{{0.33, 0.35}, {0.38, 0.26}, {0.5, 0.22}, {0.62, 0.26}, {0.66, 0.36}, {0.6, 0.48}, {0.48, 0.6},
            {0.35, 0.76}, {0.5, 0.76}, {0.7, 0.76}}};
        d[3] = {{{0.33, 0.27}, {0.45, 0.22}, {0.6, 0.24}, {0.65, 0.33}, {0.58, 0.44}, {0.47, 0.48}, {0.6, 0.52},
            {0.67, 0.62}, {0.62, 0.73}, {0.48, 0.78}, {0.33, 0.74}}};
        d[4] = {{{0.36, 0.22}, {0.33, 0.56}, {0.70, 0.56}}, {{0.62, 0.25}, {0.62, 0.52}, {0.62, 0.80}}};
        d[5] = {{{0.66, 0.22}, {0.38, 0.22}, {0.36, 0.47}, {0.5, 0.43}, {0.63, 0.5}, {0.67, 0.62}, {0.6, 0.74},
            {0.47, 0.78}, {0.33, 0.73}}};
        d[6] = {{{0.62, 0.22}, {0.48, 0.32}, {0.38, 0.48}, {0.35, 0.62}, {0.42, 0.75}, {0.54, 0.78}, {0.64, 0.7},
            {0.64, 0.58}, {0.53, 0.52}, {0.42, 0.56}, {0.37, 0.64}}};
        d[7] = {{{0.32, 0.24}, {0.68, 0.24}, {0.55, 0.45}, {0.45, 0.78}}};
        d[8] = {{{0.6, 0.28}, {0.5, 0.22}, {0.38, 0.28}, {0.4, 0.4}, {0.5, 0.48}, {0.62, 0.57}, {0.64, 0.7},
            {0.5, 0.78}, {0.36, 0.7}, {0.38, 0.57}, {0.5, 0.48}, {0.6, 0.4}, {0.6, 0.28}}};
        d[9] = {{{0.62, 0.34}, {0.55, 0.24}, {0.44, 0.23}, {0.36, 0.32}, {0.4, 0.44}, {0.52, 0.47}, {0.62, 0.4},
            {0.62, 0.3}}, {{0.62, 0.3}, {0.61, 0.55}, {0.57, 0.78}}};
        return d;
    }();
    return digits;
}

void sendMouse(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Drags the mouse along the stroke in small steps, as a hand would.
void draw(DigitCanvas* canvas, const std::vector<Stroke>& strokes)
{
    const double side = std::min(canvas->width(), canvas->height());
    const QPointF origin((canvas->width() - side) / 2, (canvas->height() - side) / 2);
    for (const Stroke& s : strokes) {
        sendMouse(canvas, QEvent::MouseButtonPress, origin + s.front() * side, Qt::LeftButton, Qt::LeftButton);
        for (size_t i = 1; i < s.size(); ++i)
            for (int k = 1; k <= 8; ++k) {
                const QPointF p = s[i - 1] + (s[i] - s[i - 1]) * (k / 8.0);
                sendMouse(canvas, QEvent::MouseMove, origin + p * side, Qt::NoButton, Qt::LeftButton);
            }
        sendMouse(canvas, QEvent::MouseButtonRelease, origin + s.back() * side, Qt::LeftButton, Qt::NoButton);
    }
}

std::unique_ptr<MainWindow> openDrawing(const QString& data, int epochs)
{
    auto w = openWindow(data, epochs);
    w->views()->setCurrentWidget(w->drawPanel());
    return w;
}

} // namespace

TEST_CASE("With a table loaded, the canvas explains why it cannot be used")
{
    auto w = openDrawing(QStringLiteral("builtin:moons"), 1);
    CHECK(w->drawPanel()->unavailableReason().contains(QStringLiteral("needs an image dataset")));
    CHECK(w->drawPanel()->unavailableReason().contains(QStringLiteral("table of 2 columns")));
}

TEST_CASE("Mouse strokes draw, preprocessing centres them, C clears and Ctrl+Z undoes")
{
    const std::string dir = NB_SHARED_DATASETS "/mnist";
    const QString spec = std::filesystem::exists(dir) ? QStringLiteral("mnist:") + QString::fromStdString(dir) : QStringLiteral("fashion-mnist");
    auto w = openDrawing(spec, 1);
    DigitCanvas* canvas = w->drawPanel()->canvas();
    REQUIRE(canvas->width() >= 280);
    draw(canvas, digitStrokes()[7]);
    REQUIRE(w->drawPanel()->lastReading());
    const GrayImage& input = w->drawPanel()->lastReading()->input;
    REQUIRE(input.width == 28);
    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x)
            mass += input.at(x, y), mx += input.at(x, y) * x, my += input.at(x, y) * y;
    CHECK(mass > 20);
    CHECK(mx / mass == Approx(14).margin(0.6));
    CHECK(my / mass == Approx(14).margin(0.6));
    draw(canvas, digitStrokes()[1]);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    CHECK(isBlank(mnistStyle(canvas->ink())) == false);
    QTest::keyClick(canvas, Qt::Key_C);
    CHECK(isBlank(canvas->ink()));
}

TEST_CASE("Drawing each digit 0-9 with the mouse: a model trained on MNIST reads at least 9 of 10")
{
    const std::string dir = NB_SHARED_DATASETS "/mnist";
    if (!std::filesystem::exists(dir)) {
        WARN("skipped: " << dir << " is not here");
        return;
    }
    auto w = openDrawing(QStringLiteral("mnist:") + QString::fromStdString(dir), 10);
    w->startTraining();
    REQUIRE(QTest::qWaitFor([&] { return !w->session()->isActive(); }, 120000));
    REQUIRE(w->session()->state() == TrainerState::Finished);
    DigitCanvas* canvas = w->drawPanel()->canvas();
    int right = 0;
    QStringList answers;
    for (int digit = 0; digit <= 9; ++digit) {
        canvas->clear();
        draw(canvas, digitStrokes()[static_cast<size_t>(digit)]);
        REQUIRE(w->drawPanel()->lastReading());
        const int read = w->drawPanel()->lastReading()->best;
        answers << QStringLiteral("%1->%2").arg(digit).arg(read);
        right += read == digit;
        CHECK(w->drawPanel()->topClassText() == QString::number(read));
    }
    INFO(answers.join(QLatin1Char(' ')).toStdString());
    CHECK(right >= 9);
    const QString shot = QDir::temp().filePath(QStringLiteral("neuralboard-draw-test.png"));
    CHECK(w->saveScreenshot(shot));
}

TEST_CASE("A dataset sample opened in the canvas is read like the sample itself")
{
    // Fashion-MNIST's items fill their frame: a sample is read as it is, not re-centred.
    QStringList specs = {QStringLiteral("fashion-mnist")};
    const std::string dir = NB_SHARED_DATASETS "/mnist";
    if (std::filesystem::exists(dir))
        specs << QStringLiteral("mnist:") + QString::fromStdString(dir);
    for (const QString& spec : specs) {
        INFO(spec.toStdString());
        auto w = openDrawing(spec, 1);
        w->startTraining();
        REQUIRE(QTest::qWaitFor([&] { return !w->session()->isActive(); }, 120000));
        const Dataset& d = w->dataPanel()->data()->data;
        const auto reader = w->session()->digitReader();
        REQUIRE(reader);
        for (int64_t i : {3, 10, 25}) {
            GrayImage sample(28, 28);
            std::copy_n(d.sample(i), 784, sample.pixels.begin());
            w->drawPanel()->openSample(sample);
            REQUIRE(w->drawPanel()->lastReading());
            const auto direct = reader->classify(sample);
            CHECK(w->drawPanel()->lastReading()->best == static_cast<int>(std::max_element(direct.begin(), direct.end()) - direct.begin()));
            CHECK(w->drawPanel()->lastReading()->input.pixels == sample.pixels);
        }
        // A stroke added on top changes what the network receives, in the sample's own frame.
        draw(w->drawPanel()->canvas(), {{{0.1, 0.1}, {0.9, 0.9}}});
        REQUIRE(w->drawPanel()->lastReading());
        CHECK(w->drawPanel()->lastReading()->input.pixels != std::vector<float>(d.sample(25), d.sample(25) + 784));
        CHECK(w->drawPanel()->lastReading()->input.at(14, 14) > 0.5f); // the diagonal crosses the centre
    }
}
