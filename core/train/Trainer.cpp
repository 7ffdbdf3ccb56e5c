#include "train/Trainer.h"

#include "common/Error.h"
#include "model/ModelImpl.h"
#include "train/Devices.h"
#include "train/FlatStep.h"

#include <ATen/CPUGeneratorImpl.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <sstream>

namespace nb {

std::string toString(TrainerState s)
{
    switch (s) {
    case TrainerState::Idle: return "idle";
    case TrainerState::Running: return "running";
    case TrainerState::Paused: return "paused";
    case TrainerState::Finished: return "finished";
    case TrainerState::Stopped: return "stopped";
    case TrainerState::Failed: return "failed";
    }
    return "idle";
}

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kPi = 3.14159265358979323846;
constexpr int64_t kEvalChunk = 8192;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params, const TrainConfig& c)
{
    namespace optim = torch::optim;
    switch (c.optimizer) {
    case OptimizerKind::SGD:
        return std::make_unique<optim::SGD>(params,
            optim::SGDOptions(c.learningRate).momentum(c.momentum).nesterov(c.nesterov).weight_decay(c.weightDecay));
    case OptimizerKind::Adam:
        return std::make_unique<optim::Adam>(params, optim::AdamOptions(c.learningRate).weight_decay(c.weightDecay));
    case OptimizerKind::AdamW:
        return std::make_unique<optim::AdamW>(params, optim::AdamWOptions(c.learningRate).weight_decay(c.weightDecay));
    case OptimizerKind::RMSprop:
        return std::make_unique<optim::RMSprop>(params, optim::RMSpropOptions(c.learningRate).weight_decay(c.weightDecay));
    case OptimizerKind::Adagrad:
        return std::make_unique<optim::Adagrad>(params, optim::AdagradOptions(c.learningRate).weight_decay(c.weightDecay));
    }
    throw Error("unknown optimizer");
}

std::string describeTorchError(const c10::Error& e, const std::string& device)
{
    std::string what = e.what_without_backtrace();
    what = what.substr(0, what.find('\n'));
    if (what.find("out of memory") != std::string::npos || what.find("DefaultCPUAllocator") != std::string::npos)
        return "out of memory on " + device + " (" + what + "); try a smaller batch or a smaller network"
            + (device.rfind("cuda", 0) == 0 ? std::string(", or the CPU") : std::string());
    return "training failed: " + what;
}

} // namespace

struct Trainer::Impl {
    NetworkSpec spec;
    TrainConfig config;
    DataSplit data;
    LossKind loss;
    torch::Device device{torch::kCPU};
    Model model;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    FlatStep flat; // bound at the start of each run, after any checkpoint was loaded
    std::vector<TrainingObserver*> observers;

    torch::Tensor xTrain, yTrain, xVal, yVal;

    History history;
    int bestEpoch = 0;
    double bestValLoss = std::numeric_limits<double>::infinity();

    mutable std::mutex controlMutex;
    std::condition_variable cv;
    bool pauseRequested = false;
    bool stopRequested = false;
    int stepRequests = 0;
    double pendingLr = kNoValue;
    double batchesPerSecond = 0;
    std::chrono::steady_clock::time_point nextBatchAt{};
    std::vector<std::pair<int, Activation>> pendingActivations;
    double baseLr = 1e-3;
    double scheduleFactor = 1.0;
    std::string message;
    std::atomic<bool> controlsPending{false};
    std::atomic<TrainerState> state{TrainerState::Idle};
    TrainerState notifiedState = TrainerState::Idle;

    mutable std::mutex modelMutex; // held while weights change; copies take it too

