#include "data/Generators.h"

#include "common/Error.h"

#include <cmath>
#include <random>

namespace nb {
namespace {

constexpr double kPi = 3.14159265358979323846;

// A portable normal variate (Box-Muller): std::normal_distribution differs between libraries,
// and built-in datasets should be the same everywhere for the same seed.
struct Rng {
    std::mt19937_64 engine;
    explicit Rng(uint64_t seed) : engine(seed) {}
    double uniform() { return static_cast<double>(engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
};

Dataset makeTable(const std::string& name, int features, TaskKind task, std::vector<std::string> classes)
{
    Dataset ds;
    ds.name = name;
    ds.task = task;
    ds.sampleShape = {features};
    ds.classNames = std::move(classes);
    ds.targetName = task == TaskKind::Classification ? "class" : "y";
    for (int f = 0; f < features; ++f)
        ds.featureNames.push_back(features == 1 ? "x" : "x" + std::to_string(f + 1));
    return ds;
}

void add(Dataset& ds, std::initializer_list<double> x, double y)
{
    for (double v : x)
        ds.features.push_back(static_cast<float>(v));
    ds.targets.push_back(static_cast<float>(y));
}

std::vector<std::string> numbered(int k)
{
    std::vector<std::string> names;
    for (int i = 0; i < k; ++i)
        names.push_back("class " + std::to_string(i));
    return names;
}

} // namespace

const std::vector<GeneratorInfo>& generators()
{
    static const std::vector<GeneratorInfo> list = {
        {"spiral", "Spiral", "Interleaved spiral arms, one class per arm: needs a hidden layer", 0.2, TaskKind::Classification},
        {"moons", "Two moons", "Two interleaving half circles", 0.1, TaskKind::Classification},
        {"circles", "Circles", "A ring around a disc: not linearly separable", 0.05, TaskKind::Classification},
        {"xor", "XOR", "Four clusters labelled by the sign of x*y: the perceptron's classic failure", 0.2, TaskKind::Classification},
        {"blobs", "Gaussian blobs", "Round clusters, one class each: linearly separable", 1.0, TaskKind::Classification},
        {"sine", "Noisy sine (1-D)", "y = sin(2 pi x) + noise, for the bias-variance lesson", 0.2, TaskKind::Regression},
    };
    return list;
}

Dataset generate(const std::string& id, const GeneratorParams& p)
{
    const GeneratorInfo* info = nullptr;
    for (const auto& g : generators())
        if (g.id == id)
            info = &g;
    if (!info) {
        std::string names;
        for (const auto& g : generators())
            names += (names.empty() ? "" : ", ") + g.id;
        throw Error("unknown built-in dataset \"" + id + "\" (available: " + names + ")");
    }
    if (p.samples < 4 || p.samples > 10'000'000)
        throw Error("built-in dataset \"" + id + "\": samples must be between 4 and 10000000");
    const double noise = p.noise < 0 ? info->defaultNoise : p.noise;
    Rng rng(p.seed);
    const int n = p.samples;

    if (id == "spiral") {
        if (p.arms < 2 || p.arms > 20)
            throw Error("spiral: arms must be between 2 and 20");
        Dataset ds = makeTable("Spiral", 2, TaskKind::Classification, numbered(p.arms));
        for (int i = 0; i < n; ++i) {
            const int arm = i % p.arms;
            const double r = static_cast<double>(i / p.arms) / std::max(1, n / p.arms - 1);
            const double t = arm * 2.0 * kPi / p.arms + r * 4.0 + rng.normal() * noise;
            add(ds, {r * std::sin(t), r * std::cos(t)}, arm);
        }
        return ds;
    }
    if (id == "moons") {
        Dataset ds = makeTable("Two moons", 2, TaskKind::Classification, {"upper", "lower"});
        for (int i = 0; i < n; ++i) {
            const int k = i % 2;
            const double t = rng.uniform(0, kPi);
            const double x = k == 0 ? std::cos(t) : 1.0 - std::cos(t);
            const double y = k == 0 ? std::sin(t) : 0.5 - std::sin(t);
            add(ds, {x + rng.normal() * noise, y + rng.normal() * noise}, k);
        }
        return ds;
    }
    if (id == "circles") {
        Dataset ds = makeTable("Circles", 2, TaskKind::Classification, {"outer", "inner"});
        for (int i = 0; i < n; ++i) {
            const int k = i % 2;
            const double t = rng.uniform(0, 2 * kPi);
            const double r = k == 0 ? 1.0 : 0.5;
            add(ds, {r * std::cos(t) + rng.normal() * noise, r * std::sin(t) + rng.normal() * noise}, k);
        }
        return ds;
    }
    if (id == "xor") {
        Dataset ds = makeTable("XOR", 2, TaskKind::Classification, {"x*y < 0", "x*y > 0"});
        for (int i = 0; i < n; ++i) {
            const double sx = (i & 1) ? 1.0 : -1.0;
            const double sy = (i & 2) ? 1.0 : -1.0;
            add(ds, {sx + rng.normal() * noise, sy + rng.normal() * noise}, sx * sy > 0 ? 1 : 0);
        }
        return ds;
    }
    if (id == "blobs") {
        if (p.centers < 2 || p.centers > 20)
            throw Error("blobs: centers must be between 2 and 20");
        Dataset ds = makeTable("Gaussian blobs", 2, TaskKind::Classification, numbered(p.centers));
        std::vector<std::pair<double, double>> centres;
        for (int k = 0; k < p.centers; ++k) {
            const double a = 2 * kPi * k / p.centers;
            centres.emplace_back(5 * std::cos(a), 5 * std::sin(a));
        }
        for (int i = 0; i < n; ++i) {
            const int k = i % p.centers;
            add(ds, {centres[static_cast<size_t>(k)].first + rng.normal() * noise,
                        centres[static_cast<size_t>(k)].second + rng.normal() * noise}, k);
        }
        return ds;
    }
    // sine
    Dataset ds = makeTable("Noisy sine", 1, TaskKind::Regression, {});
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(-1, 1);
        add(ds, {x}, std::sin(2 * kPi * x) + rng.normal() * noise);
    }
    return ds;
}

} // namespace nb
