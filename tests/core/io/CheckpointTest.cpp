#include "TestUtil.h"

#include "common/Error.h"
#include "data/DataSource.h"
#include "io/AtomicFile.h"
#include "io/Checkpoint.h"
#include "io/PyTorchExport.h"
#include "io/Session.h"
#include "train/Trainer.h"

#include <catch2/catch.hpp>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

struct Trained {
    DataSplit data;
    std::unique_ptr<Trainer> trainer;
};

Trained trainSmall(int epochs = 3)
{
    Trained t;
    t.data = prepareData(loadData("builtin:moons:samples=200"), PrepareOptions{0.25, 0, 3, std::nullopt});
    TrainConfig c;
    c.epochs = epochs;
    c.batchSize = 16;
    c.device = "cpu";
    t.trainer = std::make_unique<Trainer>(NetworkSpec::forDataset(t.data.train, parseLayers("12:relu:0.1:bn,6:tanh")), c, t.data);
    t.trainer->run();
    return t;
}

} // namespace

TEST_CASE("A checkpoint round-trip gives identical predictions and keeps everything")
{
    TempDir dir;
    Trained t = trainSmall();
    Checkpoint ck = t.trainer->checkpoint();
    ck.datasetSpec = "builtin:moons:samples=200";
    saveCheckpoint(dir.file("m.nbckpt"), ck);
    const Checkpoint back = loadCheckpoint(dir.file("m.nbckpt"));
    CHECK(back.spec == ck.spec);
    CHECK(back.config.toJson() == ck.config.toJson());
    CHECK(back.scaler.mean == ck.scaler.mean);
    CHECK(back.classNames == ck.classNames);
    CHECK(back.datasetSpec == ck.datasetSpec);
    REQUIRE(back.history.size() == 3);
    CHECK(back.history[2].valLoss == Approx(ck.history[2].valLoss));

    Model restored(back.spec);
    restored.loadState(back.modelState);
    const Model original = t.trainer->model();
    const auto a = original.predict(t.data.val.features.data(), t.data.val.size());
    const auto b = restored.predict(t.data.val.features.data(), t.data.val.size());
    CHECK(a == b);

    // Continue training from it: the history goes on where it stopped.
    TrainConfig more = back.config;
    more.epochs = 2;
    Trainer resumed(back.spec, more, t.data);
    resumed.restore(back);
    resumed.run();
    const History h = resumed.history();
    REQUIRE(h.size() == 5);
    CHECK(h[3].epoch == 4);
}

TEST_CASE("Damaged and foreign checkpoints are errors, not crashes")
{
    TempDir dir;
    Trained t = trainSmall(1);
    saveCheckpoint(dir.file("ok.nbckpt"), t.trainer->checkpoint());
    const std::string good = readFile(dir.file("ok.nbckpt"));

    CHECK_THROWS_WITH(loadCheckpoint(dir.write("foreign", "PK\x03\x04 this is a zip")), Contains("not a NeuralBoard checkpoint"));
    CHECK_THROWS_WITH(loadCheckpoint(dir.write("empty", "")), Contains("not a NeuralBoard checkpoint"));
    CHECK_THROWS_WITH(loadCheckpoint(dir.write("short", good.substr(0, good.size() / 2))), Contains("truncated or damaged"));
    std::string flipped = good;
    flipped[flipped.size() - 10] ^= 0x55;
    CHECK_THROWS_WITH(loadCheckpoint(dir.write("flipped", flipped)), Contains("checksum mismatch"));
    std::string huge = good;
    huge[8] = '\xff', huge[15] = '\x7f';
    CHECK_THROWS_WITH(loadCheckpoint(dir.write("huge", huge)), Contains("truncated or damaged"));
    CHECK_THROWS_WITH(loadCheckpoint(dir.file("absent")), Contains("cannot open"));
}

TEST_CASE("Atomic writes replace the whole file and leave no temporary behind")
{
    TempDir dir;
    writeFileAtomically(dir.file("f.txt"), "first");
    writeFileAtomically(dir.file("f.txt"), "second version");
    CHECK(readFile(dir.file("f.txt")) == "second version");
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
        (void)e;
        ++files;
    }
    CHECK(files == 1);
    CHECK_THROWS_WITH(writeFileAtomically("/nonexistent-dir/x", "y"), Contains("cannot write"));
}

TEST_CASE("The Python export writes a state_dict and a matching model.py")
{
    TempDir dir;
    Trained t = trainSmall(1);
    const auto out = exportForPython(dir.file("export"), t.trainer->model(), t.data.scaler, t.data.train.classNames,
        t.data.train.featureNames, "moons");
    CHECK(std::filesystem::file_size(out.stateDictPath) > 100);
    const std::string py = readFile(out.modelPyPath);
    CHECK_THAT(py, Contains("nn.Linear(2, 12)") && Contains("nn.BatchNorm1d(12)") && Contains("nn.Dropout(0.1)")
            && Contains("nn.Tanh()") && Contains("nn.Linear(6, 2)") && Contains("CLASS_NAMES = [\"upper\",\"lower\"]"));
}

TEST_CASE("A session round-trips with its data source, settings and model, and damage is refused")
{
    TempDir dir;
    Trained t = trainSmall(2);
    Session s;
    s.dataSpec = "csv:/data/vinhos.csv:qualidade";
    s.csv.target = "qualidade";
    s.csv.delimiter = ';';
    s.csv.decimal = ',';
    s.csv.task = TaskKind::Regression;
    s.csv.dropMissing = true;
    s.valFraction = 0.25;
    s.standardize = false;
    s.network = t.trainer->checkpoint().spec;
    s.config.learningRate = 0.02;
    s.config.epochs = 7;
    s.model = t.trainer->checkpoint();
    s.view = "confusion";
    saveSession(dir.file("a.nbsession"), s);
    const Session back = loadSession(dir.file("a.nbsession"));
    CHECK(back.dataSpec == s.dataSpec);
    CHECK(back.csv.target == "qualidade");
    CHECK(back.csv.delimiter == ';');
    CHECK(back.csv.decimal == ',');
    CHECK(back.csv.task == TaskKind::Regression);
    CHECK(back.csv.dropMissing);
    CHECK(back.valFraction == Approx(0.25));
    CHECK(back.standardize == false);
    CHECK(back.network == s.network);
    CHECK(back.config.toJson() == s.config.toJson());
    REQUIRE(back.model);
    CHECK(back.model->modelState == s.model->modelState);
    CHECK(back.view == "confusion");

    Session empty;
    empty.dataSpec = "builtin:xor";
    empty.network = s.network;
    saveSession(dir.file("b.nbsession"), empty);
    CHECK_FALSE(loadSession(dir.file("b.nbsession")).model);

    const std::string good = readFile(dir.file("a.nbsession"));
    CHECK_THROWS_WITH(loadSession(dir.write("x", good.substr(0, 100))), Contains("truncated or damaged"));
    std::string flipped = good;
    flipped[good.size() / 2] ^= 1;
    CHECK_THROWS_WITH(loadSession(dir.write("y", flipped)), Contains("checksum mismatch"));
    CHECK_THROWS_WITH(loadSession(dir.write("z", "NBCKPT01 not a session")), Contains("not a NeuralBoard session"));
}
