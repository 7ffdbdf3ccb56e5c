#include "common/Error.h"
#include "data/DataSource.h"
#include "train/Devices.h"
#include "train/Evaluate.h"
#include "train/Trainer.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

DataSplit dataFor(const std::string& spec, double val = 0.2)
{
    return prepareData(loadData(spec), PrepareOptions{val, 0, 42, std::nullopt});
}

TrainConfig quickConfig(int epochs)
{
    TrainConfig c;
    c.epochs = epochs;
    c.batchSize = 32;
    c.learningRate = 0.01;
    c.device = "cpu";
    return c;
}

struct Recorder : TrainingObserver {
    std::mutex mutex;
    std::vector<EpochSnapshot> epochs;
    std::vector<BatchSnapshot> batches;
    std::vector<std::pair<TrainerState, std::string>> states;
    void onBatch(const BatchSnapshot& s) override
    {
        std::lock_guard<std::mutex> l(mutex);
        batches.push_back(s);
    }
    void onEpoch(const EpochSnapshot& s) override
    {
        std::lock_guard<std::mutex> l(mutex);
        epochs.push_back(s);
    }
    void onStateChanged(TrainerState s, const std::string& m) override
    {
        std::lock_guard<std::mutex> l(mutex);
        states.emplace_back(s, m);
    }
    size_t batchCount()
    {
        std::lock_guard<std::mutex> l(mutex);
        size_t n = 0;
        for (const auto& b : batches)
            n += b.losses.size();
        return n;
    }
};

template <typename Pred>
bool waitFor(Pred pred, int ms = 10000)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!pred()) {
        if (std::chrono::steady_clock::now() > end)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

// Stops and joins the training thread however the test ends, so a failed REQUIRE cannot
// leave a joinable thread behind.
struct Worker {
    Trainer& trainer;
    std::thread thread;
    explicit Worker(Trainer& t) : trainer(t), thread([&t] { t.run(); }) {}
    ~Worker()
    {
        trainer.stop();
        if (thread.joinable())
            thread.join();
    }
    void join() { thread.join(); }
};

} // namespace

TEST_CASE("Spiral reaches at least 95% validation accuracy")
{
    DataSplit d = dataFor("builtin:spiral:samples=900,noise=0.1");
    const NetworkSpec spec = NetworkSpec::forDataset(d.train, parseLayers("64:relu,64:relu"));
    Trainer t(spec, quickConfig(60), d);
    t.run();
    REQUIRE(t.state() == TrainerState::Finished);
    const History h = t.history();
    REQUIRE(h.size() == 60);
    CHECK(h.back().valAccuracy >= 0.95);
    CHECK(h.back().trainLoss < h.front().trainLoss);
}

TEST_CASE("XOR is learned perfectly by a small hidden layer")
{
    DataSplit d = dataFor("builtin:xor:samples=400");
    const NetworkSpec spec = NetworkSpec::forDataset(d.train, parseLayers("8:tanh"));
    Trainer t(spec, quickConfig(40), d);
    t.run();
    CHECK(t.history().back().valAccuracy == 1.0);
}

TEST_CASE("Each loss lowers the loss on a small problem")
{
    for (LossKind loss : {LossKind::CrossEntropy, LossKind::BinaryCrossEntropy, LossKind::MSE, LossKind::L1, LossKind::Huber}) {
        CAPTURE(toString(loss));
        const bool classes = loss == LossKind::CrossEntropy || loss == LossKind::BinaryCrossEntropy;
        DataSplit d = dataFor(classes ? "builtin:moons:samples=300" : "builtin:sine:samples=300");
        TrainConfig c = quickConfig(15);
        c.loss = loss;
        Trainer t(NetworkSpec::forDataset(d.train, parseLayers("32:tanh")), c, d);
        t.run();
        const History h = t.history();
        REQUIRE(h.size() == 15);
        CHECK(h.back().trainLoss < 0.8 * h.front().trainLoss);
    }
}

TEST_CASE("Each optimizer lowers the loss on a small problem")
{
    for (OptimizerKind o : {OptimizerKind::SGD, OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::RMSprop, OptimizerKind::Adagrad}) {
        CAPTURE(toString(o));
        DataSplit d = dataFor("builtin:blobs:samples=300");
        TrainConfig c = quickConfig(5);
        c.optimizer = o;
        c.nesterov = o == OptimizerKind::SGD;
        Trainer t(NetworkSpec::forDataset(d.train, parseLayers("16:relu")), c, d);
        t.run();
        const History h = t.history();
        CHECK(h.back().valLoss < h.front().valLoss);
        CHECK(h.back().valAccuracy > 0.9);
    }
}

