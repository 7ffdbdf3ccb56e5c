#include "io/Runs.h"

#include "common/Error.h"
#include "common/JsonRead.h"
#include "io/AtomicFile.h"
#include "io/History.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>

namespace fs = std::filesystem;

namespace nb {
namespace {

std::string localTime(const char* format)
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    localtime_r(&now, &tm);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, format, &tm);
    return buffer;
}

// Letters, digits and dashes, at most 40: safe in every file system.
std::string slug(const std::string& name)
{
    std::string s;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!s.empty() && s.back() != '-')
            s += '-';
        if (s.size() >= 40)
            break;
    }
    while (!s.empty() && s.back() == '-')
        s.pop_back();
    return s.empty() ? "run" : s;
}

} // namespace

std::string RunRecord::checkpointPath(const std::string& which) const { return (fs::path(folder) / (which + ".nbckpt")).string(); }

bool RunRecord::hasCheckpoint(const std::string& which) const
{
    std::error_code ec;
    return fs::is_regular_file(checkpointPath(which), ec);
}

double RunRecord::bestValAccuracy() const
{
    double best = kNoValue;
    for (const auto& m : history)
        if (std::isfinite(m.valAccuracy) && !(m.valAccuracy <= best))
            best = m.valAccuracy;
    return best;
}

double RunRecord::bestValLoss() const
{
    double best = kNoValue;
    for (const auto& m : history)
        if (std::isfinite(m.valLoss) && !(m.valLoss >= best))
            best = m.valLoss;
    return best;
}

RunStore::RunStore(std::string root) : m_root(std::move(root)) {}

std::string RunStore::folderOf(const std::string& id) const
{
    if (id.empty() || id == "." || id == ".." || id.find('/') != std::string::npos || id.find('\\') != std::string::npos)
        throw Error("\"" + id + "\" is not a run's name");
    const fs::path folder = fs::path(m_root) / id;
    std::error_code ec;
    if (!fs::is_regular_file(folder / "run.json", ec))
        throw Error(folder.string() + ": not a NeuralBoard run (no run.json)");
    return folder.string();
}

RunRecord RunStore::create(const std::string& name, const std::string& datasetSpec, const std::string& datasetName,
    const NetworkSpec& network, const TrainConfig& config) const
{
    std::error_code ec;
    fs::create_directories(m_root, ec);
    if (ec)
        throw Error(m_root + ": cannot create the runs folder (" + ec.message() + ")");
    RunRecord run;
    run.name = name;
    run.created = localTime("%Y-%m-%d %H:%M:%S");
    run.createdMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    run.datasetSpec = datasetSpec;
    run.datasetName = datasetName;
    run.network = network;
    run.config = config;
    const std::string base = localTime("%Y%m%d-%H%M%S") + "-" + slug(name);
    for (int n = 1;; ++n) {
        run.id = n == 1 ? base : base + "-" + std::to_string(n);
        const fs::path folder = fs::path(m_root) / run.id;
        if (fs::create_directory(folder, ec)) {
            run.folder = folder.string();
            break;
        }
        if (ec || n > 1000)
            throw Error(folder.string() + ": cannot create the run's folder" + (ec ? " (" + ec.message() + ")" : std::string()));
    }
    save(run);
    return run;
}

void RunStore::save(const RunRecord& run) const
{
    const fs::path folder(run.folder);
    nlohmann::json j;
    j["format"] = "neuralboard-run";
    j["version"] = 1;
    j["app"] = NB_VERSION;
    j["name"] = run.name;
    j["created"] = run.created;
    j["createdMs"] = run.createdMs;
    j["dataset"] = {{"spec", run.datasetSpec}, {"name", run.datasetName}};
    j["network"] = nlohmann::json::parse(run.network.toJson());
    j["training"] = nlohmann::json::parse(run.config.toJson());
    j["status"] = run.status;
    j["message"] = run.message;
    j["bestEpoch"] = run.bestEpoch;
    j["history"] = nlohmann::json::parse(historyToJson(run.history));
    writeFileAtomically((folder / "network.json").string(), run.network.toJson());
    writeFileAtomically((folder / "metrics.csv").string(), historyToCsv(run.history, run.network.task));
    writeFileAtomically((folder / "run.json").string(), j.dump(2)); // last: its presence marks a run
}

