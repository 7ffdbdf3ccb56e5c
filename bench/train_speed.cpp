// bench/train_speed: one epoch of a 784-128-64-10 MLP (Adam, batch 64) on Fashion-MNIST's 60k
// training images, four ways in one run: the app's Trainer publishing at the GUI's rate (20
// snapshots a second with weights, per-sample predictions at epoch ends), the Trainer with no
// snapshots but at epoch ends, a bare LibTorch loop (the whole set in one tensor, randperm +
// index_select per batch), and the same model in Python PyTorch with a DataLoader. Also times
// loading the dataset.
//
// These machines are noisy (another tenant can halve the speed for seconds), so the C++ loops
// run in rounds, each timing the second epoch of every loop back to back in alternating order;
// the figures are medians over rounds and the ratios medians of each round's ratios.
//
// Usage: train_speed [--rounds N] [--batch N] [--data SPEC] [--no-python] [--only trainer|bare]
// (--only runs one C++ loop alone, for profiling it with perf or callgrind.)
#include "data/DataSource.h"
#include "train/Devices.h"
#include "train/Trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct TimingObserver : nb::TrainingObserver {
    std::vector<double> epochSeconds;
    double lastAccuracy = 0;
    size_t batches = 0;
    void onBatch(const nb::BatchSnapshot&) override { ++batches; }
    void onEpoch(const nb::EpochSnapshot& s) override
    {
        epochSeconds.push_back(s.metrics.seconds);
        lastAccuracy = s.metrics.valAccuracy;
    }
};

// Seconds of the last of `epochs` epochs.
double bareLoop(const nb::DataSplit& d, int epochs, int batch)
{
    torch::manual_seed(1);
    torch::nn::Sequential net(torch::nn::Linear(784, 128), torch::nn::ReLU(), torch::nn::Linear(128, 64),
        torch::nn::ReLU(), torch::nn::Linear(64, 10));
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-3));
    const int64_t n = d.train.size();
    const torch::Tensor x = torch::from_blob(const_cast<float*>(d.train.features.data()), {n, 784}, torch::kFloat32);
    const torch::Tensor y = torch::from_blob(const_cast<float*>(d.train.targets.data()), {n}, torch::kFloat32).to(torch::kLong);
    std::vector<double> times;
    for (int e = 0; e < epochs; ++e) {
        const auto start = Clock::now();
        const torch::Tensor perm = torch::randperm(n, torch::kLong);
        for (int64_t b = 0; b < n; b += batch) {
            const torch::Tensor idx = perm.narrow(0, b, std::min<int64_t>(batch, n - b));
            const torch::Tensor xb = x.index_select(0, idx), yb = y.index_select(0, idx);
            opt.zero_grad();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(net->forward(xb), yb);
            loss.backward();
            opt.step();
        }
        times.push_back(since(start));
    }
    return times.back();
}

double trainerLoop(const nb::NetworkSpec& net, nb::TrainConfig config, const nb::DataSplit& split, bool guiRate, double* accuracy = nullptr)
{
    config.snapshotWeights = guiRate;
    config.snapshotPredictions = guiRate;
    if (!guiRate)
        config.publishHz = 1e-3; // only the epoch ends
    TimingObserver timing;
    nb::Trainer trainer(net, config, split);
    trainer.addObserver(&timing);
    trainer.run();
    if (accuracy)
        *accuracy = timing.lastAccuracy;
    return timing.epochSeconds.back();
}

} // namespace