TEST_CASE("The same seed on the CPU gives the same weights")
{
    auto train = [](uint64_t seed) {
        DataSplit d = dataFor("builtin:circles:samples=200");
        TrainConfig c = quickConfig(3);
        c.seed = seed;
        Trainer t(NetworkSpec::forDataset(d.train, parseLayers("16:relu:0.2")), c, d);
        t.run();
        return t.model().weights()[0].weight.data;
    };
    const auto a = train(7);
    CHECK(train(7) == a);
    CHECK(train(8) != a);
}

TEST_CASE("Schedules change the learning rate per epoch")
{
    DataSplit d = dataFor("builtin:blobs:samples=200");
    TrainConfig c = quickConfig(4);
    c.schedule = ScheduleKind::Step;
    c.stepEvery = 2;
    c.gamma = 0.5;
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("8:relu")), c, d);
    t.run();
    const History h = t.history();
    CHECK(h[0].learningRate == Approx(0.01));
    CHECK(h[1].learningRate == Approx(0.01));
    CHECK(h[2].learningRate == Approx(0.005));
    CHECK(h[3].learningRate == Approx(0.005));
    c.schedule = ScheduleKind::Cosine;
    Trainer cosine(NetworkSpec::forDataset(d.train, parseLayers("8:relu")), c, d);
    cosine.run();
    CHECK(cosine.history()[2].learningRate == Approx(0.005));
}

TEST_CASE("Snapshots carry losses, weights, confusion and predictions")
{
    DataSplit d = dataFor("builtin:spiral:samples=300");
    Recorder rec;
    TrainConfig c = quickConfig(2);
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("16:relu")), c, d);
    t.addObserver(&rec);
    t.run();
    REQUIRE(rec.epochs.size() == 2);
    const int64_t batchesPerEpoch = (d.train.size() + 31) / 32;
    CHECK(rec.batchCount() == static_cast<size_t>(2 * batchesPerEpoch)); // every batch's loss arrives
    const EpochSnapshot& e = rec.epochs.back();
    CHECK(e.confusion.total() == d.val.size());
    CHECK(e.predictions.predicted.size() == static_cast<size_t>(d.val.size()));
    CHECK(e.predictions.probabilities.size() == static_cast<size_t>(d.val.size() * 3));
    CHECK(e.weights.size() == 2);
    CHECK(e.metrics.valAccuracy == Approx(e.confusion.accuracy()));
    CHECK(rec.states.front().first == TrainerState::Running);
    CHECK(rec.states.back().first == TrainerState::Finished);
    CHECK_FALSE(rec.batches.front().weights.empty());
}

TEST_CASE("Pause, step one batch, change the learning rate, resume and stop from another thread")
{
    DataSplit d = dataFor("builtin:spiral:samples=3000");
    Recorder rec;
    TrainConfig c = quickConfig(1000);
    c.batchSize = 16;
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("32:relu")), c, d);
    t.addObserver(&rec);
    Worker worker(t);

    REQUIRE(waitFor([&] { return rec.batchCount() > 5; }));
    t.pause();
    REQUIRE(waitFor([&] { return t.state() == TrainerState::Paused; }));
    const size_t paused = rec.batchCount();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(rec.batchCount() == paused); // nothing trains while paused

    t.setLearningRate(0.002);
    t.step();
    REQUIRE(waitFor([&] { return rec.batchCount() == paused + 1; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    CHECK(rec.batchCount() == paused + 1); // exactly one batch
    CHECK(t.state() == TrainerState::Paused);
    {
        std::lock_guard<std::mutex> l(rec.mutex);
        CHECK(rec.batches.back().learningRate == Approx(0.002));
    }

    t.resume();
    REQUIRE(waitFor([&] { return rec.batchCount() > paused + 20; }));
    t.stop();
    worker.join();
    CHECK(t.state() == TrainerState::Stopped);
    CHECK(t.message() == "stopped by the user");
}

TEST_CASE("A diverging run pauses itself and keeps finite weights")
{
    DataSplit d = dataFor("builtin:sine:samples=400");
    for (auto& v : d.train.targets)
        v *= 1e18f;
    Recorder rec;
    TrainConfig c = quickConfig(3);
    c.optimizer = OptimizerKind::SGD;
    c.learningRate = 10;
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("16:relu")), c, d);
    t.addObserver(&rec);
    Worker worker(t);
    REQUIRE(waitFor([&] { return t.state() == TrainerState::Paused; }));
    // The exact wording: the app's ui/TrainerMessages recognises it to say it in the user's language.
    CHECK_THAT(t.message(), Catch::Matchers::Matches("the loss became (NaN|infinite) at epoch \\d+, batch \\d+; the last finite "
                                                     "weights were restored\\. Lower the learning rate \\(now .+\\) and resume\\."));
    for (const auto& layer : t.model().weights())
        for (float w : layer.weight.data)
            REQUIRE(std::isfinite(w));
    t.stop();
    worker.join();
    CHECK(t.state() == TrainerState::Stopped);
}

