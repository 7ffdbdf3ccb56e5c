#include "data/DigitImage.h"

#include <algorithm>
#include <cmath>

namespace nb {

namespace {

// One separable pass of area averaging along x (horizontal = true) or y.
GrayImage areaPass(const GrayImage& in, int outLen, bool horizontal)
{
    const int inLen = horizontal ? in.width : in.height;
    const int other = horizontal ? in.height : in.width;
    GrayImage out(horizontal ? outLen : in.width, horizontal ? in.height : outLen);
    const double scale = static_cast<double>(inLen) / outLen;
    for (int o = 0; o < outLen; ++o) {
        const double begin = o * scale, end = (o + 1) * scale;
        const int first = static_cast<int>(std::floor(begin));
        const int last = std::min(inLen - 1, static_cast<int>(std::ceil(end)) - 1);
        for (int k = 0; k < other; ++k) {
            double sum = 0;
            for (int i = first; i <= last; ++i) {
                const double weight = std::min<double>(end, i + 1) - std::max<double>(begin, i);
                if (weight > 0)
                    sum += weight * (horizontal ? in.at(i, k) : in.at(k, i));
            }
            (horizontal ? out.at(o, k) : out.at(k, o)) = static_cast<float>(sum / scale);
        }
    }
    return out;
}

} // namespace

GrayImage resampleArea(const GrayImage& in, int w, int h)
{
    if (in.width == 0 || in.height == 0 || w <= 0 || h <= 0)
        return GrayImage(std::max(0, w), std::max(0, h));
    return areaPass(areaPass(in, w, true), h, false);
}

GrayImage resampleBilinear(const GrayImage& in, int w, int h)
{
    GrayImage out(w, h);
    if (in.width == 0 || in.height == 0)
        return out;
    const double sx = static_cast<double>(in.width) / w, sy = static_cast<double>(in.height) / h;
    for (int y = 0; y < h; ++y) {
        const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, in.height - 1.0);
        const int y0 = static_cast<int>(fy), y1 = std::min(in.height - 1, y0 + 1);
        const double ty = fy - y0;
        for (int x = 0; x < w; ++x) {
            const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, in.width - 1.0);
            const int x0 = static_cast<int>(fx), x1 = std::min(in.width - 1, x0 + 1);
            const double tx = fx - x0;
            const double top = in.at(x0, y0) * (1 - tx) + in.at(x1, y0) * tx;
            const double bottom = in.at(x0, y1) * (1 - tx) + in.at(x1, y1) * tx;
            out.at(x, y) = static_cast<float>(top * (1 - ty) + bottom * ty);
        }
    }
    return out;
}

bool isBlank(const GrayImage& image, float threshold)
{
    return std::none_of(image.pixels.begin(), image.pixels.end(), [&](float v) { return v > threshold; });
}

GrayImage mnistStyle(const GrayImage& canvas, int size, int box)
{
    GrayImage out(size, size);
    const float threshold = 0.05f;
    int x0 = canvas.width, y0 = canvas.height, x1 = -1, y1 = -1;
    for (int y = 0; y < canvas.height; ++y)
        for (int x = 0; x < canvas.width; ++x)
            if (canvas.at(x, y) > threshold) {
                x0 = std::min(x0, x), x1 = std::max(x1, x);
                y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
    if (x1 < 0)
        return out;
    GrayImage crop(x1 - x0 + 1, y1 - y0 + 1);
    for (int y = 0; y < crop.height; ++y)
        for (int x = 0; x < crop.width; ++x)
            crop.at(x, y) = canvas.at(x0 + x, y0 + y);
    // Fit the longer side to the box; a thin "1" stays thin.
    const double scale = static_cast<double>(box) / std::max(crop.width, crop.height);
    const int w = std::max(1, static_cast<int>(std::lround(crop.width * scale)));
    const int h = std::max(1, static_cast<int>(std::lround(crop.height * scale)));
    const GrayImage small = resampleArea(crop, w, h);
    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double v = small.at(x, y);
            mass += v, mx += v * x, my += v * y;
        }
    // Shift so the centre of mass lands on pixel (size/2, size/2), as in MNIST, where the mean
    // centre of mass (in pixel indices) is 14.0 on 28 x 28.
    const int ox = static_cast<int>(std::lround(size / 2.0 - (mass > 0 ? mx / mass : w / 2.0)));
    const int oy = static_cast<int>(std::lround(size / 2.0 - (mass > 0 ? my / mass : h / 2.0)));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int tx = x + ox, ty = y + oy;
            if (tx >= 0 && ty >= 0 && tx < size && ty < size)
                out.at(tx, ty) = std::clamp(small.at(x, y), 0.0f, 1.0f);
        }
    return out;
}

} // namespace nb
