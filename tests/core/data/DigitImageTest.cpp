#include "data/DigitImage.h"
#include "data/DataSource.h"
#include "model/DigitReader.h"
#include "train/Trainer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>

using namespace nb;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Thick anti-aliased segment, as a pen would leave it.
void stroke(GrayImage& img, double ax, double ay, double bx, double by, double radius)
{
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const double px = x + 0.5 - ax, py = y + 0.5 - ay, dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            const double t = len2 > 0 ? std::clamp((px * dx + py * dy) / len2, 0.0, 1.0) : 0.0;
            const double d = std::hypot(px - t * dx, py - t * dy);
            const double ink = std::clamp(radius + 0.5 - d, 0.0, 1.0);
            img.at(x, y) = std::max(img.at(x, y), static_cast<float>(ink));
        }
}

// Four shape classes drawn at random places, sizes and pen widths on a big canvas, then
// made MNIST-style: a self-made stand-in for digits.
GrayImage shape(int cls, std::mt19937& rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    GrayImage c(120, 120);
    const double cx = 40 + 40 * u(rng), cy = 40 + 40 * u(rng), r = 15 + 20 * u(rng), pen = 2 + 4 * u(rng);
    if (cls == 0) {
        for (int i = 0; i < 24; ++i) {
            const double a = 2 * kPi * i / 24, b = 2 * kPi * (i + 1) / 24;
            stroke(c, cx + r * std::cos(a), cy + r * 1.3 * std::sin(a), cx + r * std::cos(b), cy + r * 1.3 * std::sin(b), pen);
        }
    } else if (cls == 1) {
        stroke(c, cx, cy - r, cx + 0.2 * r * (u(rng) - 0.5), cy + r, pen);
    } else if (cls == 2) {
        stroke(c, cx - r, cy - r, cx + r, cy + r, pen);
        stroke(c, cx + r, cy - r, cx - r, cy + r, pen);
    } else {
        stroke(c, cx - r, cy - r, cx + r, cy - r, pen);
        stroke(c, cx + r, cy - r, cx - r * 0.3, cy + r, pen);
    }
    return mnistStyle(c);
}

Dataset shapes(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    Dataset d;
    d.sampleShape = {1, 28, 28};
    d.classNames = {"ring", "bar", "cross", "seven"};
    for (int i = 0; i < n; ++i) {
        const GrayImage img = shape(i % 4, rng);
        d.features.insert(d.features.end(), img.pixels.begin(), img.pixels.end());
        d.targets.push_back(static_cast<float>(i % 4));
    }
    return d;
}

GrayImage sampleImage(const Dataset& d, int64_t i)
{
    GrayImage img(28, 28);
    std::copy_n(d.sample(i), 784, img.pixels.begin());
    return img;
}

DigitReader trainReader(const Dataset& all, int epochs)
{
    LoadedData loaded;
    loaded.data = all;
    DataSplit split = prepareData(loaded, PrepareOptions{0.2, 0, 1, std::nullopt});
    TrainConfig c;
    c.epochs = epochs;
    c.device = "cpu";
    c.snapshotWeights = false;
    Trainer t(NetworkSpec::forDataset(split.train, parseLayers("128:relu,64:relu")), c, split);
    t.run();
    Checkpoint ck = t.checkpoint();
    return DigitReader::fromCheckpoint(ck);
}

// Draws the 28 x 28 image onto a 280 x 280 canvas as a person would: larger, off-centre.
GrayImage asDrawn(const GrayImage& img, int offsetX, int offsetY)
{
    const GrayImage big = resampleBilinear(img, 200, 200);
    GrayImage canvas(280, 280);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            canvas.at(x + offsetX, y + offsetY) = big.at(x, y);
    return canvas;
}

// Drawn-and-preprocessed vs original: what share of the ink lands where it was.
double overlap(const GrayImage& a, const GrayImage& b)
{
    double both = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.pixels.size(); ++i)
        both += a.pixels[i] * b.pixels[i], na += a.pixels[i] * a.pixels[i], nb += b.pixels[i] * b.pixels[i];
    return both / std::sqrt(na * nb);
}

} // namespace

