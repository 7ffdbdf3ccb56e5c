#pragma once

#include "data/Dataset.h"
#include "model/NetworkSpec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace nb::ui {

// The network as a plain list of hidden layers (units, activation, dropout, batch norm).
// Input and output come from the dataset and cannot be edited.
class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);

    void setDataset(const Dataset& data);
    void setLayers(const std::vector<LayerSpec>& layers);
    NetworkSpec spec() const;
    void setEditable(bool editable);

    void addLayer(const LayerSpec& layer = LayerSpec{32, Activation::ReLU, 0.0, false});
    void removeSelectedLayer();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void specChanged();

private:
    void addRow(const LayerSpec& layer);
    void updateSummary();

    QLabel* m_input;
    QLabel* m_output;
    QLabel* m_params;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QComboBox* m_init;
    QCheckBox* m_closedForm;
    NetworkSpec m_base; // input, output and task from the dataset
};

} // namespace nb::ui
