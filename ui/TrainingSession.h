#pragma once

#include "data/DataSource.h"
#include "io/Checkpoint.h"
#include "io/Runs.h"
#include "model/DigitReader.h"
#include "model/NetworkSpec.h"
#include "train/Snapshots.h"
#include "train/TrainConfig.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace nb {
class Trainer;
}

namespace nb::ui {

// The one bridge between core's Trainer and the widgets. Training runs on a QThread of its
// own; snapshots are buffered under a mutex and handed to the UI thread in bulk, so a fast
// trainer cannot flood the event loop. Every signal is emitted on the UI thread.
class TrainingSession : public QObject {
    Q_OBJECT
public:
    struct Request {
        std::shared_ptr<const LoadedData> data;
        PrepareOptions prepare;
        NetworkSpec spec;
        TrainConfig config;
        std::optional<Checkpoint> resumeFrom; // continue this model instead of a fresh one
        // Recording: when runsRoot is set, the run is kept in a folder there (a new one named
        // runName, or the run continueRun when the model continues it).
        QString runsRoot;
        QString runName;
        QString continueRun;
    };

    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Starts training; false (and nothing happens) while a run is active.
    bool start(Request request);
    void pause();
    void resume();
    void step();
    void stop();
    void setLearningRate(double lr);
    void setBatchesPerSecond(double rate);
    // Swaps a hidden layer's activation in the running model; false when no run is active.
    bool setActivation(int layer, Activation a);

    bool isActive() const; // a run was started and has not ended
    TrainerState state() const { return m_state; }
    // The trained model of the last run (after it ended), for continuing or saving.
    const std::optional<Checkpoint>& lastCheckpoint() const { return m_checkpoint; }
    void forgetModel()
    {
        m_checkpoint.reset();
        ++m_modelVersion;
    }
    void setModel(Checkpoint checkpoint)
    {
        m_checkpoint = std::move(checkpoint);
        ++m_modelVersion;
    }
    // A reader for drawings: the model being trained right now (a copy taken between batches),
    // else the last run's. Nothing when there is no model or it cannot read images; then
    // *why says so.
    std::optional<DigitReader> digitReader(QString* why = nullptr) const;

    // A copy of the model for views that predict on their own (decision regions, importance).
    struct ModelSnapshot {
        Model model;
        Scaler scaler;
        std::vector<std::string> classNames;
    };
    std::optional<ModelSnapshot> modelSnapshot() const;
    // Counts model updates the UI has been told about, so views can tell when to refresh.
    quint64 modelVersion() const { return m_modelVersion; }
    // Blocks until the worker thread is gone (stops it first). For closing the window.
    void shutdown();

Q_SIGNALS:
    void started(const QString& device, qint64 trainSamples);
    void batchesArrived(const std::vector<nb::BatchSnapshot>& batches);
    void epochArrived(const nb::EpochSnapshot& epoch);
    void stateChanged(nb::TrainerState state, const QString& message);
    void ended(nb::TrainerState state, const QString& message);
    // The run's folder was created (at the start) or completed (just before ended()); problem
    // says why it could not be written, when it could not.
    void runRecorded(const QString& id, bool finished, const QString& problem);
    // The run's data as split: validation in the data's own units (for showing samples) and as
    // the network sees it (scaled); the training part too when it is small (2-D plots).
    void dataPrepared(std::shared_ptr<const nb::Dataset> validationRaw, std::shared_ptr<const nb::Dataset> validationScaled,
        std::shared_ptr<const nb::Dataset> trainRaw);

private:
    class Observer;
    void flush();
    void post();

    QThread* m_thread = nullptr;
    std::unique_ptr<Observer> m_observer;

    mutable std::mutex m_mutex; // guards everything below that the worker touches
    std::shared_ptr<Trainer> m_trainer;
    std::vector<BatchSnapshot> m_batches;
    std::vector<EpochSnapshot> m_epochs;
    std::vector<std::pair<TrainerState, std::string>> m_states;
    bool m_flushPosted = false;
    bool m_stopRequested = false;

    TrainerState m_state = TrainerState::Idle;
    quint64 m_modelVersion = 0;
    std::optional<Checkpoint> m_checkpoint;
};

} // namespace nb::ui
