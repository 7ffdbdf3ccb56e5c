// bench/ui_latency: trains MNIST (or Fashion-MNIST) in the real window while the UI thread is
// driven (hovering the curves, toggling the log scale), and measures how long the UI thread
// stalls: a 5 ms timer records the gap between its ticks. Then trains the same settings
// headless, as the CLI does, and prints both throughputs side by side.
//
// Usage: ui_latency [--data SPEC] [--epochs N] [--idle] [--view curves|confusion|weights|predictions|draw]   (runs offscreen unless QT_QPA_PLATFORM is set)
#include "CurvesView.h"
#include "DataPanel.h"
#include "MainWindow.h"
#include "TrainingPanel.h"
#include "TrainingSession.h"
#include "data/Catalog.h"
#include "train/Trainer.h"

#include <QApplication>
#include <QCustomPlotShim.h>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct EpochTimes : nb::TrainingObserver {
    std::vector<double> seconds;
    void onEpoch(const nb::EpochSnapshot& e) override { seconds.push_back(e.metrics.seconds); }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString spec;
    QString view = QStringLiteral("curves"); // the tab on screen while training
    int epochs = 2;
    const QStringList args = app.arguments();
    const bool idle = args.contains(QStringLiteral("--idle")); // nobody touching the window
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--data"))
            spec = args[i + 1];
        if (args[i] == QStringLiteral("--epochs"))
            epochs = args[i + 1].toInt();
        if (args[i] == QStringLiteral("--view"))
            view = args[i + 1];
    }
    if (spec.isEmpty())
        spec = nb::ui::MainWindow::defaultDataSpec();

    nb::ui::MainWindow::Options o;
    o.data = spec;
    o.epochs = epochs;
    o.layers = QStringLiteral("128:relu,64:relu");
    o.restoreSettings = false;
    o.view = view;
    o.size = QSize(1920, 1080);
    nb::ui::MainWindow window(o);
    window.show();
    if (!QTest::qWaitFor([&] { return window.dataPanel()->data() && !window.dataPanel()->isLoading(); }, 60000)) {
        std::fprintf(stderr, "could not load %s\n", qPrintable(spec));
        return 1;
    }
    const auto data = window.dataPanel()->data();
    std::printf("data: %s\n", data->description.c_str());

    std::vector<double> windowEpochs;
    QObject::connect(window.session(), &nb::ui::TrainingSession::epochArrived, [&](const nb::EpochSnapshot& e) {
        windowEpochs.push_back(e.metrics.seconds);
    });

    // The UI-thread probe: a 5 ms timer; any gap beyond 5 ms is time the thread was busy.
    std::vector<double> gaps;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (clock.isValid())
            gaps.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
    });
    // Someone using the window: hover over the loss chart, now and then flip the log scale.
    int tick = 0;
    QTimer driver;
    driver.setInterval(50);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QCustomPlot* plot = window.curves()->lossPlot();
        QTest::mouseMove(plot, QPoint(100 + (tick * 37) % std::max(1, plot->width() - 200), plot->height() / 2));
        if (++tick % 40 == 0)
            window.curves()->setLogScale(tick % 80 == 0);
    });

    QElapsedTimer wall;
    wall.start();
    probe.start();
    if (!idle)
        driver.start();
    window.startTraining();
    if (!QTest::qWaitFor([&] { return !window.session()->isActive(); }, 30 * 60 * 1000)) {
        std::fprintf(stderr, "training did not end\n");
        return 1;
    }
    probe.stop();
    driver.stop();
    const double wallSeconds = wall.elapsed() / 1000.0;

    // The same settings headless, as neuralboard-train runs them.
    nb::PrepareOptions prep = window.dataPanel()->prepareOptions();
    nb::TrainConfig config = window.trainingPanel()->config();
    config.snapshotWeights = false;
    config.snapshotPredictions = false;
    nb::DataSplit split = nb::prepareData(*data, prep);
    const int64_t samples = split.train.size();
    EpochTimes headless;
    {
        nb::Trainer trainer(nb::NetworkSpec::forDataset(split.train, nb::parseLayers("128:relu,64:relu")), config, split);
        trainer.addObserver(&headless);
        trainer.run();
    }

    auto throughput = [&](const std::vector<double>& s) {
        double total = 0;
        for (double v : s)
            total += v;
        return total > 0 ? static_cast<double>(samples) * static_cast<double>(s.size()) / total : 0.0;
    };
    const double inWindow = throughput(windowEpochs), cli = throughput(headless.seconds);
    std::printf("view on screen: %s\n", qPrintable(view));
    std::printf("%d epochs of %lld samples, batch %d, %.1f s in the window\n\n", epochs, static_cast<long long>(samples),
        config.batchSize, wallSeconds);
    std::printf("UI thread stalls (gap beyond a 5 ms timer, %zu ticks): p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 50 ms)\n",
        gaps.size(), percentile(gaps, 0.5) - 5, percentile(gaps, 0.99) - 5, percentile(gaps, 1.0) - 5);
    std::printf("%-34s %12s\n", "training throughput", "samples/s");
    std::printf("%-34s %12.0f\n", "in the window (snapshots, UI)", inWindow);
    std::printf("%-34s %12.0f\n", "headless, as the CLI", cli);
    std::printf("window / headless = %.2f (target >= 0.90)\n", cli > 0 ? inWindow / cli : 0.0);
    return 0;
}
