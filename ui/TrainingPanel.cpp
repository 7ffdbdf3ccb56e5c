#include "TrainingPanel.h"

#include "QtText.h"
#include "train/Devices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace nb::ui {

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_loss = new QComboBox(this);
    m_loss->setToolTip(tr("Loss: the number training pushes down. Cross-entropy compares predicted class probabilities "
                          "with the true class; MSE is the mean squared error of predicted values"));
    m_optimizer = new QComboBox(this);
    for (OptimizerKind o : {OptimizerKind::Adam, OptimizerKind::SGD, OptimizerKind::AdamW, OptimizerKind::RMSprop, OptimizerKind::Adagrad})
        m_optimizer->addItem(qs(toString(o)), static_cast<int>(o));
    m_optimizer->setToolTip(tr("Optimizer: how gradients become weight changes. SGD steps against the gradient; "
                               "Adam adapts the step for every weight"));
    m_lr = new QDoubleSpinBox(this);
    m_lr->setObjectName(QStringLiteral("learningRate"));
    m_lr->setDecimals(5);
    m_lr->setRange(0.00001, 10);
    m_lr->setSingleStep(0.0005);
    m_lr->setToolTip(tr("Learning rate: the size of each step down the loss surface. Too large diverges, too small crawls. "
                        "It can be changed while training"));
    m_momentum = new QDoubleSpinBox(this);
    m_momentum->setObjectName(QStringLiteral("momentum"));
    m_momentum->setRange(0, 0.99);
    m_momentum->setSingleStep(0.05);
    m_momentum->setToolTip(tr("SGD momentum: how much of the previous step carries into the next"));
    m_nesterov = new QCheckBox(tr("Nesterov"), this);
    m_weightDecay = new QDoubleSpinBox(this);
    m_weightDecay->setDecimals(5);
    m_weightDecay->setRange(0, 0.5);
    m_weightDecay->setSingleStep(0.0001);
    m_weightDecay->setToolTip(tr("Weight decay: pulls weights towards zero, against overfitting"));
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 65536);
    m_batch->setToolTip(tr("Batch size: samples averaged into each gradient step"));
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(1, 100000);
    m_epochs->setToolTip(tr("Epochs: passes over the whole training set"));
    m_schedule = new QComboBox(this);
    for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Cosine})
        m_schedule->addItem(qs(toString(k)), static_cast<int>(k));
    m_schedule->setToolTip(tr("Learning-rate schedule: constant, step (x0.1 every 10 epochs) or cosine (smoothly to zero)"));
    m_patience = new QSpinBox(this);
    m_patience->setRange(0, 10000);
    m_patience->setSpecialValueText(tr("off"));
    m_patience->setToolTip(tr("Early stopping: stop after this many epochs without a better validation loss and keep the best weights"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000000);
    m_seed->setToolTip(tr("Seed: the same seed gives the same starting weights and the same shuffles"));
    m_device = new QComboBox(this);
    auto* model = qobject_cast<QStandardItemModel*>(m_device->model());
    m_device->addItem(tr("auto"), QStringLiteral("auto"));
    for (const auto& d : listDevices()) {
        // Short names in the user's language; core's details (cores, threads) in the tooltip.
        const QString id = qs(d.id);
        const QString name = id == QStringLiteral("cpu") ? tr("CPU")
            : id.startsWith(QStringLiteral("cuda:"))  ? tr("GPU %1 (CUDA)").arg(id.mid(5))
                                                      : tr("GPU (CUDA)");
        m_device->addItem(name, id);
        m_device->setItemData(m_device->count() - 1, qs(d.available ? d.name : d.reason), Qt::ToolTipRole);
        if (!d.available) {
            if (model)
                model->item(m_device->count() - 1)->setEnabled(false);
        }
    }
    m_speed = new QDoubleSpinBox(this);
    m_speed->setObjectName(QStringLiteral("speedLimit"));
    m_speed->setRange(0, 1000);
    m_speed->setDecimals(1);
    m_speed->setSingleStep(0.5);
    m_speed->setSuffix(tr(" batches/s"));
    m_speed->setSpecialValueText(tr("full speed"));
    m_speed->setToolTip(tr("Teaching pace: train at most this many batches a second, slow enough to narrate each step of "
                           "gradient descent. It can be changed while training"));
    form->addRow(tr("Loss"), m_loss);
    form->addRow(tr("Optimizer"), m_optimizer);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Momentum"), m_momentum);
    form->addRow(QString(), m_nesterov);
    form->addRow(tr("Weight decay"), m_weightDecay);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Schedule"), m_schedule);
    form->addRow(tr("Early stopping"), m_patience);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Speed limit"), m_speed);
    m_form = form;
    layout->addLayout(form);

    auto* grid = new QGridLayout;
    m_train = new QPushButton(tr("Train"), this);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_train->setToolTip(tr("Start training (Space). After a run ends, Train continues the same model; Reset starts afresh"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setToolTip(tr("Pause or resume (Space)"));
    m_step = new QPushButton(tr("Step one batch"), this);
    m_step->setToolTip(tr("Train exactly one batch, then pause (S)"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Stop the run and keep the model as it is (Esc)"));
    m_reset = new QPushButton(tr("Reset weights"), this);
    m_reset->setToolTip(tr("Forget the trained model; the next Train starts from new random weights (Ctrl+R)"));
    QFont big = m_train->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_train->setFont(big);
    grid->addWidget(m_train, 0, 0, 1, 2);
    grid->addWidget(m_pause, 1, 0);
    grid->addWidget(m_step, 1, 1);
    grid->addWidget(m_stop, 2, 0);
    grid->addWidget(m_reset, 2, 1);
    layout->addLayout(grid);
    layout->addStretch();

    connect(m_train, &QPushButton::clicked, this, &TrainingPanel::trainRequested);
    connect(m_pause, &QPushButton::clicked, this, &TrainingPanel::pauseToggled);
    connect(m_step, &QPushButton::clicked, this, &TrainingPanel::stepRequested);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stopRequested);
    connect(m_reset, &QPushButton::clicked, this, &TrainingPanel::resetRequested);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_active)
            Q_EMIT learningRateEdited(v);
    });
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_active)
            Q_EMIT speedLimitEdited(v);
    });
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateOptimizerFields);

    auto shortcut = [this](const QKeySequence& key, auto slot) {
        // Window-wide, but not through modal dialogs such as the CSV import.
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] {
        if (m_active)
            Q_EMIT pauseToggled();
        else
            Q_EMIT trainRequested();
    });
    shortcut(QKeySequence(Qt::Key_S), [this] { Q_EMIT stepRequested(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { Q_EMIT stopRequested(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { Q_EMIT resetRequested(); });

    setTask(TaskKind::Classification);
    setConfig(TrainConfig());
    setRunState(false, TrainerState::Idle, false);
}

void TrainingPanel::updateOptimizerFields()
{
    const bool sgd = static_cast<OptimizerKind>(m_optimizer->currentData().toInt()) == OptimizerKind::SGD;
    m_momentum->setEnabled(sgd && !m_active);
    m_nesterov->setEnabled(sgd && !m_active);
}

void TrainingPanel::setTask(TaskKind task)
{
    m_task = task;
    const LossKind current = m_loss->count() ? static_cast<LossKind>(m_loss->currentData().toInt()) : LossKind::Auto;
    m_loss->clear();
    const std::vector<LossKind> losses = task == TaskKind::Classification
        ? std::vector<LossKind>{LossKind::CrossEntropy, LossKind::BinaryCrossEntropy}
        : std::vector<LossKind>{LossKind::MSE, LossKind::L1, LossKind::Huber};
    for (LossKind l : losses)
        m_loss->addItem(qs(toString(l)), static_cast<int>(l));
    const int keep = m_loss->findData(static_cast<int>(current));
    m_loss->setCurrentIndex(keep >= 0 ? keep : 0);
}

TrainConfig TrainingPanel::config() const
{
    TrainConfig c;
    c.loss = static_cast<LossKind>(m_loss->currentData().toInt());
    c.optimizer = static_cast<OptimizerKind>(m_optimizer->currentData().toInt());
    c.learningRate = m_lr->value();
    c.momentum = m_momentum->value();
    c.nesterov = m_nesterov->isChecked() && c.momentum > 0;
    c.weightDecay = m_weightDecay->value();
    c.batchSize = m_batch->value();
    c.epochs = m_epochs->value();
    c.schedule = static_cast<ScheduleKind>(m_schedule->currentData().toInt());
    c.patience = m_patience->value();
    c.seed = static_cast<uint64_t>(m_seed->value());
    c.device = ss(m_device->currentData().toString());
    c.batchesPerSecond = m_speed->value();
    return c;
}

void TrainingPanel::setConfig(const TrainConfig& c)
{
    const LossKind loss = c.resolvedLoss(m_task);
    if (m_loss->findData(static_cast<int>(loss)) >= 0)
        m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(loss)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(c.optimizer)));
    {
        const QSignalBlocker block(m_lr);
        m_lr->setValue(c.learningRate);
    }
    m_momentum->setValue(c.momentum);
    m_nesterov->setChecked(c.nesterov);
    m_weightDecay->setValue(c.weightDecay);
    m_batch->setValue(c.batchSize);
    m_epochs->setValue(c.epochs);
    m_schedule->setCurrentIndex(m_schedule->findData(static_cast<int>(c.schedule)));
    m_patience->setValue(c.patience);
    m_seed->setValue(static_cast<int>(c.seed));
    const int device = m_device->findData(qs(c.device));
    m_device->setCurrentIndex(device >= 0 ? device : 0);
    {
        const QSignalBlocker block(m_speed);
        m_speed->setValue(c.batchesPerSecond);
    }
}

void TrainingPanel::setAdvancedVisible(bool visible)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_momentum, m_nesterov, m_weightDecay, m_schedule, m_seed, m_device})
        m_form->setRowVisible(w, visible);
}

void TrainingPanel::setRunState(bool active, TrainerState state, bool hasModel)
{
    m_active = active;
    const bool paused = active && state == TrainerState::Paused;
    m_train->setEnabled(!active);
    m_train->setText(hasModel && !active ? tr("Train more") : tr("Train"));
    m_pause->setEnabled(active);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_step->setEnabled(active);
    m_stop->setEnabled(active);
    m_reset->setEnabled(!active && hasModel);
    // Settings that shape the run are fixed while it runs; the learning rate stays live.
    for (QWidget* w : std::initializer_list<QWidget*>{m_loss, m_optimizer, m_momentum, m_nesterov, m_weightDecay, m_batch,
             m_epochs, m_schedule, m_patience, m_seed, m_device})
        w->setEnabled(!active);
    updateOptimizerFields();
}

} // namespace nb::ui
