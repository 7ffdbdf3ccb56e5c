#include "data/DataSource.h"
#include "metrics/Insights.h"
#include "train/Trainer.h"

#include <catch2/catch.hpp>

#include <memory>
#include <utility>

#include <set>

using namespace nb;

TEST_CASE("Row normalisation turns each actual class into shares")
{
    ConfusionMatrix cm(3);
    cm.add(0, 0, 3), cm.add(0, 2, 1), cm.add(1, 1, 5);
    const auto r = rowNormalized(cm);
    CHECK(r == std::vector<double>{0.75, 0, 0.25, 0, 1, 0, 0, 0, 0});
}

TEST_CASE("A confusion cell's gallery holds exactly its samples, in the stated order")
{
    ValidationPredictions p;
    // sample:        0    1    2    3    4    5
    p.targets = {4, 4, 9, 4, 4, 4};
    p.predicted = {9, 4, 9, 9, 9, 4};
    p.probabilities.assign(6 * 10, 0.0f);
    const float prob9[] = {0.6f, 0, 0, 0.95f, 0.7f, 0};
    for (int i = 0; i < 6; ++i)
        p.probabilities[static_cast<size_t>(i * 10 + p.predicted[static_cast<size_t>(i)])] = p.predicted[static_cast<size_t>(i)] == 9 ? prob9[i] : (i == 1 ? 0.9f : 0.55f);
    const auto mistakes = confusionCell(p, 10, 4, 9);
    REQUIRE(mistakes.size() == 3);
    CHECK(mistakes[0].index == 3); // most confident mistake first
    CHECK(mistakes[1].index == 4);
    CHECK(mistakes[2].index == 0);
    CHECK(mistakes[0].probability == Approx(0.95f));
    const auto right = confusionCell(p, 10, 4, 4);
    REQUIRE(right.size() == 2);
    CHECK(right[0].index == 5); // least confident right answer first
    CHECK(right[1].index == 1);
    CHECK(confusionCell(p, 10, 9, 4).empty());
}

TEST_CASE("The decision grid has the asked shape, real classes, and follows the data")
{
    const LoadedData loaded = loadData("builtin:blobs:samples=300,noise=0.5");
    DataSplit d = prepareData(loaded, PrepareOptions{0.2, 0, 1, std::nullopt});
    TrainConfig c;
    c.epochs = 10;
    c.learningRate = 0.01;
    c.device = "cpu";
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("16:relu")), c, d);
    t.run();
    const Model m = t.model();
    const Bounds b = featureBounds(loaded.data);
    const DecisionGrid g = decisionGrid(m, d.scaler, b.xMin, b.xMax, b.yMin, b.yMax, 40, 30);
    REQUIRE(g.classes.size() == 40u * 30u);
    std::set<int> seen(g.classes.begin(), g.classes.end());
    CHECK(seen == std::set<int>{0, 1, 2});
    // The cell holding each blob's centre carries that blob's class (centres at 5 (cos, sin) of 0, 120, 240 degrees).
    const double cx[] = {5, -2.5, -2.5}, cy[] = {0, 4.33, -4.33};
    for (int k = 0; k < 3; ++k) {
        const int col = static_cast<int>((cx[k] - g.xMin) / (g.xMax - g.xMin) * g.columns);
        const int row = static_cast<int>((cy[k] - g.yMin) / (g.yMax - g.yMin) * g.rows);
        CHECK(g.classes[static_cast<size_t>(row * g.columns + col)] == k);
    }
}

namespace {

// Regression y = wa * a + wb * b on a grid of two inputs, learned by a small tanh network.
std::pair<std::unique_ptr<Trainer>, DataSplit> trainOnTwoInputs(float wa, float wb)
{
    Dataset ds;
    ds.task = TaskKind::Regression;
    ds.sampleShape = {2};
    ds.featureNames = {"a", "b"};
    for (int i = 0; i < 400; ++i) {
        const float a = static_cast<float>((i * 37) % 100) / 50.0f - 1, b = static_cast<float>((i * 61) % 100) / 50.0f - 1;
        ds.features.insert(ds.features.end(), {a, b});
        ds.targets.push_back(wa * a + wb * b);
    }
    DataSplit d = splitDataset(ds, SplitOptions{0.25, 0, 1, false});
    TrainConfig c;
    c.epochs = 30;
    c.learningRate = 0.01;
    c.device = "cpu";
    auto t = std::make_unique<Trainer>(NetworkSpec::forDataset(d.train, parseLayers("16:tanh")), c, d);
    t->run();
    return {std::move(t), std::move(d)};
}

} // namespace

TEST_CASE("Permutation importance finds the feature that matters")
{
    // y = 3 * a; b is noise.
    auto [t, d] = trainOnTwoInputs(3, 0);
    const auto imp = permutationImportance(t->model(), d.val);
    REQUIRE(imp.size() == 2);
    CHECK(imp[0] > 1.0);
    CHECK(std::abs(imp[1]) < 0.2 * imp[0]);
}

TEST_CASE("A 1-D regression curve follows the fitted function")
{
    const LoadedData loaded = loadData("builtin:sine:samples=400,noise=0.05");
    DataSplit d = prepareData(loaded, PrepareOptions{0.2, 0, 1, std::nullopt});
    TrainConfig c;
    c.epochs = 150;
    c.learningRate = 0.01;
    c.batchSize = 32;
    c.device = "cpu";
    Trainer t(NetworkSpec::forDataset(d.train, parseLayers("32:tanh,32:tanh")), c, d);
    t.run();
    const auto ys = curve1D(t.model(), d.scaler, {-0.75f, -0.25f, 0.25f, 0.75f});
    REQUIRE(ys.size() == 4);
    CHECK(ys[0] == Approx(1.0).margin(0.25)); // sin(2 pi x) at -0.75
    CHECK(ys[1] == Approx(-1.0).margin(0.25));
    CHECK(ys[2] == Approx(1.0).margin(0.25));
    CHECK(ys[3] == Approx(-1.0).margin(0.25));
}

TEST_CASE("Histograms, errors per target and rounded regression classes")
{
    CHECK(histogram({-1.0f, -0.2f, 0.1f, 0.6f, 5.0f}, -1, 1, 4) == std::vector<int64_t>{1, 1, 1, 2});
    ValidationPredictions p;
    p.targets = {5, 6, 5, 7, 6};
    p.values = {5.4f, 5.2f, 4.4f, 6.6f, 6.0f};
    const ErrorsByTarget e = errorsByTarget(p);
    CHECK(e.targets == std::vector<int>{5, 6, 7});
    REQUIRE(e.errors.size() == 3);
    CHECK(e.errors[0].size() == 2);
    CHECK(e.errors[1][0] == Approx(-0.8f));
    std::vector<std::string> names;
    ValidationPredictions classes;
    const ConfusionMatrix cm = roundedConfusion(p, names, classes);
    CHECK(names == std::vector<std::string>{"5", "6", "7"});
    // actual 5 -> 5 and 4 (clamped to 5); 6 -> 5 and 6; 7 -> 7.
    CHECK(cm.count(0, 0) == 2);
    CHECK(cm.count(1, 0) == 1);
    CHECK(cm.count(1, 1) == 1);
    CHECK(cm.count(2, 2) == 1);
    CHECK(classes.predicted.size() == 5);
}

TEST_CASE("Input gradients point at the input that drives the output")
{
    auto [t, d] = trainOnTwoInputs(4, 0.1f);
    const auto g = t->model().meanAbsInputGradient(d.val.features.data(), d.val.size());
    REQUIRE(g.size() == 2);
    CHECK(g[0] > 10 * g[1]);
}
