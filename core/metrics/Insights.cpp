#include "metrics/Insights.h"

#include "common/Error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace nb {

std::vector<double> rowNormalized(const ConfusionMatrix& cm)
{
    const int k = cm.classes();
    std::vector<double> out(static_cast<size_t>(k) * static_cast<size_t>(k), 0.0);
    for (int a = 0; a < k; ++a) {
        const int64_t support = cm.support(a);
        for (int p = 0; p < k && support > 0; ++p)
            out[static_cast<size_t>(a * k + p)] = static_cast<double>(cm.count(a, p)) / static_cast<double>(support);
    }
    return out;
}

std::vector<GalleryItem> confusionCell(const ValidationPredictions& p, int classes, int actual, int predicted)
{
    std::vector<GalleryItem> out;
    for (size_t i = 0; i < p.predicted.size() && i < p.targets.size(); ++i) {
        if (static_cast<int>(p.targets[i]) != actual || p.predicted[i] != predicted)
            continue;
        const size_t at = i * static_cast<size_t>(classes) + static_cast<size_t>(predicted);
        const float prob = at < p.probabilities.size() ? p.probabilities[at] : 0.0f;
        out.push_back({static_cast<int64_t>(i), actual, predicted, prob});
    }
    const bool diagonal = actual == predicted;
    std::stable_sort(out.begin(), out.end(), [diagonal](const GalleryItem& a, const GalleryItem& b) {
        return diagonal ? a.probability < b.probability : a.probability > b.probability;
    });
    return out;
}

DecisionGrid decisionGrid(const Model& model, const Scaler& scaler, double xMin, double xMax, double yMin, double yMax,
    int columns, int rows)
{
    if (model.spec().inputSize() != 2 || model.spec().task != TaskKind::Classification)
        throw Error("decision regions need a classifier of two features");
    DecisionGrid g;
    g.columns = columns, g.rows = rows;
    g.xMin = xMin, g.xMax = xMax, g.yMin = yMin, g.yMax = yMax;
    std::vector<float> points;
    points.reserve(static_cast<size_t>(columns) * static_cast<size_t>(rows) * 2);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            float xy[2] = {static_cast<float>(xMin + (xMax - xMin) * (c + 0.5) / columns),
                static_cast<float>(yMin + (yMax - yMin) * (r + 0.5) / rows)};
            scaler.apply(xy, 2);
            points.insert(points.end(), xy, xy + 2);
        }
    const int64_t n = static_cast<int64_t>(columns) * rows;
    const auto probs = model.predict(points.data(), n);
    const auto k = static_cast<size_t>(model.spec().outputs);
    g.classes.resize(static_cast<size_t>(n));
    g.confidence.resize(static_cast<size_t>(n));
    for (size_t i = 0; i < static_cast<size_t>(n); ++i) {
        const float* p = probs.data() + i * k;
        const auto best = static_cast<size_t>(std::max_element(p, p + k) - p);
        g.classes[i] = static_cast<int>(best);
        g.confidence[i] = p[best];
    }
    return g;
}

std::vector<float> curve1D(const Model& model, const Scaler& scaler, const std::vector<float>& xs)
{
    std::vector<float> x = xs;
    for (auto& v : x)
        scaler.apply(&v, 1);
    return model.predict(x.data(), static_cast<int64_t>(x.size()));
}

namespace {

double score(const Model& model, const std::vector<float>& features, const Dataset& d)
{
    const auto out = model.predict(features.data(), d.size());
    const auto k = static_cast<size_t>(model.spec().outputs);
    double s = 0;
    for (size_t i = 0; i < static_cast<size_t>(d.size()); ++i) {
        if (model.spec().task == TaskKind::Classification) {
            const float* p = out.data() + i * k;
            s += static_cast<float>(std::max_element(p, p + k) - p) == d.targets[i] ? 1.0 : 0.0;
        } else {
            const double e = out[i] - d.targets[i];
            s -= e * e;
        }
    }
    return s / static_cast<double>(std::max<int64_t>(1, d.size()));
}

} // namespace