RunRecord RunStore::load(const std::string& id) const
{
    const std::string folder = folderOf(id);
    const std::string path = (fs::path(folder) / "run.json").string();
    RunRecord run;
    run.id = id;
    run.folder = folder;
    try {
        const auto j = nlohmann::json::parse(readFile(path, 64u << 20));
        if (!j.is_object() || j.value("format", std::string()) != "neuralboard-run")
            throw Error(path + ": not a NeuralBoard run");
        run.name = j.value("name", id);
        run.created = j.value("created", std::string());
        run.createdMs = jsonInteger(j, "createdMs", 0, 0, std::numeric_limits<int64_t>::max());
        run.datasetSpec = j.at("dataset").value("spec", std::string());
        run.datasetName = j.at("dataset").value("name", std::string());
        run.network = NetworkSpec::fromJson(j.at("network").dump(), path);
        run.config = TrainConfig::fromJson(j.at("training").dump(), path);
        run.status = j.value("status", std::string("unknown"));
        run.message = j.value("message", std::string());
        run.bestEpoch = static_cast<int>(jsonInteger(j, "bestEpoch", 0, 0, 100000000));
        run.history = historyFromJson(j.at("history").dump(), path);
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": damaged (" + e.what() + ")");
    }
    return run;
}

std::vector<RunRecord> RunStore::list(std::vector<std::string>* problems) const
{
    std::vector<RunRecord> runs;
    std::error_code ec;
    if (!fs::is_directory(m_root, ec))
        return runs;
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(m_root, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "run.json", ec))
            ids.push_back(entry.path().filename().string());
    for (const auto& id : ids) {
        try {
            runs.push_back(load(id));
        } catch (const std::exception& e) {
            if (problems)
                problems->push_back(e.what());
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.id < b.id;
    });
    return runs;
}

void RunStore::rename(const std::string& id, const std::string& name) const
{
    if (name.empty())
        throw Error("a run's name cannot be empty");
    RunRecord run = load(id);
    run.name = name;
    save(run);
}

void RunStore::remove(const std::string& id) const
{
    const std::string folder = folderOf(id);
    std::error_code ec;
    fs::remove_all(folder, ec);
    if (ec)
        throw Error(folder + ": cannot delete (" + ec.message() + ")");
}

RunRecorder::RunRecorder(RunStore store, RunRecord run, CheckpointSource checkpointNow)
    : m_store(std::move(store)), m_run(std::move(run)), m_checkpointNow(std::move(checkpointNow))
{
    m_run.status = "running";
    write();
}

void RunRecorder::attempt(const std::function<void()>& write)
{
    try {
        write();
    } catch (const std::exception& e) {
        if (m_problem.empty())
            m_problem = std::string("the run could not be recorded: ") + e.what();
    }
}

void RunRecorder::write()
{
    if (m_pendingBest) {
        attempt([this] { saveCheckpoint(m_run.checkpointPath("best"), *m_pendingBest); });
        m_pendingBest.reset();
    }
    attempt([this] { m_store.save(m_run); });
    m_lastWrite = std::chrono::steady_clock::now();
}

void RunRecorder::onEpoch(const EpochSnapshot& snapshot)
{
    // A continued run repeats no epoch: drop any the folder has from a later point (none normally).
    while (!m_run.history.empty() && m_run.history.back().epoch >= snapshot.metrics.epoch)
        m_run.history.pop_back();
    m_run.history.push_back(snapshot.metrics);
    if (snapshot.improved) {
        m_run.bestEpoch = snapshot.metrics.epoch;
        attempt([this] {
            m_pendingBest = m_checkpointNow(); // this epoch's weights, written with the next write
            m_pendingBest->datasetSpec = m_run.datasetSpec;
        });
    }
    if (std::chrono::steady_clock::now() - m_lastWrite >= std::chrono::seconds(1))
        write();
}

void RunRecorder::finish(TrainerState state, const std::string& message, const Checkpoint* final)
{
    m_run.status = state == TrainerState::Finished ? "finished" : state == TrainerState::Stopped ? "stopped" : "failed";
    m_run.message = message;
    if (final) {
        m_run.history = final->history;
        m_run.bestEpoch = final->bestEpoch;
        m_run.network = final->spec; // an activation swapped during the run is part of it
        attempt([this, final] { saveCheckpoint(m_run.checkpointPath("final"), *final); });
    }
    write();
}

} // namespace nb
