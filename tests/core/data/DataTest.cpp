#include "TestUtil.h"

#include "common/Error.h"
#include "data/Catalog.h"
#include "data/DataSource.h"
#include "data/Generators.h"
#include "data/Split.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <set>

using namespace nb;
using Catch::Matchers::Contains;

TEST_CASE("Every built-in generator is seeded and shaped as described")
{
    for (const auto& g : generators()) {
        CAPTURE(g.id);
        GeneratorParams p;
        p.samples = 300;
        const Dataset a = generate(g.id, p);
        const Dataset b = generate(g.id, p);
        p.seed = 2;
        const Dataset c = generate(g.id, p);
        CHECK(a.size() == 300);
        CHECK(a.features == b.features);
        CHECK(a.features != c.features);
        CHECK(a.task == g.task);
        CHECK(a.featureCount() == (g.id == "sine" ? 1 : 2));
        if (a.task == TaskKind::Classification) {
            for (int64_t n : a.classCounts())
                CHECK(n >= 300 / static_cast<int64_t>(a.classCount()) - 1);
        }
    }
    GeneratorParams five;
    five.arms = 5;
    CHECK(generate("spiral", five).classCount() == 5);
    CHECK_THROWS_WITH(generate("nope"), Contains("unknown built-in dataset") && Contains("spiral"));
    five.arms = 1;
    CHECK_THROWS_WITH(generate("spiral", five), Contains("arms"));
}

TEST_CASE("XOR labels follow the sign of x*y")
{
    GeneratorParams p;
    p.noise = 0.05;
    const Dataset ds = generate("xor", p);
    for (int64_t i = 0; i < ds.size(); ++i) {
        const float* x = ds.sample(i);
        CHECK(ds.targets[static_cast<size_t>(i)] == (x[0] * x[1] > 0 ? 1.0f : 0.0f));
    }
}

TEST_CASE("Stratified split keeps each class's share and is seeded")
{
    Dataset ds;
    ds.sampleShape = {1};
    ds.classNames = {"a", "b"};
    for (int i = 0; i < 100; ++i) {
        ds.features.push_back(static_cast<float>(i));
        ds.targets.push_back(i < 80 ? 0.0f : 1.0f);
    }
    SplitOptions o;
    o.valFraction = 0.25;
    const DataSplit s = splitDataset(ds, o);
    CHECK(s.train.size() == 75);
    CHECK(s.val.size() == 25);
    CHECK(s.val.classCounts() == std::vector<int64_t>{20, 5});
    std::set<float> all(s.train.features.begin(), s.train.features.end());
    all.insert(s.val.features.begin(), s.val.features.end());
    CHECK(all.size() == 100); // nothing lost or duplicated
    CHECK(splitDataset(ds, o).val.features == s.val.features);
    o.seed = 7;
    CHECK(splitDataset(ds, o).val.features != s.val.features);
    o.valFraction = 0.6;
    o.testFraction = 0.5;
    CHECK_THROWS_AS(splitDataset(ds, o), Error);
}

TEST_CASE("Standardization is fitted on the training part only")
{
    Dataset train;
    train.sampleShape = {2};
    train.features = {0, 5, 2, 5, 4, 5};
    train.targets = {0, 0, 0};
    const Scaler s = Scaler::fit(train);
    CHECK(s.mean[0] == Approx(2));
    CHECK(s.scale[0] == Approx(1 / std::sqrt(8.0 / 3.0)));
    CHECK(s.scale[1] == 1.0f); // a constant column is left unscaled
    Dataset val = train;
    val.features = {2, 5};
    val.targets = {0};
    s.apply(val);
    CHECK(val.features[0] == Approx(0));
    CHECK(val.features[1] == Approx(0));
}

TEST_CASE("Images are standardized with one mean and deviation")
{
    Dataset img;
    img.sampleShape = {1, 1, 2};
    img.features = {0, 1, 0, 1};
    img.targets = {0, 1};
    const Scaler s = Scaler::fit(img);
    CHECK(s.mean == std::vector<float>{0.5f, 0.5f});
    CHECK(s.scale[0] == Approx(2.0f));
    CHECK(s.scale[1] == Approx(2.0f));
}