    Impl(const NetworkSpec& s, const TrainConfig& c, DataSplit d)
        : spec(s), config(c), data(std::move(d)), loss(c.resolvedLoss(s.task)), model(s, c.seed)
    {
        config.validate(spec.task);
        if (data.train.size() == 0)
            throw Error("there is no training data");
        if (data.train.featureCount() != spec.inputSize())
            throw Error("the network expects " + std::to_string(spec.inputSize()) + " inputs but the data has "
                + std::to_string(data.train.featureCount()) + " features");
        if (data.train.task != spec.task)
            throw Error("the network is set up for " + toString(spec.task) + " but the data is for " + toString(data.train.task));
        if (spec.task == TaskKind::Classification && data.train.classCount() > spec.outputs)
            throw Error("the data has " + std::to_string(data.train.classCount()) + " classes but the network has "
                + std::to_string(spec.outputs) + " outputs");
        device = torch::Device(resolveDevice(config.device));
        model.impl().device = device;
        model.impl().net->to(device);
        baseLr = config.learningRate;
        batchesPerSecond = config.batchesPerSecond;
        controlsPending = batchesPerSecond > 0;
        optimizer = makeOptimizer(model.impl().net->parameters(), config);
        xTrain = featuresTensor(data.train);
        yTrain = targetsTensor(data.train);
        xVal = featuresTensor(data.val);
        yVal = targetsTensor(data.val);
    }

    torch::Tensor featuresTensor(Dataset& ds) const
    {
        // Aliases the dataset's memory on the CPU: the whole set lives in one tensor, no copy.
        auto t = torch::from_blob(ds.features.data(), {ds.size(), ds.featureCount()}, torch::kFloat32);
        return t.to(device);
    }

    torch::Tensor targetsTensor(Dataset& ds) const
    {
        auto t = torch::from_blob(ds.targets.data(), {ds.size()}, torch::kFloat32);
        return spec.task == TaskKind::Classification ? t.to(device, torch::kLong) : t.to(device);
    }

    torch::Tensor computeLoss(const torch::Tensor& out, const torch::Tensor& y) const
    {
        namespace F = torch::nn::functional;
        switch (loss) {
        case LossKind::CrossEntropy:
        case LossKind::Auto:
            return F::cross_entropy(out, y);
        case LossKind::BinaryCrossEntropy:
            return F::binary_cross_entropy_with_logits(out, torch::one_hot(y, out.size(1)).to(out.dtype()));
        case LossKind::MSE:
            return F::mse_loss(out.squeeze(1), y);
        case LossKind::L1:
            return F::l1_loss(out.squeeze(1), y);
        case LossKind::Huber:
            return F::huber_loss(out.squeeze(1), y);
        }
        return F::mse_loss(out.squeeze(1), y);
    }

    void applyLearningRate()
    {
        const double lr = baseLr * scheduleFactor;
        for (auto& group : optimizer->param_groups())
            group.options().set_lr(lr);
    }

    double currentLearningRate() const { return baseLr * scheduleFactor; }

    double scheduleAt(int epochIndex) const
    {
        switch (config.schedule) {
        case ScheduleKind::Constant: return 1.0;
        case ScheduleKind::Step: return std::pow(config.gamma, epochIndex / config.stepEvery);
        case ScheduleKind::Cosine:
            return config.epochs > 1 ? 0.5 * (1.0 + std::cos(kPi * epochIndex / config.epochs)) : 1.0;
        }
        return 1.0;
    }

    std::vector<torch::Tensor> copyState() const
    {
        torch::NoGradGuard guard;
        std::vector<torch::Tensor> out;
        for (const auto& p : model.impl().net->parameters())
            out.push_back(p.detach().clone());
        for (const auto& b : model.impl().net->buffers())
            out.push_back(b.detach().clone());
        return out;
    }

    // copyState into tensors kept from the last call: no allocation at the publishing rate.
    void copyStateInto(std::vector<torch::Tensor>& saved) const
    {
        if (saved.empty()) {
            saved = copyState();
            return;
        }
        torch::NoGradGuard guard;
        size_t i = 0;
        for (const auto& p : model.impl().net->parameters())
            saved[i++].copy_(p);
        for (const auto& b : model.impl().net->buffers())
            saved[i++].copy_(b);
    }

    void restoreState(const std::vector<torch::Tensor>& saved)
    {
        torch::NoGradGuard guard;
        std::lock_guard<std::mutex> lock(modelMutex);
        size_t i = 0;
        for (auto& p : model.impl().net->parameters())
            p.copy_(saved[i++]);
        for (auto& b : model.impl().net->buffers())
            b.copy_(saved[i++]);
    }

    void notifyState(TrainerState s, const std::string& msg)
    {
        state = s;
        if (s == notifiedState && msg.empty())
            return;
        notifiedState = s;
        for (auto* o : observers)
            o->onStateChanged(s, msg);
    }

