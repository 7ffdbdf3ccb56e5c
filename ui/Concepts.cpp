#include "Concepts.h"

#include <QCoreApplication>

namespace nb::ui::concepts {

QString activation(Activation a)
{
    switch (a) {
    case Activation::Identity:
        return QCoreApplication::translate("Concepts", "Identity: passes the sum on unchanged; layers without a non-linearity add up to one linear map");
    case Activation::ReLU:
        return QCoreApplication::translate("Concepts", "ReLU: max(0, x). Fast and the usual choice; a unit stuck below zero stops learning (a dead unit)");
    case Activation::LeakyReLU:
        return QCoreApplication::translate("Concepts", "Leaky ReLU: like ReLU, but a small slope (0.01) below zero keeps every unit learning");
    case Activation::ELU:
        return QCoreApplication::translate("Concepts", "ELU: like ReLU, but smooth and slightly negative below zero");
    case Activation::GELU:
        return QCoreApplication::translate("Concepts", "GELU: a smooth ReLU, used by transformers: x times the chance that a normal variable is below x");
    case Activation::SiLU:
        return QCoreApplication::translate("Concepts", "SiLU (swish): x times sigmoid(x), a smooth ReLU with a small dip below zero");
    case Activation::Sigmoid:
        return QCoreApplication::translate("Concepts", "Sigmoid: squashes any sum into 0…1; it saturates at both ends, where gradients vanish");
    case Activation::Tanh:
        return QCoreApplication::translate("Concepts", "Tanh: squashes into −1…1, centred on zero; it saturates like the sigmoid");
    case Activation::Softplus:
        return QCoreApplication::translate("Concepts", "Softplus: log(1 + eˣ), a smooth ReLU that is never exactly zero");
    case Activation::Hardtanh:
        return QCoreApplication::translate("Concepts", "Hard tanh: clips the sum to −1…1");
    }
    return {};
}

QString dropout()
{
    return QCoreApplication::translate("Concepts",
        "Dropout: while training, each unit is switched off at random with this probability, so the network cannot lean on any "
        "single unit; a remedy for overfitting. Nothing is dropped when it predicts");
}

QString batchNorm()
{
    return QCoreApplication::translate("Concepts",
        "Batch normalization: rescales each unit's sums to mean 0 and deviation 1 over the batch, which steadies and speeds up training");
}

QString denseLayer()
{
    return QCoreApplication::translate("Concepts",
        "A dense (fully connected) layer: each unit adds up every output of the previous layer, each times its own weight, plus a bias, "
        "then applies its activation");
}

} // namespace nb::ui::concepts
