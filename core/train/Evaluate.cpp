#include "train/Evaluate.h"

#include <algorithm>

namespace nb {

Evaluation evaluateModel(const Model& model, const Dataset& data)
{
    Evaluation ev;
    const int64_t n = data.size();
    const int64_t chunk = 4096;
    const auto& spec = model.spec();
    if (spec.task == TaskKind::Classification) {
        ev.confusion.reset(static_cast<int>(spec.outputs));
        for (int64_t start = 0; start < n; start += chunk) {
            const int64_t len = std::min(chunk, n - start);
            const auto probs = model.predict(data.sample(start), len);
            for (int64_t i = 0; i < len; ++i) {
                const float* p = probs.data() + i * spec.outputs;
                const auto best = static_cast<int>(std::max_element(p, p + spec.outputs) - p);
                ev.confusion.add(static_cast<int>(data.targets[static_cast<size_t>(start + i)]), best);
            }
        }
        ev.metrics.valAccuracy = ev.confusion.accuracy();
    } else {
        RegressionMeter meter;
        for (int64_t start = 0; start < n; start += chunk) {
            const int64_t len = std::min(chunk, n - start);
            const auto values = model.predict(data.sample(start), len);
            for (int64_t i = 0; i < len; ++i)
                meter.add(values[static_cast<size_t>(i)], data.targets[static_cast<size_t>(start + i)]);
        }
        ev.metrics.valMse = meter.mse();
        ev.metrics.valMae = meter.mae();
        ev.metrics.valR2 = meter.r2();
    }
    return ev;
}

} // namespace nb