std::vector<double> permutationImportance(const Model& model, const Dataset& validation, int repeats, uint64_t seed)
{
    const int64_t f = validation.featureCount(), n = validation.size();
    std::vector<double> out(static_cast<size_t>(f), 0.0);
    if (n < 2)
        return out;
    const double base = score(model, validation.features, validation);
    std::mt19937_64 rng(seed);
    std::vector<float> shuffled = validation.features;
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t j = 0; j < f; ++j) {
        double drop = 0;
        for (int r = 0; r < repeats; ++r) {
            for (int64_t i = 0; i < n; ++i)
                order[static_cast<size_t>(i)] = i;
            for (size_t i = order.size(); i > 1; --i)
                std::swap(order[i - 1], order[static_cast<size_t>(rng() % i)]);
            for (int64_t i = 0; i < n; ++i)
                shuffled[static_cast<size_t>(i * f + j)] = validation.features[static_cast<size_t>(order[static_cast<size_t>(i)] * f + j)];
            drop += base - score(model, shuffled, validation);
        }
        for (int64_t i = 0; i < n; ++i) // put the column back
            shuffled[static_cast<size_t>(i * f + j)] = validation.features[static_cast<size_t>(i * f + j)];
        out[static_cast<size_t>(j)] = drop / repeats;
    }
    return out;
}

std::vector<int64_t> histogram(const std::vector<float>& values, double lo, double hi, int bins)
{
    std::vector<int64_t> out(static_cast<size_t>(std::max(1, bins)), 0);
    const double width = hi > lo ? (hi - lo) / static_cast<double>(out.size()) : 1.0;
    for (float v : values) {
        if (!std::isfinite(v))
            continue;
        const auto b = static_cast<int64_t>(std::floor((v - lo) / width));
        ++out[static_cast<size_t>(std::clamp<int64_t>(b, 0, static_cast<int64_t>(out.size()) - 1))];
    }
    return out;
}

ErrorsByTarget errorsByTarget(const ValidationPredictions& p)
{
    std::map<int, std::vector<float>> groups;
    for (size_t i = 0; i < p.values.size() && i < p.targets.size(); ++i)
        groups[static_cast<int>(std::lround(p.targets[i]))].push_back(p.values[i] - p.targets[i]);
    ErrorsByTarget out;
    for (auto& [t, e] : groups) {
        out.targets.push_back(t);
        out.errors.push_back(std::move(e));
    }
    return out;
}

ConfusionMatrix roundedConfusion(const ValidationPredictions& p, std::vector<std::string>& classNames, ValidationPredictions& asClasses)
{
    classNames.clear();
    asClasses = ValidationPredictions();
    if (p.targets.empty())
        return ConfusionMatrix();
    long lo = std::lround(p.targets[0]), hi = lo;
    for (float t : p.targets)
        lo = std::min(lo, std::lround(t)), hi = std::max(hi, std::lround(t));
    const int k = static_cast<int>(std::min<long>(hi - lo + 1, 100));
    for (int c = 0; c < k; ++c)
        classNames.push_back(std::to_string(lo + c));
    ConfusionMatrix cm(k);
    for (size_t i = 0; i < p.targets.size() && i < p.values.size(); ++i) {
        const int a = static_cast<int>(std::clamp<long>(std::lround(p.targets[i]) - lo, 0, k - 1));
        const int q = static_cast<int>(std::clamp<long>(std::lround(p.values[i]) - lo, 0, k - 1));
        cm.add(a, q);
        asClasses.targets.push_back(static_cast<float>(a));
        asClasses.predicted.push_back(q);
    }
    return cm;
}

Bounds featureBounds(const Dataset& data, double margin)
{
    Bounds b{0, 1, 0, 1};
    if (data.size() == 0 || data.featureCount() < 2)
        return b;
    b = {1e300, -1e300, 1e300, -1e300};
    for (int64_t i = 0; i < data.size(); ++i) {
        const float* x = data.sample(i);
        b.xMin = std::min<double>(b.xMin, x[0]), b.xMax = std::max<double>(b.xMax, x[0]);
        b.yMin = std::min<double>(b.yMin, x[1]), b.yMax = std::max<double>(b.yMax, x[1]);
    }
    const double mx = (b.xMax - b.xMin) * margin + 1e-6, my = (b.yMax - b.yMin) * margin + 1e-6;
    return {b.xMin - mx, b.xMax + mx, b.yMin - my, b.yMax + my};
}

} // namespace nb
