#pragma once

#include "io/Checkpoint.h"
#include "model/NetworkSpec.h"
#include "train/Snapshots.h"
#include "train/TrainConfig.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nb {

// One training run as recorded on disk. Its folder holds run.json (name, dates, dataset
// reference, settings, status, metrics history), network.json (the architecture, openable by
// the network editor and the CLI), metrics.csv, and best.nbckpt / final.nbckpt.
struct RunRecord {
    std::string id;      // the folder's name, unique in the store
    std::string folder;  // full path
    std::string name;    // shown to users; renamable
    std::string created; // local time, "2026-12-03 18:40:12"
    int64_t createdMs = 0; // since the epoch, for ordering
    std::string datasetSpec;
    std::string datasetName;
    NetworkSpec network;
    TrainConfig config;
    History history;
    int bestEpoch = 0;
    std::string status = "running"; // running, finished, stopped, failed
    std::string message;

    std::string checkpointPath(const std::string& which) const; // "best" or "final"
    bool hasCheckpoint(const std::string& which) const;
    // The best validation figure: accuracy for classes, loss otherwise; NaN before the first epoch.
    double bestValAccuracy() const;
    double bestValLoss() const;
};

// The folder of runs (the app uses <user data>/runs). Every write is atomic, so a crash leaves
// each file whole; unreadable folders are skipped by list() with a message.
class RunStore {
public:
    explicit RunStore(std::string root);
    const std::string& root() const { return m_root; }

    // A new, empty run folder with a unique id made of the time and the name.
    RunRecord create(const std::string& name, const std::string& datasetSpec, const std::string& datasetName,
        const NetworkSpec& network, const TrainConfig& config) const;
    void save(const RunRecord& run) const; // run.json, network.json, metrics.csv
    RunRecord load(const std::string& id) const; // throws nb::Error
    std::vector<RunRecord> list(std::vector<std::string>* problems = nullptr) const; // oldest first
    void rename(const std::string& id, const std::string& name) const;
    void remove(const std::string& id) const;

private:
    std::string folderOf(const std::string& id) const; // checks the id names a run here
    std::string m_root;
};

// Keeps a run folder up to date while a Trainer runs: the metrics after every epoch, the best
// checkpoint whenever validation improves (taken at that epoch), the final one at the end. Disk
// writes happen at most once a second and at the end, so runs of many quick epochs do not
// spend their time in fsync. Called on the training thread; a failed write (disk full) never
// stops training, it is kept in problem().
class RunRecorder : public TrainingObserver {
public:
    using CheckpointSource = std::function<Checkpoint()>;
    RunRecorder(RunStore store, RunRecord run, CheckpointSource checkpointNow);

    void onEpoch(const EpochSnapshot& snapshot) override;
    // Status from the trainer's end state; final may be null (failed runs).
    void finish(TrainerState state, const std::string& message, const Checkpoint* final);

    const RunRecord& run() const { return m_run; }
    const std::string& problem() const { return m_problem; }

private:
    void attempt(const std::function<void()>& write);
    void write(); // the pending best checkpoint and the record
    RunStore m_store;
    RunRecord m_run;
    CheckpointSource m_checkpointNow;
    std::optional<Checkpoint> m_pendingBest;
    std::chrono::steady_clock::time_point m_lastWrite;
    std::string m_problem;
};

} // namespace nb
