#include "NetworkPanel.h"

#include "NetworkEditor.h"
#include "Concepts.h"
#include "QtText.h"
#include "common/Error.h"
#include "io/AtomicFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace nb::ui {

namespace {

// Palette entries carry what they add when dropped on the network picture.
class Palette : public QListWidget {
public:
    explicit Palette(QWidget* parent) : QListWidget(parent)
    {
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragOnly);
        setSelectionMode(QAbstractItemView::SingleSelection);
    }

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        auto* data = new QMimeData;
        if (!items.isEmpty())
            data->setData(QStringLiteral("application/x-neuralboard-palette"), items.front()->data(Qt::UserRole).toString().toUtf8());
        return data;
    }
};

} // namespace

NetworkPanel::NetworkPanel(QWidget* parent) : QWidget(parent), m_editor(new NetworkEditor(nullptr))
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Drag into the network picture: a dense layer between two columns, or an activation onto a layer."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_palette = new Palette(this);
    m_palette->setObjectName(QStringLiteral("palette"));
    m_palette->setAccessibleName(tr("Building blocks to drag into the network"));
    auto* dense = new QListWidgetItem(tr("+ Dense layer (32 units, ReLU)"), m_palette);
    dense->setData(Qt::UserRole, QStringLiteral("layer"));
    dense->setToolTip(concepts::denseLayer());
    for (Activation a : allActivations()) {
        auto* item = new QListWidgetItem(tr("activation: %1").arg(qs(toString(a))), m_palette);
        item->setData(Qt::UserRole, QString(QStringLiteral("activation:") + qs(toString(a))));
        item->setToolTip(concepts::activation(a));
    }
    m_palette->setMaximumHeight(200);
    layout->addWidget(m_palette);

    auto* row = new QHBoxLayout;
    auto* undo = new QPushButton(tr("Undo"), this);
    auto* redo = new QPushButton(tr("Redo"), this);
    undo->setToolTip(tr("Undo the last edit of the network (Ctrl+Z in the picture)"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z in the picture)"));
    auto* presets = new QToolButton(this);
    presets->setText(tr("Presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(presets);
    menu->addAction(tr("Wine regressor: one layer of 64 (the workshop's 11-64-1)"), this, [this] { applyPreset(QStringLiteral("wine")); });
    menu->addAction(tr("MNIST classic: 128 and 64, ReLU"), this, [this] { applyPreset(QStringLiteral("mnist")); });
    menu->addAction(tr("A single perceptron: no hidden layer"), this, [this] { applyPreset(QStringLiteral("perceptron")); });
    menu->addAction(tr("Linear model in closed form (pseudo-inverse)"), this, [this] { applyPreset(QStringLiteral("linear")); });
    menu->addSeparator();
    menu->addAction(tr("Save architecture…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the architecture"), QStringLiteral("network.json"), tr("Network (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveArchitecture(path, &error))
            m_params->setText(error);
    });
    menu->addAction(tr("Open architecture…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an architecture"), QString(), tr("Network (*.json)"));
        QString error;
        if (!path.isEmpty() && !openArchitecture(path, &error))
            m_params->setText(error);
    });
    presets->setMenu(menu);
    row->addWidget(undo);
    row->addWidget(redo);
    row->addWidget(presets);
    layout->addLayout(row);

    auto* form = new QFormLayout;
    m_init = new QComboBox(this);
    for (Init i : {Init::Default, Init::Xavier, Init::He})
        m_init->addItem(qs(toString(i)), static_cast<int>(i));
    m_init->setToolTip(tr("How the weights start: PyTorch's default, Xavier (for tanh/sigmoid) or He (for ReLU)"));
    form->addRow(tr("Initialization"), m_init);
    layout->addLayout(form);
    // Short, so the panel never grows wider than its dock at presentation scale; the tooltip says more.
    m_closedForm = new QCheckBox(tr("Closed-form linear model"), this);
    m_closedForm->setToolTip(tr("The workshop's first model: no hidden layer, weights from least squares (the pseudo-inverse) in one step, no gradient descent"));
    layout->addWidget(m_closedForm);
    m_params = new QLabel(this);
    m_params->setObjectName(QStringLiteral("paramCount"));
    m_params->setWordWrap(true);
    layout->addWidget(m_params);
    layout->addStretch();

    connect(undo, &QPushButton::clicked, m_editor->undoStack(), &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_editor->undoStack(), &QUndoStack::redo);
    connect(m_editor->undoStack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_editor->undoStack(), &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &NetworkEditor::layersChanged, this, &NetworkPanel::updateSummary);
    connect(m_init, &QComboBox::currentIndexChanged, this, &NetworkPanel::updateSummary);
    connect(m_closedForm, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_editor->layers().empty())
            m_editor->applyLayers({}, tr("Closed-form linear model"));
        m_palette->setEnabled(!on);
        updateSummary();
    });
    m_base.inputShape = {2};
    m_base.outputs = 2;
    updateSummary();
}

