// bench/scaling: how the Trainer's epoch time grows with the dataset size and the hidden width
// (Fashion-MNIST images, Adam, batch 64), and the process's peak memory. Linear growth shows as
// a flat "per sample" or "per unit" column. Each figure is the fastest of three warm epochs.
//
// Usage: scaling [--quick]
#include "data/DataSource.h"
#include "train/Trainer.h"

#include <cstdio>
#include <cstring>
#include <numeric>
#include <sys/resource.h>

using namespace nb;

namespace {

// The fastest epoch after the first (warm-up): this machine's noise only ever adds time.
struct Timing : TrainingObserver {
    double seconds = 0;
    int epochs = 0;
    void onEpoch(const EpochSnapshot& e) override
    {
        if (++epochs == 2 || (epochs > 2 && e.metrics.seconds < seconds))
            seconds = e.metrics.seconds;
    }
};

double epochSeconds(const LoadedData& data, int64_t samples, const std::string& layers)
{
    std::vector<int64_t> idx(static_cast<size_t>(samples));
    std::iota(idx.begin(), idx.end(), 0);
    LoadedData part;
    part.data = data.data.subset(idx);
    part.heldOut = data.heldOut;
    DataSplit split = prepareData(part, PrepareOptions{});
    TrainConfig c;
    c.epochs = 4; // the best of epochs 2-4, warm
    c.device = "cpu";
    c.snapshotPredictions = false;
    Timing t;
    Trainer trainer(NetworkSpec::forDataset(split.train, parseLayers(layers)), c, split);
    trainer.addObserver(&t);
    trainer.run();
    return t.seconds;
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const LoadedData data = loadData("fashion-mnist");
    std::printf("Epoch time against dataset size (784-128-64-10):\n%10s %10s %16s\n", "samples", "seconds", "us per sample");
    for (int64_t n : quick ? std::vector<int64_t>{1000, 10000} : std::vector<int64_t>{1000, 5000, 15000, 30000, 60000}) {
        const double s = epochSeconds(data, n, "128:relu,64:relu");
        std::printf("%10lld %10.3f %16.2f\n", static_cast<long long>(n), s, 1e6 * s / static_cast<double>(n));
    }
    std::printf("\nEpoch time against hidden width (784-W-10, 10,000 samples):\n%10s %10s %16s\n", "width", "seconds", "ms per 100 units");
    for (int w : quick ? std::vector<int>{32, 256} : std::vector<int>{32, 64, 128, 256, 512, 1024, 2048}) {
        const double s = epochSeconds(data, 10000, std::to_string(w) + ":relu");
        std::printf("%10d %10.3f %16.2f\n", w, s, 1e5 * s / w);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\npeak memory (max RSS) of this process: %.0f MB (target for MNIST training <= 1,500 MB)\n", usage.ru_maxrss / 1024.0);
    return 0;
}
