#include "NetworkPanel.h"

#include "QtText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
enum Column { Units, Act, Dropout, BatchNorm };
}

NetworkPanel::NetworkPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_input = new QLabel(this);
    m_input->setObjectName(QStringLiteral("inputLabel"));
    layout->addWidget(m_input);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("layerTable"));
    m_table->setHorizontalHeaderLabels({tr("Units"), tr("Activation"), tr("Dropout"), tr("Batch norm")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Hidden layers, input side first. Units: neurons in the layer. Activation: the non-linearity after it. "
                           "Dropout: the share of units switched off at random while training, against overfitting."));
    layout->addWidget(m_table, 1);
    m_output = new QLabel(this);
    layout->addWidget(m_output);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add layer"), this);
    m_remove = new QPushButton(tr("Remove layer"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    auto* form = new QFormLayout;
    m_init = new QComboBox(this);
    for (Init i : {Init::Default, Init::Xavier, Init::He})
        m_init->addItem(qs(toString(i)), static_cast<int>(i));
    m_init->setToolTip(tr("How the weights start: PyTorch's default, Xavier (for tanh/sigmoid) or He (for ReLU)"));
    form->addRow(tr("Initialization"), m_init);
    layout->addLayout(form);
    m_closedForm = new QCheckBox(tr("Linear model solved in closed form (pseudo-inverse)"), this);
    m_closedForm->setToolTip(tr("The workshop's first model: no hidden layer, weights from least squares in one step, no gradient descent"));
    layout->addWidget(m_closedForm);
    m_params = new QLabel(this);
    m_params->setObjectName(QStringLiteral("paramCount"));
    layout->addWidget(m_params);

    connect(m_add, &QPushButton::clicked, this, [this] { addLayer(); });
    connect(m_remove, &QPushButton::clicked, this, &NetworkPanel::removeSelectedLayer);
    connect(m_init, &QComboBox::currentIndexChanged, this, &NetworkPanel::updateSummary);
    connect(m_closedForm, &QCheckBox::toggled, this, [this](bool on) {
        m_table->setEnabled(!on);
        m_add->setEnabled(!on);
        m_remove->setEnabled(!on);
        updateSummary();
    });
    m_base.inputShape = {2};
    m_base.outputs = 2;
    updateSummary();
}

void NetworkPanel::addRow(const LayerSpec& layer)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* units = new QSpinBox(m_table);
    units->setRange(1, 65536);
    units->setValue(static_cast<int>(layer.units));
    units->setAccessibleName(tr("Units of layer %1").arg(row + 1));
    auto* act = new QComboBox(m_table);
    for (Activation a : allActivations())
        act->addItem(qs(toString(a)), static_cast<int>(a));
    act->setCurrentIndex(act->findData(static_cast<int>(layer.activation)));
    act->setAccessibleName(tr("Activation of layer %1").arg(row + 1));
    auto* dropout = new QDoubleSpinBox(m_table);
    dropout->setRange(0, 0.95);
    dropout->setSingleStep(0.05);
    dropout->setValue(layer.dropout);
    dropout->setAccessibleName(tr("Dropout of layer %1").arg(row + 1));
    auto* bn = new QCheckBox(m_table);
    bn->setChecked(layer.batchNorm);
    bn->setAccessibleName(tr("Batch normalization of layer %1").arg(row + 1));
    m_table->setCellWidget(row, Units, units);
    m_table->setCellWidget(row, Act, act);
    m_table->setCellWidget(row, Dropout, dropout);
    m_table->setCellWidget(row, BatchNorm, bn);
    connect(units, &QSpinBox::valueChanged, this, &NetworkPanel::updateSummary);
    connect(act, &QComboBox::currentIndexChanged, this, &NetworkPanel::updateSummary);
    connect(dropout, &QDoubleSpinBox::valueChanged, this, &NetworkPanel::updateSummary);
    connect(bn, &QCheckBox::toggled, this, &NetworkPanel::updateSummary);
}

void NetworkPanel::addLayer(const LayerSpec& layer)
{
    addRow(layer);
    updateSummary();
}

void NetworkPanel::removeSelectedLayer()
{
    int row = m_table->currentRow();
    if (row < 0)
        row = m_table->rowCount() - 1;
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateSummary();
}

void NetworkPanel::setLayers(const std::vector<LayerSpec>& layers)
{
    m_table->setRowCount(0);
    for (const auto& l : layers)
        addRow(l);
    m_closedForm->setChecked(false);
    updateSummary();
}

void NetworkPanel::setDataset(const Dataset& data)
{
    m_base.adaptTo(data);
    QString shape;
    for (size_t i = 0; i < data.sampleShape.size(); ++i)
        shape += (i ? QStringLiteral("×") : QString()) + QString::number(data.sampleShape[i]);
    m_input->setText(data.isImage() ? tr("Input: %1 pixels (%2 image)").arg(m_base.inputSize()).arg(shape)
                                    : tr("Input: %1 features").arg(m_base.inputSize()));
    m_output->setText(data.task == TaskKind::Classification
            ? tr("Output: %1 classes (softmax probabilities)").arg(m_base.outputs)
            : tr("Output: 1 value (%1)").arg(qs(data.targetName)));
    updateSummary();
}

NetworkSpec NetworkPanel::spec() const
{
    NetworkSpec s = m_base;
    s.hidden.clear();
    s.init = static_cast<Init>(m_init->currentData().toInt());
    if (m_closedForm->isChecked()) {
        s.kind = ModelKind::ClosedFormLinear;
        return s;
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        LayerSpec l;
        l.units = qobject_cast<QSpinBox*>(m_table->cellWidget(r, Units))->value();
        l.activation = static_cast<Activation>(qobject_cast<QComboBox*>(m_table->cellWidget(r, Act))->currentData().toInt());
        l.dropout = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(r, Dropout))->value();
        l.batchNorm = qobject_cast<QCheckBox*>(m_table->cellWidget(r, BatchNorm))->isChecked();
        s.hidden.push_back(l);
    }
    return s;
}

void NetworkPanel::setEditable(bool editable)
{
    m_table->setEnabled(editable && !m_closedForm->isChecked());
    m_add->setEnabled(editable && !m_closedForm->isChecked());
    m_remove->setEnabled(editable && !m_closedForm->isChecked());
    m_init->setEnabled(editable);
    m_closedForm->setEnabled(editable);
}

void NetworkPanel::updateSummary()
{
    const NetworkSpec s = spec();
    m_params->setText(tr("%L1 parameters (%2 KiB as float32)").arg(s.parameterCount()).arg(s.parameterCount() * 4 / 1024));
    Q_EMIT specChanged();
}

} // namespace nb::ui
