#pragma once

#include "data/DigitImage.h"
#include "data/Split.h"
#include "model/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace nb {

struct Checkpoint;

struct DigitReading {
    GrayImage input;                 // the size x size image the network receives (before scaling)
    std::vector<float> probabilities; // one per class
    int best = -1;                   // -1 when the canvas is blank
    double milliseconds = 0;         // preprocessing + inference
};

// Reads drawings with an image classifier: MNIST-style preprocessing, the model's own
// standardization, then class probabilities.
class DigitReader {
public:
    DigitReader(Model model, Scaler scaler, std::vector<std::string> classNames);
    static DigitReader fromCheckpoint(const Checkpoint& checkpoint);

    // Why a network cannot read drawings (a table's network, non-square or colour images), or nothing.
    static std::optional<std::string> unsupportedReason(const NetworkSpec& spec);

    DigitReading read(const GrayImage& canvas) const;
    // An image already in the dataset's frame (a sample, perhaps with strokes added): read as it
    // is, without cropping or centring.
    DigitReading readFramed(const GrayImage& image) const;
    // Probabilities for an image that is already size x size (a dataset sample).
    std::vector<float> classify(const GrayImage& image) const;
    int imageSize() const { return m_size; }
    const std::vector<std::string>& classNames() const { return m_classNames; }

private:
    Model m_model;
    Scaler m_scaler;
    std::vector<std::string> m_classNames;
    int m_size = 28;
};

} // namespace nb