void NetworkPanel::setLayers(const std::vector<LayerSpec>& layers)
{
    const QSignalBlocker block(m_closedForm);
    m_closedForm->setChecked(false);
    m_palette->setEnabled(true);
    m_editor->resetLayers(layers);
    updateSummary();
}

void NetworkPanel::setDataset(const Dataset& data)
{
    m_base.adaptTo(data);
    m_editor->setFrame(m_base, data.isImage(), data.classNames);
    updateSummary();
}

NetworkSpec NetworkPanel::spec() const
{
    NetworkSpec s = m_base;
    s.init = static_cast<Init>(m_init->currentData().toInt());
    s.hidden = m_editor->layers();
    if (m_closedForm->isChecked()) {
        s.kind = ModelKind::ClosedFormLinear;
        s.hidden.clear();
    }
    return s;
}

void NetworkPanel::setEditable(bool editable, const QString& hint)
{
    m_editor->setLocked(!editable, hint);
    m_palette->setEnabled(editable && !m_closedForm->isChecked());
    m_init->setEnabled(editable);
    m_closedForm->setEnabled(editable);
}

void NetworkPanel::applyPreset(const QString& name)
{
    if (name == QStringLiteral("linear")) {
        m_closedForm->setChecked(true);
        return;
    }
    m_closedForm->setChecked(false);
    std::vector<LayerSpec> layers;
    if (name == QStringLiteral("wine"))
        layers = parseLayers("64:relu");
    else if (name == QStringLiteral("mnist"))
        layers = parseLayers("128:relu,64:relu");
    m_editor->applyLayers(layers, tr("Preset: %1").arg(name));
}

bool NetworkPanel::saveArchitecture(const QString& path, QString* error) const
{
    try {
        writeFileAtomically(ss(path), spec().toJson());
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = qs(e.what());
        return false;
    }
}

bool NetworkPanel::openArchitecture(const QString& path, QString* error)
{
    try {
        const NetworkSpec s = NetworkSpec::fromJson(readFile(ss(path), 1 << 20), ss(path));
        m_init->setCurrentIndex(m_init->findData(static_cast<int>(s.init)));
        m_closedForm->setChecked(s.kind == ModelKind::ClosedFormLinear);
        if (s.kind != ModelKind::ClosedFormLinear)
            m_editor->applyLayers(s.hidden, tr("Open %1").arg(path));
        if (s.inputShape != m_base.inputShape || s.outputs != m_base.outputs)
            m_params->setText(tr("Opened; its input and output were adapted to this dataset.") + QLatin1Char('\n') + m_params->text());
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = qs(e.what());
        return false;
    }
}

void NetworkPanel::updateSummary()
{
    const NetworkSpec s = spec();
    const int64_t params = s.parameterCount();
    // Weights in float32; Adam keeps two more numbers per weight while training.
    m_params->setText(tr("%L1 parameters: %2 KiB of weights, %3 KiB while training with Adam")
                          .arg(params)
                          .arg(params * 4 / 1024)
                          .arg(params * 12 / 1024));
    Q_EMIT specChanged();
}

} // namespace nb::ui
