#include "TrainingSession.h"

#include "QtText.h"
#include "common/Error.h"
#include "train/Trainer.h"

#include <QMetaObject>
#include <QThread>

namespace nb::ui {

// Runs on the training thread: copies snapshots into the session's buffer and asks the UI
// thread, once, to take them.
class TrainingSession::Observer : public TrainingObserver {
public:
    explicit Observer(TrainingSession* session) : m_session(session) {}
    void onBatch(const BatchSnapshot& s) override
    {
        std::lock_guard<std::mutex> lock(m_session->m_mutex);
        m_session->m_batches.push_back(s);
        m_session->post();
    }
    void onEpoch(const EpochSnapshot& s) override
    {
        std::lock_guard<std::mutex> lock(m_session->m_mutex);
        m_session->m_epochs.push_back(s);
        m_session->post();
    }
    void onStateChanged(TrainerState state, const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(m_session->m_mutex);
        m_session->m_states.emplace_back(state, message);
        m_session->post();
    }

private:
    TrainingSession* m_session;
};

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), m_observer(std::make_unique<Observer>(this)) {}

TrainingSession::~TrainingSession() { shutdown(); }

void TrainingSession::post()
{
    // Called with m_mutex held. One queued call however many snapshots arrive before it runs.
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    QMetaObject::invokeMethod(this, [this] { flush(); }, Qt::QueuedConnection);
}

void TrainingSession::flush()
{
    std::vector<BatchSnapshot> batches;
    std::vector<EpochSnapshot> epochs;
    std::vector<std::pair<TrainerState, std::string>> states;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        batches.swap(m_batches);
        epochs.swap(m_epochs);
        states.swap(m_states);
        m_flushPosted = false;
    }
    if (!batches.empty() || !epochs.empty())
        ++m_modelVersion;
    if (!batches.empty())
        Q_EMIT batchesArrived(batches);
    for (const auto& e : epochs)
        Q_EMIT epochArrived(e);
    for (const auto& [state, message] : states) {
        if (state == TrainerState::Finished || state == TrainerState::Stopped || state == TrainerState::Failed)
            continue; // reported by ended(), once the thread is done
        m_state = state;
        Q_EMIT stateChanged(state, qs(message));
    }
}

bool TrainingSession::isActive() const { return m_thread != nullptr; }

