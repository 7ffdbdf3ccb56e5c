#pragma once

#include "io/Runs.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nb::ui {

// The recorded runs as a table: name (editable), start, dataset, network, epochs, best
// validation figure, status.
class RunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Started, Dataset, Network, Epochs, Best, Status, ColumnCount };
    explicit RunsModel(RunStore store, QObject* parent = nullptr);

    // Reads the folder again; problems (damaged runs) are kept for the panel to show.
    void reload();
    void setShortHeaders(bool on); // "Best" for "Best validation", where room is short
    const std::vector<RunRecord>& runs() const { return m_runs; }
    const std::vector<std::string>& problems() const { return m_problems; }
    const RunStore& store() const { return m_store; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    RunStore m_store;
    std::vector<RunRecord> m_runs;
    std::vector<std::string> m_problems;
    bool m_shortHeaders = false;
};

// Lists every recorded run. Selecting several overlays their curves; Open continues a run or
// lets the canvas read with it; Rename and Delete manage them.
class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(RunStore store, QWidget* parent = nullptr);

    void refresh();                      // keeps the selection
    std::vector<RunRecord> selected() const;
    void select(const QStringList& ids); // by run id
    void renameSelected();
    void deleteSelected(bool ask = true);
    RunsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    Q_INVOKABLE void restyle() { fitColumns(); } // after a change of UI scale
    // Presentation mode: only the name and the best figure, so both read from the back of the room.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void compareRequested(const std::vector<nb::RunRecord>& runs);
    void openRequested(const nb::RunRecord& run);
    void message(const QString& text, const QString& kind);

private:
    void selectionChanged();
    void fitColumns();

    RunsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_folder;
    bool m_compact = false;
};

} // namespace nb::ui
