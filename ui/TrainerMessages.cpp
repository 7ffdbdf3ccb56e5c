#include "TrainerMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nb::ui {

QString trainerMessage(const QString& m)
{
    if (m == QStringLiteral("stopped by the user"))
        return QCoreApplication::translate("TrainerMessages", "Stopped. Train more continues this model; Reset weights starts afresh.");
    static const QRegularExpression early(QStringLiteral("^early stopping: no better validation loss for (\\d+) epochs; kept the weights of epoch (\\d+)$"));
    static const QRegularExpression best(QStringLiteral("^kept the weights of the best epoch, (\\d+)$"));
    static const QRegularExpression diverged(QStringLiteral(
        "^the loss became (NaN|infinite) at epoch (\\d+), batch (\\d+); the last finite weights were restored\\. Lower the learning rate \\(now (.+)\\) and resume\\.$"));
    if (const auto x = early.match(m); x.hasMatch())
        return QCoreApplication::translate("TrainerMessages", "Early stopping: the validation loss did not improve for %1 epochs; the weights of epoch %2 were kept.").arg(x.captured(1), x.captured(2));
    if (const auto x = best.match(m); x.hasMatch())
        return QCoreApplication::translate("TrainerMessages", "Training finished; the weights of the best epoch, %1, were kept.").arg(x.captured(1));
    if (const auto x = diverged.match(m); x.hasMatch())
        return QCoreApplication::translate("TrainerMessages", "The loss became %1 at epoch %2, batch %3: the steps were too large. The last finite weights were restored; lower the learning rate (now %4) and resume.")
            .arg(x.captured(1) == QStringLiteral("NaN") ? QCoreApplication::translate("TrainerMessages", "NaN (not a number)") : QCoreApplication::translate("TrainerMessages", "infinite"), x.captured(2), x.captured(3), x.captured(4));
    return m;
}

QString layerName(const QString& coreName)
{
    if (coreName == QStringLiteral("output"))
        return QCoreApplication::translate("TrainerMessages", "output");
    static const QRegularExpression hidden(QStringLiteral("^hidden (\\d+)$"));
    if (const auto x = hidden.match(coreName); x.hasMatch())
        return QCoreApplication::translate("TrainerMessages", "hidden %1").arg(x.captured(1));
    return coreName;
}

QString datasetText(const QString& coreText)
{
    // The English texts exactly as datasets/catalog.json and core/data/Generators.cpp give them.
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("DatasetText", "MNIST handwritten digits"),
        QT_TRANSLATE_NOOP("DatasetText", "70,000 greyscale 28x28 images of the digits 0-9 (60k training, 10k test)."),
        QT_TRANSLATE_NOOP("DatasetText", "Fashion-MNIST"),
        QT_TRANSLATE_NOOP("DatasetText", "70,000 greyscale 28x28 images of clothing in 10 classes; Debian package dataset-fashion-mnist."),
        QT_TRANSLATE_NOOP("DatasetText", "Wine Quality (red)"),
        QT_TRANSLATE_NOOP("DatasetText", "1,599 red wines: 11 chemical measurements and a quality score 0-10 (the workshop's example)."),
        QT_TRANSLATE_NOOP("DatasetText", "Wine Quality (white)"),
        QT_TRANSLATE_NOOP("DatasetText", "4,898 white wines: 11 chemical measurements and a quality score 0-10."),
        QT_TRANSLATE_NOOP("DatasetText", "Spiral"),
        QT_TRANSLATE_NOOP("DatasetText", "Interleaved spiral arms, one class per arm: needs a hidden layer"),
        QT_TRANSLATE_NOOP("DatasetText", "Two moons"),
        QT_TRANSLATE_NOOP("DatasetText", "Two interleaving half circles"),
        QT_TRANSLATE_NOOP("DatasetText", "Circles"),
        QT_TRANSLATE_NOOP("DatasetText", "A ring around a disc: not linearly separable"),
        QT_TRANSLATE_NOOP("DatasetText", "XOR"),
        QT_TRANSLATE_NOOP("DatasetText", "Four clusters labelled by the sign of x*y: the perceptron's classic failure"),
        QT_TRANSLATE_NOOP("DatasetText", "Gaussian blobs"),
        QT_TRANSLATE_NOOP("DatasetText", "Round clusters, one class each: linearly separable"),
        QT_TRANSLATE_NOOP("DatasetText", "Noisy sine (1-D)"),
        QT_TRANSLATE_NOOP("DatasetText", "y = sin(2 pi x) + noise, for the bias-variance lesson"),
    };
    const QByteArray key = coreText.toUtf8();
    for (const char* t : texts)
        if (key == t)
            return QCoreApplication::translate("DatasetText", t);
    return coreText;
}

QString className(const std::vector<std::string>& names, int c)
{
    if (c < 0 || c >= static_cast<int>(names.size()))
        return QString::number(c);
    // Exactly as datasets/catalog.json and core/data/Generators.cpp name them.
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("ClassName", "T-shirt/top"),
        QT_TRANSLATE_NOOP("ClassName", "Trouser"),
        QT_TRANSLATE_NOOP("ClassName", "Pullover"),
        QT_TRANSLATE_NOOP("ClassName", "Dress"),
        QT_TRANSLATE_NOOP("ClassName", "Coat"),
        QT_TRANSLATE_NOOP("ClassName", "Sandal"),
        QT_TRANSLATE_NOOP("ClassName", "Shirt"),
        QT_TRANSLATE_NOOP("ClassName", "Sneaker"),
        QT_TRANSLATE_NOOP("ClassName", "Bag"),
        QT_TRANSLATE_NOOP("ClassName", "Ankle boot"),
        QT_TRANSLATE_NOOP("ClassName", "upper"),
        QT_TRANSLATE_NOOP("ClassName", "lower"),
        QT_TRANSLATE_NOOP("ClassName", "outer"),
        QT_TRANSLATE_NOOP("ClassName", "inner"),
    };
    const std::string& name = names[static_cast<size_t>(c)];
    for (const char* t : texts)
        if (name == t)
            return QCoreApplication::translate("ClassName", t);
    return QString::fromStdString(name);
}

} // namespace nb::ui
