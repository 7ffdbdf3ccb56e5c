#pragma once

#include "data/Dataset.h"
#include "model/NetworkSpec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace nb::ui {

class NetworkEditor;

// The network's settings beside its picture: a palette to drag layers and activations from,
// presets, undo/redo, architecture files, initialization, the closed-form linear model, and
// the parameter count. The picture itself (editor()) is shown by the main window.
class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);

    void setDataset(const Dataset& data);
    void setLayers(const std::vector<LayerSpec>& layers); // no undo step
    NetworkSpec spec() const;
    void setEditable(bool editable, const QString& hint = QString());

    NetworkEditor* editor() const { return m_editor; }
    QListWidget* palette() const { return m_palette; }
    // Presets: "wine", "mnist", "perceptron", "linear".
    void applyPreset(const QString& name);
    bool saveArchitecture(const QString& path, QString* error = nullptr) const;
    bool openArchitecture(const QString& path, QString* error = nullptr);

Q_SIGNALS:
    void specChanged();

private:
    void updateSummary();

    NetworkEditor* m_editor;
    QListWidget* m_palette;
    QLabel* m_params;
    QComboBox* m_init;
    QCheckBox* m_closedForm;
    NetworkSpec m_base;
};

} // namespace nb::ui