int main(int argc, char** argv)
{
    int rounds = 5, batch = 64;
    std::string spec = "fashion-mnist";
    bool python = true;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--rounds" || a == "--epochs") && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--batch" && i + 1 < argc)
            batch = std::atoi(argv[++i]);
        else if (a == "--data" && i + 1 < argc)
            spec = argv[++i];
        else if (a == "--no-python")
            python = false;
        else if (a == "--only" && i + 1 < argc && (std::string(argv[i + 1]) == "trainer" || std::string(argv[i + 1]) == "bare")) {
            only = argv[++i];
            python = false;
        }
        else {
            std::fprintf(stderr, "usage: train_speed [--rounds N] [--batch N] [--data SPEC] [--no-python] [--only trainer|bare]\n");
            return 2;
        }
    }

    const auto loadStart = Clock::now();
    nb::LoadedData loaded = nb::loadData(spec);
    const double loadSeconds = since(loadStart);
    nb::PrepareOptions po;
    nb::DataSplit split = nb::prepareData(loaded, po);
    std::printf("data: %s\n", loaded.description.c_str());
    // Both loops on the threads the Trainer chooses (the bare loop may run first).
    const nb::CpuThreading threads = nb::configureCpuThreads();
    std::printf("LibTorch %s, %s; %d rounds, each the second epoch of every loop; %lld images, batch %d\n\n",
        TORCH_VERSION, threads.why.c_str(), rounds, static_cast<long long>(split.train.size()), batch);

    nb::TrainConfig config;
    config.epochs = 2; // the second epoch is timed: warm caches and allocator, as in a long run
    config.batchSize = batch;
    config.device = "cpu";
    const nb::NetworkSpec net = nb::NetworkSpec::forDataset(split.train, nb::parseLayers("128:relu,64:relu"));
    if (only == "bare") {
        std::printf("bare loop epoch: %.3f s\n", bareLoop(split, 2, batch));
        return 0;
    }
    if (only == "trainer") {
        std::printf("Trainer epoch: %.3f s\n", trainerLoop(net, config, split, true));
        return 0;
    }

    std::vector<double> gui, quiet, bare, guiRatio, quietRatio, snapshotCost;
    double accuracy = 0;
    for (int r = 0; r < rounds; ++r) {
        double g = 0, q = 0, b = 0;
        if (r % 2 == 0) {
            g = trainerLoop(net, config, split, true, &accuracy);
            q = trainerLoop(net, config, split, false);
            b = bareLoop(split, 2, batch);
        } else {
            b = bareLoop(split, 2, batch);
            q = trainerLoop(net, config, split, false);
            g = trainerLoop(net, config, split, true, &accuracy);
        }
        std::printf("round %d: Trainer %.3f s, Trainer without snapshots %.3f s, bare loop %.3f s\n", r + 1, g, q, b);
        gui.push_back(g), quiet.push_back(q), bare.push_back(b);
        guiRatio.push_back(g / b), quietRatio.push_back(q / b), snapshotCost.push_back(g / q);
    }

    double py = 0;
    if (python) {
        const std::string cmd = std::string("/usr/bin/python3 ") + NB_BENCH_DIR + "/train_speed.py --epochs 3 --batch "
            + std::to_string(batch) + " 2>/dev/null";
        if (FILE* p = popen(cmd.c_str(), "r")) {
            char line[256];
            while (std::fgets(line, sizeof line, p))
                if (std::sscanf(line, "median_epoch_seconds %lf", &py) == 1)
                    break;
            pclose(p);
        }
    }

    const double bareSeconds = median(bare);
    std::printf("\n%-50s %10s %12s\n", "epoch time (median over rounds)", "seconds", "vs bare loop");
    std::printf("%-50s %10.3f %11.2fx\n", "NeuralBoard Trainer, GUI-rate snapshots", median(gui), median(guiRatio));
    std::printf("%-50s %10.3f %11.2fx\n", "NeuralBoard Trainer, epoch-end snapshots only", median(quiet), median(quietRatio));
    std::printf("%-50s %10.3f %11.2fx\n", "bare LibTorch loop (index_select per batch)", bareSeconds, 1.0);
    if (py > 0)
        std::printf("%-50s %10.3f %11.2fx\n", "Python PyTorch loop with a DataLoader (median of 3)", py, py / bareSeconds);
    else
        std::printf("%-50s %10s\n", "Python PyTorch loop", "n/a (no /usr/bin/python3 with torch)");
    std::printf("\nTrainer / bare loop        = %.2f (target <= 0.90)\n", median(guiRatio));
    std::printf("GUI-rate snapshots cost    = %+.1f %% (target <= 5 %%)\n", 100 * (median(snapshotCost) - 1));
    if (py > 0)
        std::printf("Trainer / Python           = %.2f\n", median(gui) / py);
    std::printf("validation accuracy after 2 epochs: %.2f%%\n", 100 * accuracy);
    std::printf("loading %s: %.3f s (target <= 0.6 s)\n", spec.c_str(), loadSeconds);
    return 0;
}
