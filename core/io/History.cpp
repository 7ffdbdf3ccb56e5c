#include "io/History.h"

#include "common/Error.h"
#include "common/JsonRead.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace nb {
namespace {

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
double number(const nlohmann::json& j, const char* key)
{
    return j.contains(key) && j.at(key).is_number() ? j.at(key).get<double>() : kNoValue;
}

std::string cell(double v)
{
    if (!std::isfinite(v))
        return {};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", v);
    return buffer;
}

} // namespace

std::string historyToJson(const History& history)
{
    nlohmann::json a = nlohmann::json::array();
    for (const auto& m : history)
        a.push_back({{"epoch", m.epoch}, {"seconds", m.seconds}, {"trainLoss", number(m.trainLoss)},
            {"valLoss", number(m.valLoss)}, {"trainAccuracy", number(m.trainAccuracy)},
            {"valAccuracy", number(m.valAccuracy)}, {"valMse", number(m.valMse)}, {"valMae", number(m.valMae)},
            {"valR2", number(m.valR2)}, {"learningRate", number(m.learningRate)}});
    return a.dump();
}

History historyFromJson(const std::string& text, const std::string& source)
{
    History history;
    try {
        const auto a = nlohmann::json::parse(text);
        if (!a.is_array())
            throw Error(source + ": the metrics history is not a list");
        for (const auto& h : a) {
            EpochMetrics m;
            m.epoch = static_cast<int>(jsonInteger(h.at("epoch"), "history epoch", 0, 100000000));
            m.seconds = number(h, "seconds");
            m.trainLoss = number(h, "trainLoss");
            m.valLoss = number(h, "valLoss");
            m.trainAccuracy = number(h, "trainAccuracy");
            m.valAccuracy = number(h, "valAccuracy");
            m.valMse = number(h, "valMse");
            m.valMae = number(h, "valMae");
            m.valR2 = number(h, "valR2");
            m.learningRate = number(h, "learningRate");
            history.push_back(m);
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + ": the metrics history is damaged (" + e.what() + ")");
    }
    return history;
}

std::string historyToCsv(const History& history, TaskKind task)
{
    const bool classes = task == TaskKind::Classification;
    std::string out = classes ? "epoch,seconds,train_loss,val_loss,train_accuracy,val_accuracy,learning_rate\n"
                              : "epoch,seconds,train_loss,val_loss,val_mse,val_mae,val_r2,learning_rate\n";
    for (const auto& m : history) {
        out += std::to_string(m.epoch) + ',' + cell(m.seconds) + ',' + cell(m.trainLoss) + ',' + cell(m.valLoss) + ',';
        out += classes ? cell(m.trainAccuracy) + ',' + cell(m.valAccuracy)
                       : cell(m.valMse) + ',' + cell(m.valMae) + ',' + cell(m.valR2);
        out += ',' + cell(m.learningRate) + '\n';
    }
    return out;
}

} // namespace nb
