#include "io/Checkpoint.h"

#include "common/Error.h"
#include "common/JsonRead.h"
#include "io/AtomicFile.h"
#include "io/BinaryFile.h"
#include "io/History.h"
#include "model/Model.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

namespace nb {
namespace {

// Layout: magic (8) | json length (8) | model length (8) | optimizer length (8) | crc32 of the
// rest (4) | json | model | optimizer. Lengths little-endian.
constexpr char kMagic[8] = {'N', 'B', 'C', 'K', 'P', 'T', '0', '1'};
constexpr size_t kHeader = 8 + 8 + 8 + 8 + 4;


} // namespace

std::string checkpointBytes(const Checkpoint& ck)
{
    nlohmann::json j;
    j["format"] = "neuralboard-checkpoint";
    j["version"] = 1;
    j["app"] = NB_VERSION;
    j["network"] = nlohmann::json::parse(ck.spec.toJson());
    j["training"] = nlohmann::json::parse(ck.config.toJson());
    j["scaler"] = {{"mean", ck.scaler.mean}, {"scale", ck.scaler.scale}};
    j["classNames"] = ck.classNames;
    j["featureNames"] = ck.featureNames;
    j["dataset"] = {{"name", ck.datasetName}, {"spec", ck.datasetSpec}};
    j["bestEpoch"] = ck.bestEpoch;
    j["history"] = nlohmann::json::parse(historyToJson(ck.history));
    const std::string meta = j.dump();

    std::string body;
    body.reserve(meta.size() + ck.modelState.size() + ck.optimizerState.size());
    body += meta;
    body += ck.modelState;
    body += ck.optimizerState;

    std::string file(kMagic, 8);
    binary::putU64(file, meta.size());
    binary::putU64(file, ck.modelState.size());
    binary::putU64(file, ck.optimizerState.size());
    const uint32_t c = binary::crc(body.data(), body.size());
    binary::putU32(file, c);
    file += body;
    return file;
}

void saveCheckpoint(const std::string& path, const Checkpoint& ck) { writeFileAtomically(path, checkpointBytes(ck)); }

Checkpoint loadCheckpoint(const std::string& path) { return checkpointFromBytes(readFile(path), path); }

Checkpoint checkpointFromBytes(const std::string& file, const std::string& path)
{
    if (file.size() < kHeader || std::memcmp(file.data(), kMagic, 8) != 0)
        throw Error(path + ": not a NeuralBoard checkpoint");
    const uint64_t metaLen = binary::getU64(file, 8), modelLen = binary::getU64(file, 16), optLen = binary::getU64(file, 24);
    const uint64_t available = file.size() - kHeader;
    if (metaLen > available || modelLen > available || optLen > available || metaLen + modelLen + optLen != available)
        throw Error(path + ": the checkpoint is truncated or damaged (its sections do not add up)");
    const uint32_t stored = binary::getU32(file, 32);
    if (binary::crc(file.data() + kHeader, available) != stored)
        throw Error(path + ": the checkpoint is damaged (checksum mismatch)");

    Checkpoint ck;
    try {
        const auto j = nlohmann::json::parse(file.begin() + kHeader, file.begin() + static_cast<long>(kHeader + metaLen));
        if (!j.is_object() || !j.contains("format") || j["format"] != "neuralboard-checkpoint" || !j.contains("version") || j["version"] != 1)
            throw Error(path + ": unsupported checkpoint version");
        ck.spec = NetworkSpec::fromJson(j.at("network").dump(), path);
        ck.config = TrainConfig::fromJson(j.at("training").dump(), path);
        ck.scaler.mean = j.at("scaler").at("mean").get<std::vector<float>>();
        ck.scaler.scale = j.at("scaler").at("scale").get<std::vector<float>>();
        if (ck.scaler.mean.size() != ck.scaler.scale.size()
            || (!ck.scaler.empty() && static_cast<int64_t>(ck.scaler.mean.size()) != ck.spec.inputSize()))
            throw Error(path + ": the scaler does not match the network's inputs");
        ck.classNames = j.at("classNames").get<std::vector<std::string>>();
        ck.featureNames = j.value("featureNames", std::vector<std::string>{});
        ck.datasetName = j.at("dataset").value("name", std::string());
        ck.datasetSpec = j.at("dataset").value("spec", std::string());
        ck.bestEpoch = static_cast<int>(jsonInteger(j, "bestEpoch", 0, 0, 100000000));
        ck.history = historyFromJson(j.at("history").dump(), path);
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": the checkpoint's description is damaged (" + e.what() + ")");
    }
    ck.modelState = file.substr(kHeader + metaLen, modelLen);
    ck.optimizerState = file.substr(kHeader + metaLen + modelLen, optLen);
    // Check the weights fit the network now, so a bad file fails here and not later.
    Model probe(ck.spec);
    try {
        probe.loadState(ck.modelState);
    } catch (const Error& e) {
        throw Error(path + ": " + e.what());
    }
    return ck;
}

} // namespace nb
