#include "common/Error.h"
#include "data/DataSource.h"
#include "io/AtomicFile.h"
#include "io/Checkpoint.h"
#include "train/Trainer.h"
#include "TestUtil.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <fstream>
#include <future>
#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace nb;

TEST_CASE("1,000 random commands during training: no deadlock, no crash, a consistent end")
{
    DataSplit data = prepareData(loadData("builtin:spiral:samples=3000"), PrepareOptions{0.2, 0, 1, std::nullopt});
    TrainConfig c;
    c.epochs = 1000000; // only stop() ends a run
    c.batchSize = 16;
    c.learningRate = 0.01;
    c.device = "cpu";
    const NetworkSpec spec = NetworkSpec::forDataset(data.train, parseLayers("16:relu"));
    std::mt19937 rng(7);
    std::unique_ptr<Trainer> trainer;
    std::future<void> running;
    int starts = 0;
    auto start = [&] {
        trainer = std::make_unique<Trainer>(spec, c, data);
        Trainer* t = trainer.get();
        running = std::async(std::launch::async, [t] { t->run(); });
        ++starts;
    };
    // Bounded wait: a run that does not end within 10 s of stop() is a deadlock.
    auto stopAndJoin = [&] {
        trainer->stop();
        REQUIRE(running.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
        running.get();
        const TrainerState s = trainer->state();
        REQUIRE((s == TrainerState::Stopped || s == TrainerState::Finished));
    };
    start();
    for (int i = 0; i < 1000; ++i) {
        switch (rng() % 7) {
        case 0: trainer->pause(); break;
        case 1: trainer->resume(); break;
        case 2: trainer->step(); break;
        case 3: trainer->setLearningRate(0.001 + (rng() % 100) / 1000.0); break;
        case 4: (void)trainer->model(); break; // a copy while training runs
        case 5:
            if (rng() % 10 == 0) { // stop and start a new run, as a user pressing Stop then Train
                stopAndJoin();
                start();
            }
            break;
        default: (void)trainer->history(); break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 300));
    }
    stopAndJoin();
    CHECK(starts > 1);
    const History h = trainer->history();
    for (size_t i = 1; i < h.size(); ++i)
        CHECK(h[i].epoch == h[i - 1].epoch + 1);
    for (const auto& layer : trainer->model().weights())
        for (float w : layer.weight.data)
            REQUIRE(std::isfinite(w));
}

TEST_CASE("Killing a process in the middle of saving never damages the previous checkpoint")
{
    TempDir dir;
    DataSplit data = prepareData(loadData("builtin:moons:samples=200"), PrepareOptions{0.2, 0, 1, std::nullopt});
    TrainConfig c;
    c.epochs = 1;
    c.device = "cpu";
    Trainer t(NetworkSpec::forDataset(data.train, parseLayers("512:relu,512:relu")), c, data);
    t.run();
    Checkpoint ck = t.checkpoint(); // about 1 MB: a write takes a while
    const std::string path = dir.file("model.nbckpt");
    saveCheckpoint(path, ck);
    std::mt19937 rng(3);
    int killedMidway = 0;
    for (int round = 0; round < 25; ++round) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Save again and again until killed; only plain file work after fork.
            for (;;) {
                ck.datasetName = "round " + std::to_string(round);
                saveCheckpoint(path, ck);
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200 + rng() % 5000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        killedMidway += WIFSIGNALED(status);
        // Whatever the moment, the file is a whole checkpoint, the old or the new one.
        const Checkpoint back = loadCheckpoint(path);
        CHECK(back.spec == ck.spec);
        CHECK(back.modelState == ck.modelState);
    }
    CHECK(killedMidway == 25);
    // Temporary files of killed writers are left behind at worst, never the target.
    CHECK(readFile(path).size() > 1000);
}

TEST_CASE("A network too large for memory is reported, not a crash")
{
    std::ifstream overcommit("/proc/sys/vm/overcommit_memory");
    int mode = 0;
    overcommit >> mode;
    if (mode == 1) {
        WARN("skipped: with vm.overcommit_memory=1 the kernel would grant the allocation and kill the test later");
        return;
    }
    // 16M inputs x 65,536 units = 4 TB of weights: the allocation itself must fail cleanly.
    Dataset d;
    d.sampleShape = {int64_t{1} << 24};
    d.classNames = {"a", "b"};
    d.features.assign(size_t{1} << 24, 0.5f);
    d.targets = {0};
    DataSplit split;
    split.train = d;
    split.val = d;
    TrainConfig c;
    c.epochs = 1;
    c.device = "cpu";
    NetworkSpec spec = NetworkSpec::forDataset(d, {LayerSpec{65536, Activation::ReLU, 0.0, false}});
    try {
        Trainer t(spec, c, split);
        t.run();
        CHECK(t.state() == TrainerState::Failed);
        CHECK_THAT(t.message(), Catch::Matchers::Contains("memory"));
    } catch (const Error& e) {
        CHECK_THAT(e.what(), Catch::Matchers::Contains("out of memory"));
    }
}