TEST_CASE("Early stopping keeps the best epoch's weights")
{
    DataSplit d = dataFor("builtin:sine:samples=200,noise=0.6", 0.5);
    TrainConfig c = quickConfig(400);
    c.learningRate = 0.02;
    c.patience = 5;
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("128:relu,128:relu")), c, d);
    t.run();
    const History h = t.history();
    REQUIRE(h.size() < 400);
    // The exact wording: the app's ui/TrainerMessages recognises it to say it in the user's language.
    CHECK_THAT(t.message(), Catch::Matchers::Matches("early stopping: no better validation loss for 5 epochs; kept the weights of epoch \\d+"));
    const Checkpoint ck = t.checkpoint();
    double best = 1e9;
    for (const auto& m : h)
        best = std::min(best, m.valMse);
    CHECK(h[static_cast<size_t>(ck.bestEpoch - 1)].valMse == Approx(best));
    // The kept model scores the best epoch's MSE, not the last one's.
    CHECK(evaluateModel(t.model(), d.val).metrics.valMse == Approx(best).epsilon(1e-4));
}

TEST_CASE("The closed-form linear model solves least squares in one step")
{
    Dataset ds;
    ds.task = TaskKind::Regression;
    ds.sampleShape = {2};
    ds.featureNames = {"a", "b"};
    for (int i = 0; i < 50; ++i) {
        const float a = static_cast<float>(i % 7), b = static_cast<float>(i % 5);
        ds.features.insert(ds.features.end(), {a, b});
        ds.targets.push_back(3 * a - 2 * b + 1);
    }
    DataSplit d = splitDataset(ds, SplitOptions{0.2, 0, 1, false});
    NetworkSpec spec = NetworkSpec::forDataset(d.train, {});
    spec.kind = ModelKind::ClosedFormLinear;
    Trainer t(spec, quickConfig(1), d);
    t.run();
    REQUIRE(t.state() == TrainerState::Finished);
    const auto w = t.model().weights();
    REQUIRE(w.size() == 1);
    CHECK(w[0].weight.data[0] == Approx(3).margin(1e-3));
    CHECK(w[0].weight.data[1] == Approx(-2).margin(1e-3));
    CHECK(w[0].bias[0] == Approx(1).margin(1e-3));
    CHECK(t.history().back().valMse < 1e-6);

    DataSplit blobs = dataFor("builtin:blobs:samples=300");
    NetworkSpec cls = NetworkSpec::forDataset(blobs.train, {});
    cls.kind = ModelKind::ClosedFormLinear;
    Trainer tc(cls, quickConfig(1), blobs);
    tc.run();
    CHECK(tc.history().back().valAccuracy > 0.95);
}

TEST_CASE("Settings that cannot work are refused before training")
{
    DataSplit d = dataFor("builtin:sine:samples=100");
    const NetworkSpec spec = NetworkSpec::forDataset(d.train, parseLayers("8:relu"));
    TrainConfig c = quickConfig(1);
    c.loss = LossKind::CrossEntropy;
    CHECK_THROWS_WITH(Trainer(spec, c, d), Contains("cross_entropy needs classes"));
    c = quickConfig(1);
    c.batchSize = 0;
    CHECK_THROWS_WITH(Trainer(spec, c, d), Contains("batch size"));
    c = quickConfig(1);
    c.device = "cuda:3";
    CHECK_THROWS_WITH(Trainer(spec, c, d), Contains("cuda:3"));
    NetworkSpec wrong = spec;
    wrong.inputShape = {5};
    CHECK_THROWS_WITH(Trainer(wrong, quickConfig(1), d), Contains("expects 5 inputs but the data has 1"));
}