bool TrainingSession::start(Request request)
{
    if (isActive())
        return false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopRequested = false;
        m_trainer.reset();
    }
    m_state = TrainerState::Running;
    Q_EMIT stateChanged(m_state, QString());

    struct Result {
        TrainerState state = TrainerState::Failed;
        std::string message;
        std::optional<Checkpoint> checkpoint;
        QString runId;
        QString runProblem;
    };
    auto result = std::make_shared<Result>();
    m_thread = QThread::create([this, request = std::move(request), result]() {
        try {
            DataSplit split = prepareData(*request.data, request.prepare);
            const qint64 samples = split.train.size();
            {
                auto scaled = std::make_shared<const Dataset>(split.val);
                auto unscale = [&split](Dataset d) {
                    const int64_t f = d.featureCount();
                    if (!split.scaler.empty())
                        for (int64_t i = 0; i < d.size(); ++i)
                            for (int64_t j = 0; j < f; ++j) {
                                float& v = d.features[static_cast<size_t>(i * f + j)];
                                v = v / split.scaler.scale[static_cast<size_t>(j)] + split.scaler.mean[static_cast<size_t>(j)];
                            }
                    return std::make_shared<const Dataset>(std::move(d));
                };
                auto raw = unscale(split.val);
                std::shared_ptr<const Dataset> train;
                if (split.train.featureCount() <= 2 && split.train.size() <= 50000)
                    train = unscale(split.train);
                QMetaObject::invokeMethod(
                    this, [this, raw, scaled, train] { Q_EMIT dataPrepared(raw, scaled, train); }, Qt::QueuedConnection);
            }
            auto trainer = std::make_shared<Trainer>(request.spec, request.config, std::move(split));
            if (request.resumeFrom)
                trainer->restore(*request.resumeFrom);
            trainer->addObserver(m_observer.get());
            std::unique_ptr<RunRecorder> recorder;
            if (!request.runsRoot.isEmpty()) {
                try {
                    const RunStore store(ss(request.runsRoot));
                    RunRecord run = request.continueRun.isEmpty()
                        ? store.create(ss(request.runName), request.data->spec, request.data->data.name, request.spec, request.config)
                        : store.load(ss(request.continueRun));
                    run.config = request.config; // the settings it goes on with
                    recorder = std::make_unique<RunRecorder>(store, std::move(run), [t = trainer.get()] { return t->checkpoint(); });
                    trainer->addObserver(recorder.get());
                    result->runId = qs(recorder->run().id);
                    QMetaObject::invokeMethod(
                        this, [this, id = result->runId] { Q_EMIT runRecorded(id, false, QString()); }, Qt::QueuedConnection);
                } catch (const std::exception& e) {
                    result->runProblem = tr("The run is not recorded: %1").arg(qs(e.what()));
                }
            }
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_trainer = trainer;
                if (m_stopRequested)
                    trainer->stop();
            }
            const QString device = qs(trainer->device());
            QMetaObject::invokeMethod(this, [this, device, samples] { Q_EMIT started(device, samples); }, Qt::QueuedConnection);
            trainer->run();
            result->state = trainer->state();
            result->message = trainer->message();
            if (result->state != TrainerState::Failed) {
                result->checkpoint = trainer->checkpoint();
                result->checkpoint->datasetSpec = request.data->spec;
            }
            if (recorder) {
                recorder->finish(result->state, result->message, result->checkpoint ? &*result->checkpoint : nullptr);
                if (!recorder->problem().empty())
                    result->runProblem = qs(recorder->problem());
            }
        } catch (const std::exception& e) {
            result->state = TrainerState::Failed;
            result->message = e.what();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        flush();
        m_thread->deleteLater();
        m_thread = nullptr;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_trainer.reset();
        }
        if (result->checkpoint)
            m_checkpoint = std::move(result->checkpoint);
        ++m_modelVersion;
        m_state = result->state;
        if (!result->runId.isEmpty() || !result->runProblem.isEmpty())
            Q_EMIT runRecorded(result->runId, true, result->runProblem);
        Q_EMIT ended(result->state, qs(result->message));
    });
    m_thread->start();
    return true;
}

std::optional<TrainingSession::ModelSnapshot> TrainingSession::modelSnapshot() const
{
    try {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_trainer)
                return ModelSnapshot{m_trainer->model(), m_trainer->scaler(), m_trainer->classNames()};
        }
        if (!m_checkpoint)
            return std::nullopt;
        Model model(m_checkpoint->spec);
        model.loadState(m_checkpoint->modelState);
        return ModelSnapshot{std::move(model), m_checkpoint->scaler, m_checkpoint->classNames};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<DigitReader> TrainingSession::digitReader(QString* why) const
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    std::optional<ModelSnapshot> snap = modelSnapshot();
    if (!snap)
        return fail(tr("There is no trained model yet: press Train, or open a saved model."));
    if (const auto reason = DigitReader::unsupportedReason(snap->model.spec()))
        return fail(qs(*reason));
    try {
        return DigitReader(std::move(snap->model), std::move(snap->scaler), std::move(snap->classNames));
    } catch (const std::exception& e) {
        return fail(qs(e.what()));
    }
}

void TrainingSession::pause()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->pause();
}

void TrainingSession::resume()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->resume();
}

void TrainingSession::step()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->step();
}

void TrainingSession::stop()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopRequested = true;
    if (m_trainer)
        m_trainer->stop();
}

void TrainingSession::setLearningRate(double lr)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->setLearningRate(lr);
}

void TrainingSession::setBatchesPerSecond(double rate)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->setBatchesPerSecond(rate);
}

bool TrainingSession::setActivation(int layer, Activation a)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_trainer)
        return false;
    try {
        m_trainer->setActivation(layer, a);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

void TrainingSession::shutdown()
{
    if (!m_thread)
        return;
    stop();
    m_thread->wait();
}

} // namespace nb::ui
