// bench/canvas: feeds 1,000 MNIST test images through the drawing canvas's pipeline as if drawn
// (enlarged onto a 280 x 280 canvas, off-centre), and compares the network's answer with direct
// inference on the original 28 x 28 image. Prints the agreement and the latency of
// preprocessing + inference. Targets: agreement >= 97 %, p50 < 2 ms, p99 < 10 ms.
//
// Usage: canvas [MNIST_DIR]   (default: ../shared/datasets/mnist, else the catalog's mnist)
#include "data/DataSource.h"
#include "data/DigitImage.h"
#include "model/DigitReader.h"
#include "train/Trainer.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <numeric>

using namespace nb;

int main(int argc, char** argv)
{
    std::string dir = argc > 1 ? argv[1] : NB_SHARED_DATASETS "/mnist";
    const std::string spec = std::filesystem::exists(dir) ? "mnist:" + dir : "mnist";
    LoadedData data;
    try {
        data = loadData(spec);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "no MNIST digits here: %s\n", e.what());
        return 77;
    }
    // Train on one part, read drawings of another.
    DataSplit split = prepareData(data, PrepareOptions{0.2, 0, 7, std::nullopt});
    TrainConfig c;
    c.epochs = 5;
    c.device = "cpu";
    c.snapshotWeights = false;
    c.snapshotPredictions = false;
    const Dataset raw = data.heldOut ? *data.heldOut : data.data;
    Trainer trainer(NetworkSpec::forDataset(split.train, parseLayers("128:relu,64:relu")), c, split);
    trainer.run();
    std::printf("model: 784-128-64-10 trained on %lld images, validation accuracy %.2f%%\n",
        static_cast<long long>(split.train.size()), 100 * trainer.history().back().valAccuracy);
    const DigitReader reader = DigitReader::fromCheckpoint(trainer.checkpoint());

    const int64_t n = std::min<int64_t>(1000, raw.size());
    const int64_t first = raw.size() - n;
    int agree = 0, correct = 0;
    std::vector<double> ms;
    for (int64_t i = first; i < raw.size(); ++i) {
        GrayImage original(28, 28);
        std::copy_n(raw.sample(i), 784, original.pixels.begin());
        const auto direct = reader.classify(original);
        const int directBest = static_cast<int>(std::max_element(direct.begin(), direct.end()) - direct.begin());
        // As drawn: 200 px tall on a 280 px canvas, at a different place each time.
        const GrayImage big = resampleBilinear(original, 200, 200);
        GrayImage canvas(280, 280);
        const int ox = static_cast<int>(i % 80), oy = static_cast<int>((i * 13) % 80);
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 200; ++x)
                canvas.at(x + ox, y + oy) = big.at(x, y);
        const DigitReading r = reader.read(canvas);
        ms.push_back(r.milliseconds);
        agree += r.best == directBest;
        correct += r.best == static_cast<int>(raw.targets[static_cast<size_t>(i)]);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%lld images drawn on a 280x280 canvas and read back:\n", static_cast<long long>(n));
    std::printf("  agreement with direct inference  %6.2f%%  (target >= 97%%)\n", 100.0 * agree / n);
    std::printf("  accuracy through the canvas      %6.2f%%\n", 100.0 * correct / n);
    std::printf("  preprocessing + inference  p50 %.3f ms  p99 %.3f ms  (targets < 2 ms, < 10 ms)\n",
        ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]);
    return 0;
}
