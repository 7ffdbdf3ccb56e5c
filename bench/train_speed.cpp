// bench/train_speed: one epoch of a 784-128-64-10 MLP (Adam, batch 64) on Fashion-MNIST's 60k
// training images, three ways in one run: the app's Trainer, a bare LibTorch loop (the whole
// set in one tensor, randperm + index_select per batch), and the same model in Python PyTorch
// with a DataLoader. Also times loading the dataset. Ratios are what matter on noisy machines.
//
// Usage: train_speed [--epochs N] [--batch N] [--data SPEC] [--no-python] [--only trainer|bare]
// (--only runs one of the two C++ loops, for profiling it alone with perf.)
#include "data/DataSource.h"
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
    void onEpoch(const nb::EpochSnapshot& s) override
    {
        epochSeconds.push_back(s.metrics.seconds);
        lastAccuracy = s.metrics.valAccuracy;
    }
};

std::vector<double> bareLoop(const nb::DataSplit& d, int epochs, int batch)
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
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    int epochs = 3, batch = 64;
    std::string spec = "fashion-mnist";
    bool python = true;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--epochs" && i + 1 < argc)
            epochs = std::atoi(argv[++i]);
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
            std::fprintf(stderr, "usage: train_speed [--epochs N] [--batch N] [--data SPEC] [--no-python] [--only trainer|bare]\n");
            return 2;
        }
    }

    const auto loadStart = Clock::now();
    nb::LoadedData loaded = nb::loadData(spec);
    const double loadSeconds = since(loadStart);
    nb::PrepareOptions po;
    nb::DataSplit split = nb::prepareData(loaded, po);
    std::printf("data: %s\n", loaded.description.c_str());
    std::printf("LibTorch %s, %d intra-op threads; %d epochs of %lld images, batch %d\n\n", TORCH_VERSION,
        at::get_num_threads(), epochs, static_cast<long long>(split.train.size()), batch);

    nb::TrainConfig config;
    config.epochs = epochs;
    config.batchSize = batch;
    config.device = "cpu";
    config.snapshotWeights = true;  // as the GUI runs it
    config.snapshotPredictions = true;
    const nb::NetworkSpec net = nb::NetworkSpec::forDataset(split.train, nb::parseLayers("128:relu,64:relu"));
    TimingObserver timing;
    if (only == "bare") {
        std::printf("bare loop epoch (median): %.3f s\n", median(bareLoop(split, epochs, batch)));
        return 0;
    }
    {
        nb::Trainer trainer(net, config, split);
        trainer.addObserver(&timing);
        trainer.run();
    }
    const double trainer = median(timing.epochSeconds);
    if (only == "trainer") {
        std::printf("Trainer epoch (median): %.3f s\n", trainer);
        return 0;
    }
    const double bare = median(bareLoop(split, epochs, batch));

    double py = 0;
    if (python) {
        const std::string cmd = std::string("/usr/bin/python3 ") + NB_BENCH_DIR + "/train_speed.py --epochs "
            + std::to_string(epochs) + " --batch " + std::to_string(batch) + " 2>/dev/null";
        if (FILE* p = popen(cmd.c_str(), "r")) {
            char line[256];
            while (std::fgets(line, sizeof line, p))
                if (std::sscanf(line, "median_epoch_seconds %lf", &py) == 1)
                    break;
            pclose(p);
        }
    }

    std::printf("%-46s %10s %12s\n", "epoch time (median)", "seconds", "vs bare loop");
    std::printf("%-46s %10.3f %11.2fx\n", "NeuralBoard Trainer (with GUI-rate snapshots)", trainer, trainer / bare);
    std::printf("%-46s %10.3f %11.2fx\n", "bare LibTorch loop (index_select per batch)", bare, 1.0);
    if (py > 0)
        std::printf("%-46s %10.3f %11.2fx\n", "Python PyTorch loop with a DataLoader", py, py / bare);
    else
        std::printf("%-46s %10s\n", "Python PyTorch loop", "n/a (no /usr/bin/python3 with torch)");
    std::printf("\nTrainer / bare loop = %.2f (target <= 1.05)\n", trainer / bare);
    if (py > 0)
        std::printf("Trainer / Python    = %.2f (target <= 0.5)\n", trainer / py);
    std::printf("validation accuracy after %d epochs: %.2f%%\n", epochs, 100 * timing.lastAccuracy);
    std::printf("loading %s: %.3f s (target <= 0.6 s)\n", spec.c_str(), loadSeconds);
    return 0;
}