TEST_CASE("Area resampling keeps the mean ink and round-trips an enlargement")
{
    GrayImage img(4, 2);
    img.pixels = {1, 0, 0, 1, 0.5f, 0.5f, 1, 1};
    const GrayImage half = resampleArea(img, 2, 1);
    CHECK(half.pixels[0] == Approx((1 + 0 + 0.5 + 0.5) / 4.0));
    CHECK(half.pixels[1] == Approx((0 + 1 + 1 + 1) / 4.0));
    std::mt19937 rng(3);
    const GrayImage s = shape(0, rng);
    const GrayImage back = resampleArea(resampleBilinear(s, 280, 280), 28, 28);
    CHECK(overlap(s, back) > 0.97);
}

TEST_CASE("MNIST-style preprocessing crops, fits 20x20 and centres the mass")
{
    GrayImage canvas(300, 200);
    for (int y = 10; y < 50; ++y)
        for (int x = 200; x < 280; ++x)
            canvas.at(x, y) = 1.0f; // an 80 x 40 block in a corner
    const GrayImage out = mnistStyle(canvas);
    REQUIRE(out.width == 28);
    int x0 = 28, x1 = -1, y0 = 28, y1 = -1;
    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x)
            if (out.at(x, y) > 0.01f) {
                x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
                mass += out.at(x, y), mx += out.at(x, y) * x, my += out.at(x, y) * y;
            }
    CHECK(x1 - x0 + 1 == 20); // the long side fills the box
    CHECK(y1 - y0 + 1 == 10); // the aspect ratio is kept
    CHECK(mx / mass == Approx(14).margin(0.5));
    CHECK(my / mass == Approx(14).margin(0.5));
    CHECK(isBlank(mnistStyle(GrayImage(50, 50))));
}

TEST_CASE("Drawn digits go through the canvas pipeline close to the original and read the same")
{
    const Dataset data = shapes(1200, 11);
    const DigitReader reader = trainReader(data, 8);
    int agree = 0, n = 0;
    double sumOverlap = 0;
    for (int64_t i = 0; i < 100; ++i) {
        const GrayImage original = sampleImage(data, i);
        const DigitReading r = reader.read(asDrawn(original, static_cast<int>(i % 60), static_cast<int>((i * 7) % 60)));
        sumOverlap += overlap(original, r.input);
        const auto direct = reader.classify(original);
        agree += r.best == static_cast<int>(std::max_element(direct.begin(), direct.end()) - direct.begin());
        ++n;
        CHECK(r.milliseconds < 100);
    }
    CHECK(sumOverlap / n > 0.9);
    CHECK(agree >= 95);
    CHECK(reader.read(GrayImage(280, 280)).best == -1); // a blank canvas reads nothing
}

TEST_CASE("Real MNIST digits through the canvas pipeline agree with direct inference")
{
    const std::string dir = NB_SHARED_DATASETS "/mnist";
    if (!std::filesystem::exists(dir)) {
        WARN("skipped: " << dir << " is not here");
        return;
    }
    const LoadedData mnist = loadData("mnist:" + dir);
    std::vector<int64_t> first(8000);
    std::iota(first.begin(), first.end(), 0);
    const DigitReader reader = trainReader(mnist.data.subset(first), 4);
    int agree = 0;
    for (int64_t i = 9000; i < 9300; ++i) {
        const GrayImage original = sampleImage(mnist.data, i);
        const auto direct = reader.classify(original);
        agree += reader.read(asDrawn(original, 40, 20)).best
            == static_cast<int>(std::max_element(direct.begin(), direct.end()) - direct.begin());
    }
    CHECK(agree >= 282); // 94 %; bench/canvas measures 1,000 images against its 97 % target
}

TEST_CASE("Tables cannot be drawn, and the reader says why")
{
    NetworkSpec table;
    table.inputShape = {11};
    table.outputs = 2;
    CHECK(DigitReader::unsupportedReason(table).value().find("table of 11 numbers") != std::string::npos);
    NetworkSpec image;
    image.inputShape = {1, 28, 28};
    image.outputs = 10;
    CHECK_FALSE(DigitReader::unsupportedReason(image));
}
