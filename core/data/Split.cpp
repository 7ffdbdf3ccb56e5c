#include "data/Split.h"

#include "common/Error.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace nb {

Scaler Scaler::fit(const Dataset& train)
{
    const int64_t f = train.featureCount();
    const int64_t n = train.size();
    Scaler s;
    std::vector<double> sum(static_cast<size_t>(f), 0.0), sq(static_cast<size_t>(f), 0.0);
    for (int64_t i = 0; i < n; ++i) {
        const float* x = train.sample(i);
        for (int64_t j = 0; j < f; ++j) {
            sum[static_cast<size_t>(j)] += x[j];
            sq[static_cast<size_t>(j)] += static_cast<double>(x[j]) * x[j];
        }
    }
    s.mean.resize(static_cast<size_t>(f));
    s.scale.resize(static_cast<size_t>(f));
    if (train.isImage()) {
        double total = 0, totalSq = 0;
        for (size_t j = 0; j < static_cast<size_t>(f); ++j)
            total += sum[j], totalSq += sq[j];
        const double count = static_cast<double>(n) * static_cast<double>(f);
        const double m = count > 0 ? total / count : 0.0;
        const double sd = count > 0 ? std::sqrt(std::max(0.0, totalSq / count - m * m)) : 0.0;
        std::fill(s.mean.begin(), s.mean.end(), static_cast<float>(m));
        std::fill(s.scale.begin(), s.scale.end(), sd > 1e-8 ? static_cast<float>(1.0 / sd) : 1.0f);
        return s;
    }
    for (size_t j = 0; j < static_cast<size_t>(f); ++j) {
        const double m = n ? sum[j] / static_cast<double>(n) : 0.0;
        const double var = n ? std::max(0.0, sq[j] / static_cast<double>(n) - m * m) : 0.0;
        const double sd = std::sqrt(var);
        s.mean[j] = static_cast<float>(m);
        s.scale[j] = sd > 1e-8 ? static_cast<float>(1.0 / sd) : 1.0f;
    }
    return s;
}

void Scaler::apply(float* sample, int64_t count) const
{
    for (int64_t j = 0; j < count && static_cast<size_t>(j) < mean.size(); ++j)
        sample[j] = (sample[j] - mean[static_cast<size_t>(j)]) * scale[static_cast<size_t>(j)];
}

void Scaler::apply(Dataset& ds) const
{
    if (empty())
        return;
    const int64_t f = ds.featureCount();
    if (static_cast<size_t>(f) != mean.size())
        throw Error("the scaler was fitted on " + std::to_string(mean.size()) + " features but the data has " + std::to_string(f));
    for (int64_t i = 0; i < ds.size(); ++i)
        apply(ds.features.data() + i * f, f);
}

DataSplit splitDataset(const Dataset& ds, const SplitOptions& o)
{
    if (o.valFraction < 0 || o.testFraction < 0 || o.valFraction + o.testFraction >= 1.0)
        throw Error("the validation and test fractions must be non-negative and leave some data for training");
    std::mt19937_64 rng(o.seed);
    std::vector<std::vector<int64_t>> groups;
    if (ds.task == TaskKind::Classification && o.stratify) {
        groups.resize(std::max<size_t>(1, ds.classNames.size()));
        for (int64_t i = 0; i < ds.size(); ++i)
            groups[std::min(groups.size() - 1, static_cast<size_t>(ds.targets[static_cast<size_t>(i)]))].push_back(i);
    } else {
        groups.resize(1);
        for (int64_t i = 0; i < ds.size(); ++i)
            groups[0].push_back(i);
    }
    std::vector<int64_t> train, val, test;
    for (auto& g : groups) {
        // Fisher-Yates with our own engine calls: the same split on every platform.
        for (size_t i = g.size(); i > 1; --i)
            std::swap(g[i - 1], g[static_cast<size_t>(rng() % i)]);
        const auto nVal = static_cast<size_t>(std::llround(static_cast<double>(g.size()) * o.valFraction));
        const auto nTest = static_cast<size_t>(std::llround(static_cast<double>(g.size()) * o.testFraction));
        for (size_t i = 0; i < g.size(); ++i)
            (i < nVal ? val : i < nVal + nTest ? test : train).push_back(g[i]);
    }
    // Interleave classes again so that the first batches are not all one class.
    for (auto* part : {&train, &val, &test})
        for (size_t i = part->size(); i > 1; --i)
            std::swap((*part)[i - 1], (*part)[static_cast<size_t>(rng() % i)]);
    if (train.empty())
        throw Error(ds.name + ": too few samples to split (" + std::to_string(ds.size()) + ")");
    DataSplit split;
    split.train = ds.subset(train);
    split.val = ds.subset(val);
    split.test = ds.subset(test);
    return split;
}

} // namespace nb