TEST_CASE("Data specs load built-ins with parameters, CSV files and report bad specs")
{
    const LoadedData spiral = loadData("builtin:spiral:samples=90,arms=3,noise=0.1,seed=3");
    CHECK(spiral.data.size() == 90);
    CHECK(spiral.description.find("built-in") != std::string::npos);
    CHECK_THROWS_WITH(loadData("builtin:spiral:wings=3"), Contains("unknown parameter \"wings\""));
    CHECK_THROWS_WITH(loadData("builtin:spiral:arms"), Contains("key=value"));
    CHECK_THROWS_WITH(loadData("builtin:spiral:samples=1e300"), Contains("whole number"));
    CHECK_THROWS_WITH(loadData("what-is-this"), Contains("unknown dataset \"what-is-this\""));
    CHECK_THROWS_WITH(loadData("csv:/nonexistent/file.csv"), Contains("no such file"));

    TempDir dir;
    const std::string path = dir.write("t.csv", "a,b,y\n1,2,0.5\n2,3,1.5\n3,4,2.5\n4,5,3.5\n5,6,4.5\n");
    const LoadedData byTarget = loadData("csv:" + path + ":a");
    CHECK(byTarget.data.targetName == "a");
    const LoadedData plain = loadData(path);
    CHECK(plain.data.task == TaskKind::Regression);
    CHECK(plain.data.targetName == "y");

    const DataSplit split = prepareData(plain, PrepareOptions{0.2, 0, 1, std::nullopt});
    CHECK(split.train.size() == 4);
    CHECK(split.val.size() == 1);
    CHECK_FALSE(split.scaler.empty());
}

TEST_CASE("The catalog knows the datasets and looks in NEURALBOARD_DATA_DIR")
{
    REQUIRE(findCatalogEntry("mnist"));
    REQUIRE(findCatalogEntry("fashion-mnist"));
    REQUIRE(findCatalogEntry("wine-red"));
    CHECK(findCatalogEntry("wine-red")->task == TaskKind::Regression);
    CHECK(findCatalogEntry("fashion-mnist")->classes.size() == 10);
    for (const auto& e : catalog())
        for (const auto& f : e.files) {
            CHECK(f.sha256.size() == 64);
            CHECK(f.url.rfind("http", 0) == 0);
        }

    TempDir dir;
    std::filesystem::create_directories(dir.file("wine"));
    dir.write("wine/winequality-red.csv", "fixed acidity;alcohol;quality\n7,4;9,4;5\n7,8;9,8;5\n6,1;10,1;6\n");
    ::setenv("NEURALBOARD_DATA_DIR", ("/nonexistent:" + dir.path()).c_str(), 1);
    const auto where = locate(*findCatalogEntry("wine-red"));
    REQUIRE(where);
    CHECK(*where == dir.file("wine/winequality-red.csv"));
    const LoadedData wine = loadData("wine-red");
    CHECK(wine.data.task == TaskKind::Regression);
    CHECK(wine.data.targetName == "quality");
    CHECK(wine.data.features[0] == Approx(7.4f));
    const auto candidates = candidatePaths(*findCatalogEntry("mnist"));
    CHECK(candidates.front() == "/nonexistent/mnist");
    ::unsetenv("NEURALBOARD_DATA_DIR");
}

TEST_CASE("builtin specs are taken apart in one place")
{
    const BuiltinSpec b = parseBuiltinSpec("builtin:blobs:centers=4,noise=0.3,samples=200,seed=7");
    CHECK(b.id == "blobs");
    CHECK(b.params.centers == 4);
    CHECK(b.params.noise == Approx(0.3));
    CHECK(b.params.samples == 200);
    CHECK(b.params.seed == 7);
    CHECK(parseBuiltinSpec("spiral").params.noise < 0); // the generator's own default
    CHECK_THROWS_WITH(parseBuiltinSpec("builtin:spiral:colour=3"), Catch::Matchers::Contains("unknown parameter"));
    CHECK_THROWS_WITH(parseBuiltinSpec("builtin:spiral:arms=2.5"), Catch::Matchers::Contains("whole number"));
}