TEST_CASE("A layer's activation changes between two steps and the weights stay")
{
    Recorder rec;
    Trainer t(NetworkSpec::forDataset(dataFor("builtin:xor").train, parseLayers("8:relu")), quickConfig(200), dataFor("builtin:xor"));
    t.addObserver(&rec);
    t.pause();
    std::thread worker([&] { t.run(); });
    REQUIRE(waitFor([&] { return t.state() == TrainerState::Paused; }));
    t.step();
    REQUIRE(waitFor([&] { return rec.batchCount() == 1; }));
    const Checkpoint before = t.checkpoint();
    CHECK(before.spec.hidden[0].activation == Activation::ReLU);

    t.setActivation(0, Activation::Tanh);
    CHECK_THROWS_AS(t.setActivation(3, Activation::Tanh), Error);
    REQUIRE(waitFor([&] { return t.checkpoint().spec.hidden[0].activation == Activation::Tanh; }));
    const Checkpoint after = t.checkpoint();
    CHECK(after.modelState == before.modelState); // no batch ran: same weights, new activation

    // The model now computes tanh: the same as a tanh network given those weights.
    NetworkSpec tanhSpec = before.spec;
    tanhSpec.hidden[0].activation = Activation::Tanh;
    Model reference(tanhSpec);
    reference.loadState(after.modelState);
    const std::vector<float> x = {0.3f, -0.7f};
    CHECK(t.model().forward(x.data(), 1) == reference.forward(x.data(), 1));
    Model relu(before.spec);
    relu.loadState(before.modelState);
    CHECK(t.model().forward(x.data(), 1) != relu.forward(x.data(), 1));

    t.step();
    REQUIRE(waitFor([&] { return rec.batchCount() == 2; }));
    t.stop();
    worker.join();
}

TEST_CASE("The speed limit trains at most the given batches per second, and can be lifted")
{
    Recorder rec;
    TrainConfig c = quickConfig(1000);
    c.batchesPerSecond = 20;
    Trainer t(NetworkSpec::forDataset(dataFor("builtin:xor").train, parseLayers("8:relu")), c, dataFor("builtin:xor"));
    t.addObserver(&rec);
    std::thread worker([&] { t.run(); });
    REQUIRE(waitFor([&] { return rec.batchCount() >= 1; }));
    const auto start = std::chrono::steady_clock::now();
    const size_t first = rec.batchCount();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const size_t limited = rec.batchCount() - first;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(limited <= static_cast<size_t>(20 * seconds + 3)); // snapshots lag at most a batch or two
    CHECK(limited >= 3);

    t.setBatchesPerSecond(0);
    REQUIRE(waitFor([&] { return rec.batchCount() > first + limited + 200; }));
    CHECK_THROWS_AS(t.setBatchesPerSecond(-1), Error);
    t.stop();
    worker.join();
}

TEST_CASE("CPU threads: one for LibTorch beside a BLAS with threads of its own, unless NB_CPU_THREADS says otherwise")
{
    const char* omp = std::getenv("OMP_NUM_THREADS");
    const std::string savedOmp = omp ? omp : "";
    unsetenv("OMP_NUM_THREADS");
    setenv("NB_CPU_THREADS", "2", 1);
    CpuThreading t = configureCpuThreads();
    CHECK(t.threads == 2);
    CHECK(cpuThreads() == 2);
    CHECK_THAT(t.why, Contains("NB_CPU_THREADS"));
    unsetenv("NB_CPU_THREADS");
    t = configureCpuThreads();
    if (t.blasThreads) { // Debian's LibTorch: OpenBLAS runs the matrix products
        CHECK(t.threads == 1);
        CHECK(cpuThreads() == 1);
        CHECK_THAT(t.why, Contains("BLAS"));
    } else {
        CHECK_THAT(t.why, Contains("MKL"));
    }
    // A bad value is ignored, not a crash.
    setenv("NB_CPU_THREADS", "many", 1);
    CHECK(configureCpuThreads().threads >= 1);
    unsetenv("NB_CPU_THREADS");
    if (omp)
        setenv("OMP_NUM_THREADS", savedOmp.c_str(), 1);
    configureCpuThreads();
}
