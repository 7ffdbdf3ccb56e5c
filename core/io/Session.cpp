#include "io/Session.h"

#include "common/Error.h"
#include "common/JsonRead.h"
#include "io/AtomicFile.h"
#include "io/BinaryFile.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace nb {
namespace {

constexpr char kMagic[8] = {'N', 'B', 'S', 'E', 'S', 'S', '0', '1'};
constexpr size_t kHeader = 8 + 8 + 8 + 4;




} // namespace

void saveSession(const std::string& path, const Session& s)
{
    nlohmann::json j;
    j["format"] = "neuralboard-session";
    j["version"] = 1;
    j["data"] = {{"spec", s.dataSpec}, {"target", s.csv.target}, {"delimiter", std::string(1, s.csv.delimiter)},
        {"decimal", std::string(1, s.csv.decimal)}, {"header", static_cast<int>(s.csv.header)},
        {"task", s.csv.task ? toString(*s.csv.task) : std::string()}, {"dropMissing", s.csv.dropMissing},
        {"valFraction", s.valFraction}, {"standardize", s.standardize ? nlohmann::json(*s.standardize) : nlohmann::json()}};
    j["network"] = nlohmann::json::parse(s.network.toJson());
    j["training"] = nlohmann::json::parse(s.config.toJson());
    j["view"] = s.view;
    const std::string meta = j.dump();
    const std::string model = s.model ? checkpointBytes(*s.model) : std::string();
    std::string file(kMagic, 8);
    binary::putU64(file, meta.size());
    binary::putU64(file, model.size());
    const std::string body = meta + model;
    const uint32_t c = binary::crc(body.data(), body.size());
    binary::putU32(file, c);
    file += body;
    writeFileAtomically(path, file);
}

Session sessionFromBytes(const std::string& file, const std::string& name)
{
    if (file.size() < kHeader || std::memcmp(file.data(), kMagic, 8) != 0)
        throw Error(name + ": not a NeuralBoard session");
    const uint64_t metaLen = binary::getU64(file, 8), modelLen = binary::getU64(file, 16);
    const uint64_t available = file.size() - kHeader;
    if (metaLen > available || modelLen > available || metaLen + modelLen != available)
        throw Error(name + ": the session is truncated or damaged (its sections do not add up)");
    const uint32_t stored = binary::getU32(file, 24);
    if (binary::crc(file.data() + kHeader, available) != stored)
        throw Error(name + ": the session is damaged (checksum mismatch)");
    Session s;
    try {
        const auto j = nlohmann::json::parse(file.begin() + kHeader, file.begin() + static_cast<long>(kHeader + metaLen));
        if (!j.is_object() || !j.contains("format") || j["format"] != "neuralboard-session" || !j.contains("version") || j["version"] != 1)
            throw Error(name + ": unsupported session version");
        const auto& d = j.at("data");
        s.dataSpec = d.at("spec").get<std::string>();
        s.csv.target = d.value("target", std::string());
        const std::string delimiter = d.value("delimiter", std::string(1, '\0'));
        const std::string decimal = d.value("decimal", std::string(1, '\0'));
        s.csv.delimiter = delimiter.size() == 1 ? delimiter[0] : '\0';
        s.csv.decimal = decimal.size() == 1 ? decimal[0] : '\0';
        s.csv.header = static_cast<HeaderMode>(jsonInteger(d, "header", 0, 0, 2));
        const std::string task = d.value("task", std::string());
        if (!task.empty())
            s.csv.task = taskFromString(task);
        s.csv.dropMissing = d.value("dropMissing", false);
        s.valFraction = d.value("valFraction", -1.0);
        if (d.contains("standardize") && d.at("standardize").is_boolean())
            s.standardize = d.at("standardize").get<bool>();
        s.network = NetworkSpec::fromJson(j.at("network").dump(), name);
        s.config = TrainConfig::fromJson(j.at("training").dump(), name);
        s.view = j.value("view", std::string());
    } catch (const nlohmann::json::exception& e) {
        throw Error(name + ": the session's description is damaged (" + e.what() + ")");
    }
    if (modelLen > 0)
        s.model = checkpointFromBytes(file.substr(kHeader + metaLen), name + " (its model)");
    return s;
}

Session loadSession(const std::string& path) { return sessionFromBytes(readFile(path), path); }

} // namespace nb