    // Between batches: applies a new learning rate, waits while paused. False when stopping.
    bool gate(bool& singleStep)
    {
        singleStep = false;
        std::unique_lock<std::mutex> lock(controlMutex);
        for (;;) {
            if (!std::isnan(pendingLr)) {
                baseLr = pendingLr;
                pendingLr = kNoValue;
                applyLearningRate();
            }
            if (!pendingActivations.empty()) {
                std::lock_guard<std::mutex> modelLock(modelMutex);
                for (const auto& [layer, a] : pendingActivations) {
                    model.setActivation(layer, a);
                    spec.hidden[static_cast<size_t>(layer)].activation = a;
                }
                pendingActivations.clear();
            }
            if (stopRequested)
                return false;
            if (!pauseRequested && batchesPerSecond > 0) {
                // The speed limit: wait for this batch's slot, still answering the controls.
                const auto now = std::chrono::steady_clock::now();
                if (now < nextBatchAt) {
                    cv.wait_until(lock, nextBatchAt, [&] {
                        return pauseRequested || stopRequested || !std::isnan(pendingLr) || !pendingActivations.empty()
                            || std::chrono::steady_clock::now() >= nextBatchAt;
                    });
                    continue;
                }
                const auto period = std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / batchesPerSecond));
                // A steady rhythm; after a pause or a slow batch, the next slot counts from now.
                nextBatchAt = nextBatchAt + period > now ? nextBatchAt + period : now + period;
            }
            if (!pauseRequested) {
                controlsPending = batchesPerSecond > 0; // a speed limit needs the gate every batch
                if (notifiedState != TrainerState::Running) {
                    lock.unlock();
                    notifyState(TrainerState::Running, {});
                }
                return true;
            }
            if (stepRequests > 0) {
                --stepRequests;
                singleStep = true;
                return true;
            }
            if (notifiedState != TrainerState::Paused) {
                const std::string msg = message;
                lock.unlock();
                notifyState(TrainerState::Paused, msg);
                lock.lock();
                continue;
            }
            cv.wait(lock, [&] { return !pauseRequested || stopRequested || stepRequests > 0 || !std::isnan(pendingLr) || !pendingActivations.empty(); });
        }
    }

    std::vector<LayerWeights> weightsSnapshot() const
    {
        std::lock_guard<std::mutex> lock(modelMutex);
        return model.weights();
    }

    std::vector<LayerWeights> gradientsSnapshot() const
    {
        std::lock_guard<std::mutex> lock(modelMutex);
        std::vector<LayerWeights> out;
        const auto lin = model.impl().linears();
        for (size_t i = 0; i < lin.size(); ++i) {
            if (!lin[i]->weight.grad().defined())
                return {};
            LayerWeights g;
            g.name = i + 1 == lin.size() ? "output" : "hidden " + std::to_string(i + 1);
            g.weight = toMatrix(lin[i]->weight.grad());
            if (lin[i]->bias.grad().defined())
                g.bias = toVector(lin[i]->bias.grad());
            out.push_back(std::move(g));
        }
        return out;
    }

    struct Evaluation {
        double loss = kNoValue;
        EpochSnapshot snapshot;
    };

    Evaluation evaluate(int epochNumber)
    {
        Evaluation ev;
        auto& m = ev.snapshot.metrics;
        m.epoch = epochNumber;
        const int64_t n = xVal.size(0);
        if (n == 0)
            return ev;
        torch::NoGradGuard guard;
        auto& net = model.impl().net;
        net->eval();
        std::vector<torch::Tensor> outs;
        for (int64_t start = 0; start < n; start += kEvalChunk)
            outs.push_back(net->forward(xVal.narrow(0, start, std::min(kEvalChunk, n - start))));
        net->train();
        const torch::Tensor out = torch::cat(outs);
        ev.loss = computeLoss(out, yVal).item<double>();
        m.valLoss = ev.loss;
        auto& pred = ev.snapshot.predictions;
        pred.targets = data.val.targets;
        if (spec.task == TaskKind::Classification) {
            const torch::Tensor probs = torch::softmax(out, 1).cpu().contiguous();
            const torch::Tensor labels = probs.argmax(1).to(torch::kInt32).contiguous();
            pred.predicted.assign(labels.data_ptr<int>(), labels.data_ptr<int>() + n);
            ConfusionMatrix cm(static_cast<int>(spec.outputs));
            for (int64_t i = 0; i < n; ++i)
                cm.add(static_cast<int>(pred.targets[static_cast<size_t>(i)]), pred.predicted[static_cast<size_t>(i)]);
            m.valAccuracy = cm.accuracy();
            ev.snapshot.confusion = std::move(cm);
            if (config.snapshotPredictions)
                pred.probabilities.assign(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
        } else {
            pred.values = toVector(out.squeeze(1));
            RegressionMeter meter;
            for (int64_t i = 0; i < n; ++i)
                meter.add(pred.values[static_cast<size_t>(i)], pred.targets[static_cast<size_t>(i)]);
            m.valMse = meter.mse();
            m.valMae = meter.mae();
            m.valR2 = meter.r2();
        }
        if (!config.snapshotPredictions)
            pred = ValidationPredictions();
        return ev;
    }

    void runClosedForm()
    {
        const auto start = Clock::now();
        {
            std::lock_guard<std::mutex> lock(modelMutex);
            model.fitClosedForm(data.train);
        }
        const double secs = seconds(Clock::now() - start);
        const int epochNumber = static_cast<int>(history.size()) + 1;
        Evaluation ev = evaluate(epochNumber);
        auto& m = ev.snapshot.metrics;
        m.seconds = secs;
        {
            torch::NoGradGuard guard;
            auto& net = model.impl().net;
            net->eval();
            const torch::Tensor out = net->forward(xTrain);
            net->train();
            m.trainLoss = computeLoss(out, yTrain).item<double>();
            if (spec.task == TaskKind::Classification)
                m.trainAccuracy = out.argmax(1).eq(yTrain).to(torch::kDouble).mean().item<double>();
        }
        ev.snapshot.totalEpochs = epochNumber;
        ev.snapshot.improved = true;
        bestEpoch = epochNumber;
        ev.snapshot.weights = weightsSnapshot();
        {
            std::lock_guard<std::mutex> lock(modelMutex);
            history.push_back(m);
        }
        for (auto* o : observers)
            o->onEpoch(ev.snapshot);
    }

    void runLoop()
    {
        const int64_t n = xTrain.size(0);
        const int64_t batch = std::min<int64_t>(config.batchSize, n);
        const int64_t batches = (n + batch - 1) / batch;
        const int firstEpoch = static_cast<int>(history.size());
        const auto publishInterval = std::chrono::duration<double>(1.0 / config.publishHz);
        auto generator = at::detail::createCPUGenerator(config.seed + static_cast<uint64_t>(firstEpoch));
        auto& net = model.impl().net;
        const bool classification = spec.task == TaskKind::Classification;

        configureCpuThreads(); // on this thread, before its first parallel work
        {
            std::lock_guard<std::mutex> lock(modelMutex);
            flat = FlatStep(net->parameters(), *optimizer, config.optimizer);
        }
        std::vector<torch::Tensor> lastGood = copyState();
        std::vector<torch::Tensor> bestState;
        int epochsWithoutImprovement = 0;
        std::vector<torch::Tensor> pending; // batch losses not yet published, on the device
        std::vector<int64_t> pendingSizes;
        double epochLossSum = 0; // sum of published batch losses times batch sizes
        int64_t globalBatch = 0;
        auto lastPublish = Clock::now();
        int64_t samplesSincePublish = 0;
        bool stopped = false;
        bool earlyStopped = false;

        // Sends the losses of the batches since the last snapshot. On a non-finite loss, goes
        // back to the last finite weights, starts the optimizer afresh (its moments hold the bad
        // values too), pauses for the user and returns false.
        auto publish = [&](int epochNumber, int64_t batchInEpoch) {
            const auto now = Clock::now();
            const torch::Tensor losses = torch::stack(pending).to(torch::kCPU, torch::kFloat32).contiguous();
            pending.clear();
            const std::vector<int64_t> lens = std::move(pendingSizes);
            pendingSizes.clear();
            BatchSnapshot snap;
            snap.epoch = epochNumber;
            snap.batch = batchInEpoch;
            snap.batchesPerEpoch = batches;
            snap.globalBatch = globalBatch;
            snap.losses.assign(losses.data_ptr<float>(), losses.data_ptr<float>() + losses.numel());
            const bool finite = std::all_of(snap.losses.begin(), snap.losses.end(), [](float v) { return std::isfinite(v); });
            if (!finite) {
                restoreState(lastGood);
                {
                    std::lock_guard<std::mutex> lock(modelMutex);
                    optimizer = makeOptimizer(net->parameters(), config);
                    flat = FlatStep(net->parameters(), *optimizer, config.optimizer);
                }
                const bool nan = std::any_of(snap.losses.begin(), snap.losses.end(), [](float v) { return std::isnan(v); });
                std::ostringstream msg;
                msg << "the loss became " << (nan ? "NaN" : "infinite") << " at epoch " << epochNumber << ", batch "
                    << batchInEpoch << "; the last finite weights were restored. Lower the learning rate (now "
                    << currentLearningRate() << ") and resume.";
                std::lock_guard<std::mutex> lock(controlMutex);
                applyLearningRate();
                message = msg.str();
                pauseRequested = true;
                controlsPending = true;
                return false;
            }
            for (size_t i = 0; i < lens.size(); ++i)
                epochLossSum += static_cast<double>(snap.losses[i]) * static_cast<double>(lens[i]);
            copyStateInto(lastGood);
            snap.learningRate = currentLearningRate();
            const double elapsed = seconds(now - lastPublish);
            snap.samplesPerSecond = elapsed > 0 ? static_cast<double>(samplesSincePublish) / elapsed : 0.0;
            if (config.snapshotWeights)
                snap.weights = weightsSnapshot();
            for (auto* o : observers)
                o->onBatch(snap);
            lastPublish = Clock::now();
            samplesSincePublish = 0;
            return true;
        };

        torch::Tensor xs = torch::empty_like(xTrain), ys = torch::empty_like(yTrain);
        // Each batch's predicted classes go to their slice of one tensor (one op per batch); the
        // epoch's training accuracy is counted once at its end, from countedFrom on.
        const torch::Tensor predicted = classification ? torch::empty({n}, yTrain.options()) : torch::Tensor();
        for (int e = 0; e < config.epochs && !stopped; ++e) {
            const int epochNumber = firstEpoch + e + 1;
            {
                std::lock_guard<std::mutex> lock(controlMutex);
                scheduleFactor = scheduleAt(e);
                applyLearningRate();
            }
            double trainSeconds = 0;
            auto segment = Clock::now(); // the shuffle counts as training time
            // One permutation and one gather per epoch, into buffers kept for the whole run (a
            // fresh 190 MB for Fashion-MNIST each epoch costs page faults); batches are then
            // contiguous slices.
            const torch::Tensor perm = torch::randperm(n, generator, torch::TensorOptions().dtype(torch::kLong)).to(device);
            at::index_select_out(xs, xTrain, 0, perm);
            at::index_select_out(ys, yTrain, 0, perm);
            net->train();
            epochLossSum = 0;
            int64_t countedFrom = 0;
            int64_t samples = 0;

            for (int64_t b = 0; b < batches; ++b) {
                bool single = false;
                if (controlsPending.load(std::memory_order_relaxed)) {
                    trainSeconds += seconds(Clock::now() - segment);
                    // Show every batch done before waiting, so a pause shows where it stopped.
                    if (!pending.empty() && !publish(epochNumber, b)) {
                        countedFrom = b * batch;
                        samples = 0;
                        epochLossSum = 0;
                    }
                    if (!gate(single)) {
                        stopped = true;
                        break;
                    }
                    segment = lastPublish = Clock::now();
                }
                const int64_t start = b * batch;
                const int64_t len = std::min(batch, n - start);
                const torch::Tensor xb = xs.narrow(0, start, len);
                const torch::Tensor yb = ys.narrow(0, start, len);
                torch::Tensor out, loss;
                {
                    std::lock_guard<std::mutex> lock(modelMutex);
                    flat.zeroGrad(); // one memset for all gradients
                    out = net->forward(xb);
                    loss = computeLoss(out, yb);
                    loss.backward();
                    flat.step(); // one step over all weights
                }
                pending.push_back(loss.detach());
                pendingSizes.push_back(len);
                if (classification) {
                    torch::Tensor slice = predicted.narrow(0, start, len);
                    at::argmax_out(slice, out.detach(), 1);
                }
                samples += len;
                samplesSincePublish += len;
                ++globalBatch;

                if (single || Clock::now() - lastPublish >= publishInterval || b + 1 == batches) {
                    if (!publish(epochNumber, b + 1)) {
                        countedFrom = start + len;
                        samples = 0;
                        epochLossSum = 0;
                    }
                }
            }
            if (stopped)
                break;
            EpochMetrics m;
            m.trainLoss = samples ? epochLossSum / static_cast<double>(samples) : kNoValue;
            trainSeconds += seconds(Clock::now() - segment);
            if (classification && samples) {
                const int64_t counted = n - countedFrom;
                const int64_t correct = predicted.narrow(0, countedFrom, counted).eq(ys.narrow(0, countedFrom, counted)).sum().item<int64_t>();
                m.trainAccuracy = static_cast<double>(correct) / static_cast<double>(samples);
            }

            Evaluation ev = evaluate(epochNumber);
            const double trainAccuracy = m.trainAccuracy;
            const double trainLoss = m.trainLoss;
            m = ev.snapshot.metrics;
            m.trainLoss = trainLoss;
            m.trainAccuracy = trainAccuracy;
            m.seconds = trainSeconds;
            m.learningRate = currentLearningRate();
            ev.snapshot.metrics = m;
            ev.snapshot.totalEpochs = firstEpoch + config.epochs;

            if (std::isfinite(ev.loss) && ev.loss < bestValLoss) {
                bestValLoss = ev.loss;
                bestEpoch = epochNumber;
                ev.snapshot.improved = true;
                epochsWithoutImprovement = 0;
                if (config.patience > 0)
                    bestState = copyState();
            } else {
                ++epochsWithoutImprovement;
            }
            if (config.snapshotWeights) {
                ev.snapshot.weights = weightsSnapshot();
                ev.snapshot.gradients = gradientsSnapshot();
            }
            {
                std::lock_guard<std::mutex> lock(modelMutex);
                history.push_back(m);
            }
            for (auto* o : observers)
                o->onEpoch(ev.snapshot);
            if (config.patience > 0 && epochsWithoutImprovement >= config.patience) {
                earlyStopped = true;
                break;
            }
        }

        if (config.patience > 0 && !bestState.empty())
            restoreState(bestState);
        std::lock_guard<std::mutex> lock(controlMutex);
        if (stopped) {
            message = "stopped by the user";
            state = TrainerState::Stopped;
        } else {
            message = earlyStopped ? "early stopping: no better validation loss for " + std::to_string(config.patience)
                    + " epochs; kept the weights of epoch " + std::to_string(bestEpoch)
                                   : std::string();
            if (!earlyStopped && config.patience > 0 && bestEpoch > 0)
                message = "kept the weights of the best epoch, " + std::to_string(bestEpoch);
            state = TrainerState::Finished;
        }
    }
};

