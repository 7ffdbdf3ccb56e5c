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

} // namespace nb::ui
