#include "model/DigitReader.h"

#include "common/Error.h"
#include "io/Checkpoint.h"

#include <algorithm>
#include <chrono>

namespace nb {

std::optional<std::string> DigitReader::unsupportedReason(const NetworkSpec& spec)
{
    if (spec.inputShape.size() != 3)
        return std::string("this network reads a table of ") + std::to_string(spec.inputSize())
            + " numbers, not a picture; load an image dataset such as MNIST to draw";
    if (spec.inputShape[0] != 1 || spec.inputShape[1] != spec.inputShape[2])
        return std::string("drawing needs square greyscale images; this network takes ") + std::to_string(spec.inputShape[0])
            + "x" + std::to_string(spec.inputShape[1]) + "x" + std::to_string(spec.inputShape[2]);
    if (spec.task != TaskKind::Classification)
        return std::string("drawing needs a classifier");
    return std::nullopt;
}

DigitReader::DigitReader(Model model, Scaler scaler, std::vector<std::string> classNames)
    : m_model(std::move(model)), m_scaler(std::move(scaler)), m_classNames(std::move(classNames))
{
    if (const auto why = unsupportedReason(m_model.spec()))
        throw Error(*why);
    m_size = static_cast<int>(m_model.spec().inputShape[1]);
    while (static_cast<int64_t>(m_classNames.size()) < m_model.spec().outputs)
        m_classNames.push_back(std::to_string(m_classNames.size()));
}

DigitReader DigitReader::fromCheckpoint(const Checkpoint& ck)
{
    Model model(ck.spec);
    model.loadState(ck.modelState);
    return DigitReader(std::move(model), ck.scaler, ck.classNames);
}

std::vector<float> DigitReader::classify(const GrayImage& image) const
{
    std::vector<float> x = image.pixels;
    m_scaler.apply(x.data(), static_cast<int64_t>(x.size()));
    return m_model.predict(x.data(), 1);
}

DigitReading DigitReader::readFramed(const GrayImage& image) const
{
    const auto start = std::chrono::steady_clock::now();
    DigitReading r;
    r.input = image.width == m_size && image.height == m_size ? image : resampleArea(image, m_size, m_size);
    if (!isBlank(r.input)) {
        r.probabilities = classify(r.input);
        r.best = static_cast<int>(std::max_element(r.probabilities.begin(), r.probabilities.end()) - r.probabilities.begin());
    }
    r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return r;
}

DigitReading DigitReader::read(const GrayImage& canvas) const
{
    // A free drawing: made MNIST-style first; the time includes that preprocessing.
    const auto start = std::chrono::steady_clock::now();
    DigitReading r = readFramed(mnistStyle(canvas, m_size, (m_size * 20 + 14) / 28));
    r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace nb