Trainer::Trainer(const NetworkSpec& spec, const TrainConfig& config, DataSplit data)
{
    try {
        m_impl = std::make_unique<Impl>(spec, config, std::move(data));
    } catch (const c10::Error& e) {
        throw Error(describeTorchError(e, config.device));
    }
}

Trainer::~Trainer() = default;

void Trainer::addObserver(TrainingObserver* observer) { m_impl->observers.push_back(observer); }

void Trainer::restore(const Checkpoint& ck)
{
    auto& d = *m_impl;
    if (ck.spec != d.spec)
        throw Error("the checkpoint's network differs from the one to train");
    d.model.loadState(ck.modelState);
    if (!ck.optimizerState.empty() && ck.config.optimizer == d.config.optimizer) {
        try {
            std::istringstream is(ck.optimizerState);
            torch::serialize::InputArchive archive;
            archive.load_from(is, d.device);
            d.optimizer->load(archive);
        } catch (const c10::Error&) {
            throw Error("the checkpoint's optimizer state is damaged");
        }
    }
    d.history = ck.history;
    d.bestEpoch = ck.bestEpoch;
    for (const auto& m : ck.history)
        if (std::isfinite(m.valLoss) && m.valLoss < d.bestValLoss)
            d.bestValLoss = m.valLoss;
}

