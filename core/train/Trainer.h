#pragma once

#include "data/Split.h"
#include "io/Checkpoint.h"
#include "model/Model.h"
#include "model/NetworkSpec.h"
#include "train/Snapshots.h"
#include "train/TrainConfig.h"

#include <memory>
#include <string>

namespace nb {

// Trains one model on one split. run() blocks the calling thread (the GUI calls it on a worker
// thread, the CLI on its main thread); the controls are thread-safe and take effect between
// batches. Observers are called on the training thread.
class Trainer {
public:
    Trainer(const NetworkSpec& spec, const TrainConfig& config, DataSplit data);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    void addObserver(TrainingObserver* observer); // before run()
    // Continue from a checkpoint: weights, optimizer state and history. Before run().
    void restore(const Checkpoint& checkpoint);

    // Trains config.epochs epochs (more, after restore()), until stopped or early-stopped.
    // Never throws: a failure ends in state Failed with message().
    void run();

    void pause();
    void resume();
    void stop();
    void step(); // while paused: train exactly one batch, then pause again
    void setLearningRate(double lr);
    // Teaching pace: at most this many batches a second (0 = as fast as possible).
    void setBatchesPerSecond(double rate);
    // Swaps a hidden layer's activation between two batches; the weights stay. Throws nb::Error
    // for a layer that does not exist.
    void setActivation(int layer, Activation a);

    TrainerState state() const;
    std::string message() const; // why it paused, stopped early or failed
    std::string device() const;  // resolved device, e.g. "cpu"
    History history() const;

    // Copies, safe to call while training runs (taken between batches).
    Model model() const;
    const Scaler& scaler() const;                     // fixed for the run
    const std::vector<std::string>& classNames() const; // fixed for the run
    Checkpoint checkpoint() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace nb
