#include "train/TrainConfig.h"

#include "common/Error.h"
#include "common/JsonRead.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace nb {
namespace {


} // namespace

std::string toString(LossKind k)
{
    switch (k) {
    case LossKind::Auto: return "auto";
    case LossKind::CrossEntropy: return "cross_entropy";
    case LossKind::BinaryCrossEntropy: return "binary_cross_entropy";
    case LossKind::MSE: return "mse";
    case LossKind::L1: return "l1";
    case LossKind::Huber: return "huber";
    }
    return "auto";
}

LossKind lossFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    if (t == "auto") return LossKind::Auto;
    if (t == "crossentropy" || t == "ce") return LossKind::CrossEntropy;
    if (t == "binarycrossentropy" || t == "bce") return LossKind::BinaryCrossEntropy;
    if (t == "mse" || t == "l2") return LossKind::MSE;
    if (t == "l1" || t == "mae") return LossKind::L1;
    if (t == "huber" || t == "smoothl1") return LossKind::Huber;
    throw Error("unknown loss \"" + text + "\" (cross_entropy, binary_cross_entropy, mse, l1, huber)");
}

std::string toString(OptimizerKind k)
{
    switch (k) {
    case OptimizerKind::SGD: return "sgd";
    case OptimizerKind::Adam: return "adam";
    case OptimizerKind::AdamW: return "adamw";
    case OptimizerKind::RMSprop: return "rmsprop";
    case OptimizerKind::Adagrad: return "adagrad";
    }
    return "adam";
}

OptimizerKind optimizerFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    if (t == "sgd") return OptimizerKind::SGD;
    if (t == "adam") return OptimizerKind::Adam;
    if (t == "adamw") return OptimizerKind::AdamW;
    if (t == "rmsprop") return OptimizerKind::RMSprop;
    if (t == "adagrad") return OptimizerKind::Adagrad;
    throw Error("unknown optimizer \"" + text + "\" (sgd, adam, adamw, rmsprop, adagrad)");
}

std::string toString(ScheduleKind k)
{
    switch (k) {
    case ScheduleKind::Constant: return "constant";
    case ScheduleKind::Step: return "step";
    case ScheduleKind::Cosine: return "cosine";
    }
    return "constant";
}

ScheduleKind scheduleFromString(const std::string& text)
{
    const std::string t = normalizedName(text);
    if (t == "constant" || t == "none") return ScheduleKind::Constant;
    if (t == "step") return ScheduleKind::Step;
    if (t == "cosine") return ScheduleKind::Cosine;
    throw Error("unknown schedule \"" + text + "\" (constant, step, cosine)");
}

LossKind TrainConfig::resolvedLoss(TaskKind task) const
{
    if (loss != LossKind::Auto)
        return loss;
    return task == TaskKind::Classification ? LossKind::CrossEntropy : LossKind::MSE;
}

std::vector<std::string> TrainConfig::problems(TaskKind task) const
{
    std::vector<std::string> out;
    const LossKind l = resolvedLoss(task);
    const bool classLoss = l == LossKind::CrossEntropy || l == LossKind::BinaryCrossEntropy;
    if (task == TaskKind::Regression && classLoss)
        out.push_back("loss: " + toString(l) + " needs classes; use mse, l1 or huber for regression");
    if (task == TaskKind::Classification && !classLoss)
        out.push_back("loss: " + toString(l) + " is for regression; use cross_entropy or binary_cross_entropy for classes");
    if (!(learningRate > 0 && learningRate < 100))
        out.push_back("learning rate must be positive (and below 100)");
    if (!(momentum >= 0 && momentum < 1))
        out.push_back("momentum must be in [0, 1)");
    if (!(weightDecay >= 0 && weightDecay < 1))
        out.push_back("weight decay must be in [0, 1)");
    if (batchSize < 1 || batchSize > (1 << 20))
        out.push_back("batch size must be between 1 and 1048576");
    if (epochs < 0 || epochs > 1000000)
        out.push_back("epochs must be between 0 and 1000000");
    if (stepEvery < 1)
        out.push_back("step schedule: epochs between decays must be at least 1");
    if (!(gamma > 0 && gamma <= 1))
        out.push_back("step schedule: gamma must be in (0, 1]");
    if (patience < 0)
        out.push_back("patience cannot be negative");
    if (!(batchesPerSecond >= 0 && batchesPerSecond <= 1e6))
        out.push_back("the speed limit must be from 0 (none) to 1,000,000 batches per second");
    if (!(publishHz > 0))
        out.push_back("snapshot rate must be positive");
    if (nesterov && optimizer == OptimizerKind::SGD && momentum <= 0)
        out.push_back("Nesterov momentum needs a momentum above 0");
    return out;
}

void TrainConfig::validate(TaskKind task) const
{
    throwIfProblems("invalid training settings", problems(task));
}

std::string TrainConfig::toJson(int indent) const
{
    nlohmann::json j = {{"format", "neuralboard-train-config"}, {"version", 1}, {"loss", toString(loss)},
        {"optimizer", toString(optimizer)}, {"learningRate", learningRate}, {"momentum", momentum},
        {"nesterov", nesterov}, {"weightDecay", weightDecay}, {"batchSize", batchSize}, {"epochs", epochs},
        {"schedule", toString(schedule)}, {"stepEvery", stepEvery}, {"gamma", gamma}, {"patience", patience},
        {"seed", seed}, {"device", device}, {"batchesPerSecond", batchesPerSecond}};
    return j.dump(indent);
}

TrainConfig TrainConfig::fromJson(const std::string& text, const std::string& source)
{
    TrainConfig c;
    try {
        const auto j = nlohmann::json::parse(text);
        if (!j.is_object() || !j.contains("format") || j["format"] != "neuralboard-train-config")
            throw Error(source + ": not a NeuralBoard training config");
        c.loss = lossFromString(j.value("loss", toString(c.loss)));
        c.optimizer = optimizerFromString(j.value("optimizer", toString(c.optimizer)));
        c.learningRate = j.value("learningRate", c.learningRate);
        c.momentum = j.value("momentum", c.momentum);
        c.nesterov = j.value("nesterov", c.nesterov);
        c.weightDecay = j.value("weightDecay", c.weightDecay);
        c.batchSize = static_cast<int>(jsonInteger(j, "batchSize", c.batchSize, 1, 1 << 20));
        c.epochs = static_cast<int>(jsonInteger(j, "epochs", c.epochs, 0, 1000000));
        c.schedule = scheduleFromString(j.value("schedule", toString(c.schedule)));
        c.stepEvery = static_cast<int>(jsonInteger(j, "stepEvery", c.stepEvery, 1, 1000000));
        c.gamma = j.value("gamma", c.gamma);
        c.patience = static_cast<int>(jsonInteger(j, "patience", c.patience, 0, 1000000));
        c.seed = static_cast<uint64_t>(jsonInteger(j, "seed", static_cast<int64_t>(c.seed), 0, std::numeric_limits<int64_t>::max()));
        c.device = j.value("device", c.device);
        c.batchesPerSecond = j.value("batchesPerSecond", c.batchesPerSecond);
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + ": " + e.what());
    } catch (const Error& e) {
        const std::string m = e.what();
        throw Error(m.rfind(source, 0) == 0 ? m : source + ": " + m);
    }
    return c;
}

} // namespace nb