void Trainer::run()
{
    auto& d = *m_impl;
    {
        std::lock_guard<std::mutex> lock(d.controlMutex);
        if (d.stopRequested) {
            d.state = TrainerState::Stopped;
            return;
        }
        d.message.clear();
    }
    const std::string device = d.device.str();
    try {
        d.notifyState(TrainerState::Running, {});
        if (d.spec.kind == ModelKind::ClosedFormLinear) {
            d.runClosedForm();
            d.state = TrainerState::Finished;
        } else {
            d.runLoop();
        }
        d.notifyState(d.state, d.message);
        return;
    } catch (const c10::Error& e) {
        std::lock_guard<std::mutex> lock(d.controlMutex);
        d.message = describeTorchError(e, device);
    } catch (const std::bad_alloc&) {
        std::lock_guard<std::mutex> lock(d.controlMutex);
        d.message = "out of memory on " + device + "; try a smaller batch or network";
    } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(d.controlMutex);
        d.message = std::string("training failed: ") + e.what();
    }
    d.notifyState(TrainerState::Failed, message());
}

void Trainer::pause()
{
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->pauseRequested = true;
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::resume()
{
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->pauseRequested = false;
    m_impl->stepRequests = 0;
    m_impl->message.clear();
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::stop()
{
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->stopRequested = true;
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::step()
{
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->pauseRequested = true;
    ++m_impl->stepRequests;
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::setBatchesPerSecond(double rate)
{
    if (!(rate >= 0 && rate <= 1e6))
        throw Error("the speed limit must be from 0 (none) to 1,000,000 batches per second");
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->batchesPerSecond = rate;
    m_impl->nextBatchAt = {};
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::setActivation(int layer, Activation a)
{
    if (layer < 0 || layer >= static_cast<int>(m_impl->spec.hidden.size()))
        throw Error("no hidden layer " + std::to_string(layer + 1));
    if (m_impl->spec.kind != ModelKind::Mlp)
        throw Error("this model has no hidden layers to change");
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->pendingActivations.emplace_back(layer, a);
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

void Trainer::setLearningRate(double lr)
{
    if (!(lr > 0 && lr < 100))
        throw Error("learning rate must be positive (and below 100)");
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    m_impl->pendingLr = lr;
    m_impl->controlsPending = true;
    m_impl->cv.notify_all();
}

TrainerState Trainer::state() const { return m_impl->state.load(); }

std::string Trainer::message() const
{
    std::lock_guard<std::mutex> lock(m_impl->controlMutex);
    return m_impl->message;
}

std::string Trainer::device() const { return m_impl->device.str(); }

History Trainer::history() const
{
    std::lock_guard<std::mutex> lock(m_impl->modelMutex);
    return m_impl->history;
}

Model Trainer::model() const
{
    std::lock_guard<std::mutex> lock(m_impl->modelMutex);
    return m_impl->model.clone();
}

const Scaler& Trainer::scaler() const { return m_impl->data.scaler; }

const std::vector<std::string>& Trainer::classNames() const { return m_impl->data.train.classNames; }

Checkpoint Trainer::checkpoint() const
{
    const auto& d = *m_impl;
    Checkpoint ck;
    ck.spec = d.spec;
    ck.config = d.config;
    ck.scaler = d.data.scaler;
    ck.classNames = d.data.train.classNames;
    ck.featureNames = d.data.train.featureNames;
    ck.datasetName = d.data.train.name;
    std::lock_guard<std::mutex> lock(d.modelMutex);
    ck.history = d.history;
    ck.bestEpoch = d.bestEpoch;
    ck.modelState = d.model.clone().saveState();
    torch::serialize::OutputArchive archive;
    d.optimizer->save(archive);
    std::ostringstream os;
    archive.save_to(os);
    ck.optimizerState = os.str();
    return ck;
}

} // namespace nb
