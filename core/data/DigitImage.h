#pragma once

#include <cstddef>
#include <vector>

namespace nb {

// A greyscale picture, row-major, ink as 1 and background as 0 (MNIST's polarity).
struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<float> pixels;

    GrayImage() = default;
    GrayImage(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0.0f) {}
    float at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]; }
    float& at(int x, int y) { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]; }
};

// Area-averaging resample to w x h: each output pixel is the mean of the input area it covers,
// so thin strokes thin out smoothly instead of aliasing.
GrayImage resampleArea(const GrayImage& in, int w, int h);

// Bilinear resample, for enlarging (showing a 28 x 28 sample on a big canvas).
GrayImage resampleBilinear(const GrayImage& in, int w, int h);

// The preprocessing MNIST itself used, so a digit drawn on a canvas of any size looks like the
// training data: crop to the ink's bounding box, scale to fit a box x box square keeping the
// aspect ratio (20 for 28), and place it in a size x size field with its centre of mass at the
// centre. An empty canvas gives an empty image.
GrayImage mnistStyle(const GrayImage& canvas, int size = 28, int box = 20);

// True when no pixel holds ink above the threshold.
bool isBlank(const GrayImage& image, float threshold = 0.05f);

} // namespace nb
