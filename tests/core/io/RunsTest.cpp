#include "TestUtil.h"
#include "common/Error.h"
#include "data/DataSource.h"
#include "io/History.h"
#include "io/Runs.h"
#include "train/Trainer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

std::string slurp(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

int lineCount(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

// Trains builtin:blobs for some epochs with a recorder on a run; returns the recorded run.
RunRecord recordRun(const RunStore& store, const std::string& name, int epochs, double dropout)
{
    const LoadedData data = loadData("builtin:blobs");
    DataSplit split = prepareData(data, PrepareOptions{0.2, 0, 42, std::nullopt});
    NetworkSpec spec = NetworkSpec::forDataset(split.train, {LayerSpec{16, Activation::ReLU, dropout, false}});
    TrainConfig config;
    config.epochs = epochs;
    config.batchSize = 32;
    config.learningRate = 0.01;
    config.device = "cpu";
    Trainer trainer(spec, config, std::move(split));
    RunRecorder recorder(store, store.create(name, data.spec, data.data.name, spec, config), [&] { return trainer.checkpoint(); });
    trainer.addObserver(&recorder);
    trainer.run();
    const Checkpoint final = trainer.checkpoint();
    recorder.finish(trainer.state(), trainer.message(), &final);
    REQUIRE(recorder.problem().empty());
    return recorder.run();
}

} // namespace

TEST_CASE("a training run is recorded in its own folder: settings, network, metrics, best and final checkpoints", "[runs]")
{
    TempDir dir;
    const RunStore store(dir.file("runs"));
    const RunRecord run = recordRun(store, "blobs, no dropout", 4, 0.0);

    CHECK(run.status == "finished");
    REQUIRE(run.history.size() == 4);
    CHECK(run.bestEpoch >= 1);
    CHECK(run.id.find("blobs-no-dropout") != std::string::npos);
    const std::string csv = slurp(run.folder + "/metrics.csv");
    CHECK(lineCount(csv) == 5); // header + 4 epochs
    CHECK_THAT(csv, Contains("val_accuracy"));
    CHECK(NetworkSpec::fromJson(slurp(run.folder + "/network.json")) == run.network);

    const Checkpoint best = loadCheckpoint(run.checkpointPath("best"));
    const Checkpoint final = loadCheckpoint(run.checkpointPath("final"));
    CHECK(best.datasetSpec == "builtin:blobs");
    CHECK(static_cast<int>(best.history.size()) == run.bestEpoch); // taken when that epoch was the best
    CHECK(final.history.size() == 4);

    // Read back from disk, the record is the same.
    const RunRecord again = store.load(run.id);
    CHECK(again.name == "blobs, no dropout");
    CHECK(again.history.size() == 4);
    CHECK(again.history[2].valLoss == Approx(run.history[2].valLoss));
    CHECK(again.bestValAccuracy() == Approx(run.bestValAccuracy()));
    CHECK(std::isfinite(again.bestValLoss()));
}

TEST_CASE("runs are listed, renamed and deleted; damaged folders are skipped with a message", "[runs]")
{
    TempDir dir;
    const RunStore store(dir.file("runs"));
    CHECK(store.list().empty());
    const RunRecord a = recordRun(store, "without dropout", 2, 0.0);
    const RunRecord b = recordRun(store, "with dropout", 2, 0.3);
    CHECK(a.id != b.id);
    REQUIRE(store.list().size() == 2);
    CHECK(store.list()[1].network.hidden[0].dropout == Approx(0.3));

    store.rename(a.id, "baseline");
    CHECK(store.load(a.id).name == "baseline");
    CHECK_THROWS_AS(store.rename(a.id, ""), Error);

    std::ofstream(b.folder + "/run.json") << "{ not json";
    std::vector<std::string> problems;
    const auto listed = store.list(&problems);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].name == "baseline");
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Contains("run.json"));

    store.remove(b.id);
    CHECK_FALSE(std::filesystem::exists(b.folder));
    CHECK_THROWS_WITH(store.remove("../etc"), Contains("not a run"));
    CHECK_THROWS_WITH(store.load("nothing-here"), Contains("no run.json"));
}

TEST_CASE("metrics history round-trips through JSON and writes CSV with empty cells for missing values", "[runs]")
{
    History h(2);
    h[0].epoch = 1;
    h[0].trainLoss = 0.5;
    h[0].valAccuracy = 0.75;
    h[1].epoch = 2;
    h[1].trainLoss = 0.25;
    const History back = historyFromJson(historyToJson(h), "test");
    REQUIRE(back.size() == 2);
    CHECK(back[0].valAccuracy == 0.75);
    CHECK(std::isnan(back[1].valAccuracy));
    const std::string csv = historyToCsv(h, TaskKind::Regression);
    CHECK_THAT(csv, Contains("epoch,seconds,train_loss,val_loss,val_mse"));
    CHECK_THAT(csv, Contains("\n2,0,0.25,,,,,\n"));
    CHECK_THROWS_WITH(historyFromJson("{\"a\":1}", "x.json"), Contains("x.json"));
}
