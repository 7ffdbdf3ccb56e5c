#pragma once

#include "train/Snapshots.h"
#include "train/TrainConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace nb::ui {

// Loss, optimizer and its parameters, schedule, seed, device, and the run controls:
// Train (Space), Pause/Resume (Space), Step one batch (S), Stop (Esc), Reset weights (Ctrl+R).
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    void setTask(TaskKind task);
    // Enables the controls that make sense: idle (no run), running, or paused.
    void setRunState(bool active, TrainerState state, bool hasModel);

    QPushButton* trainButton() const { return m_train; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resetButton() const { return m_reset; }
    QDoubleSpinBox* learningRateBox() const { return m_lr; }
    QDoubleSpinBox* speedLimitBox() const { return m_speed; }
    // Presentation mode shows only what a lesson needs: loss, optimizer, learning rate, batch,
    // epochs, early stopping and the speed limit.
    void setAdvancedVisible(bool visible);

Q_SIGNALS:
    void trainRequested();
    void pauseToggled();
    void stepRequested();
    void stopRequested();
    void resetRequested();
    void learningRateEdited(double lr);
    void speedLimitEdited(double batchesPerSecond);

private:
    void updateOptimizerFields();

    QComboBox* m_loss;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_lr;
    QDoubleSpinBox* m_momentum;
    QCheckBox* m_nesterov;
    QDoubleSpinBox* m_weightDecay;
    QSpinBox* m_batch;
    QSpinBox* m_epochs;
    QComboBox* m_schedule;
    QSpinBox* m_patience;
    QSpinBox* m_seed;
    QComboBox* m_device;
    QDoubleSpinBox* m_speed;
    QFormLayout* m_form;
    QPushButton* m_train;
    QPushButton* m_pause;
    QPushButton* m_step;
    QPushButton* m_stop;
    QPushButton* m_reset;
    TaskKind m_task = TaskKind::Classification;
    bool m_active = false;
};

} // namespace nb::ui
