#include "data/Dataset.h"

#include "common/Error.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace nb {

std::string toString(TaskKind task)
{
    return task == TaskKind::Classification ? "classification" : "regression";
}

TaskKind taskFromString(const std::string& text)
{
    if (text == "classification")
        return TaskKind::Classification;
    if (text == "regression")
        return TaskKind::Regression;
    throw Error("unknown task \"" + text + "\" (expected classification or regression)");
}

int64_t Dataset::featureCount() const
{
    if (sampleShape.empty())
        return 0;
    return std::accumulate(sampleShape.begin(), sampleShape.end(), int64_t{1}, std::multiplies<>());
}

Dataset Dataset::subset(const std::vector<int64_t>& indices) const
{
    Dataset out;
    out.name = name;
    out.sampleShape = sampleShape;
    out.featureNames = featureNames;
    out.classNames = classNames;
    out.targetName = targetName;
    out.task = task;
    const int64_t f = featureCount();
    out.features.resize(indices.size() * static_cast<size_t>(f));
    out.targets.resize(indices.size());
    for (size_t i = 0; i < indices.size(); ++i) {
        const int64_t src = indices[i];
        std::copy_n(features.begin() + src * f, f, out.features.begin() + static_cast<int64_t>(i) * f);
        out.targets[i] = targets[static_cast<size_t>(src)];
    }
    return out;
}

std::vector<int64_t> Dataset::classCounts() const
{
    std::vector<int64_t> counts(classNames.size(), 0);
    for (float t : targets) {
        const auto k = static_cast<size_t>(t);
        if (k < counts.size())
            ++counts[k];
    }
    return counts;
}

} // namespace nb
