#include "RunsPanel.h"

#include "QtText.h"
#include "TrainerMessages.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace nb::ui {

RunsModel::RunsModel(RunStore store, QObject* parent) : QAbstractTableModel(parent), m_store(std::move(store)) { reload(); }

void RunsModel::reload()
{
    beginResetModel();
    m_problems.clear();
    m_runs = m_store.list(&m_problems);
    endResetModel();
}

void RunsModel::setShortHeaders(bool on)
{
    m_shortHeaders = on;
    Q_EMIT headerDataChanged(Qt::Horizontal, Best, Best);
}

int RunsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_runs.size()); }

int RunsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case Started: return tr("Started");
        case Dataset: return tr("Dataset");
        case Network: return tr("Network");
        case Epochs: return tr("Epochs");
        case Best: return m_shortHeaders ? tr("Best") : tr("Best validation");
        case Status: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole && section == Best)
        return tr("Classification: the best validation accuracy. Regression: the lowest validation loss.");
    return {};
}

QVariant RunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RunRecord& r = m_runs[static_cast<size_t>(index.row())];
    const QLocale locale;
    const bool classes = r.network.task == TaskKind::Classification;
    if (role == Qt::UserRole)
        return qs(r.id);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name: return qs(r.name);
        case Started: return qs(r.created);
        case Dataset: return r.datasetName.empty() ? qs(r.datasetSpec) : datasetText(qs(r.datasetName));
        case Network: return r.network.hidden.empty() ? tr("linear") : qs(formatLayers(r.network.hidden));
        case Epochs: return static_cast<int>(r.history.size());
        case Best: {
            const double v = classes ? r.bestValAccuracy() : r.bestValLoss();
            if (!std::isfinite(v))
                return QString();
            return classes ? tr("%1 %").arg(locale.toString(100 * v, 'f', 2)) : locale.toString(v, 'g', 4);
        }
        case Status:
            if (r.status == "finished") return tr("finished");
            if (r.status == "stopped") return tr("stopped");
            if (r.status == "failed") return tr("failed");
            if (r.status == "running") return tr("running");
            return qs(r.status);
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\nFolder: %2").arg(qs(r.name), QDir::toNativeSeparators(qs(r.folder)));
        if (!r.message.empty())
            tip += QLatin1Char('\n') + qs(r.message);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Epochs || index.column() == Best))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RunsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || index.row() >= rowCount())
        return false;
    const QString name = value.toString().trimmed();
    RunRecord& r = m_runs[static_cast<size_t>(index.row())];
    if (name.isEmpty() || name == qs(r.name))
        return false;
    try {
        m_store.rename(r.id, ss(name));
        r.name = ss(name);
        Q_EMIT dataChanged(index, index);
        return true;
    } catch (const std::exception& e) {
        Q_EMIT failed(qs(e.what()));
        return false;
    }
}

RunsPanel::RunsPanel(RunStore store, QWidget* parent) : QWidget(parent), m_model(new RunsModel(std::move(store), this))
{
    setObjectName(QStringLiteral("runsPanel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsModel::Started, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle); // run names differ at their ends (…,64:relu:0.3)
    m_table->setAccessibleName(tr("Recorded runs"));
    m_table->setAccessibleDescription(tr("Select several runs to overlay their curves; F2 renames, Delete removes."));
    m_table->setToolTip(tr("Every training run is kept here. Select several (Ctrl+click) to overlay their curves in the Training curves view."));

    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Load the run's network, settings and trained model: Train more continues it, and the canvas reads with it"));
    m_rename = new QPushButton(tr("Rename"), this);
    m_rename->setToolTip(tr("Give the run a name that says what it tried (F2)"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected runs' folders, checkpoints included"));
    m_folder = new QPushButton(tr("Show folder"), this);
    m_folder->setToolTip(tr("Open the folder with the run's files (run.json, network.json, metrics.csv, checkpoints)"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_open, m_rename, m_delete, m_folder})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPanel::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this] {
        if (selected().size() == 1)
            Q_EMIT openRequested(selected().front());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (selected().size() == 1)
            Q_EMIT openRequested(selected().front());
    });
    auto* del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { deleteSelected(true); });
    connect(m_rename, &QPushButton::clicked, this, &RunsPanel::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        const auto runs = selected();
        QDesktopServices::openUrl(QUrl::fromLocalFile(runs.size() == 1 ? qs(runs.front().folder) : qs(m_model->store().root())));
    });
    connect(m_model, &RunsModel::failed, this, [this](const QString& why) { Q_EMIT message(why, QStringLiteral("error")); });
    refresh();
}

std::vector<RunRecord> RunsPanel::selected() const
{
    std::vector<RunRecord> runs;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const int source = m_proxy->mapToSource(row).row();
        if (source >= 0 && source < m_model->rowCount())
            runs.push_back(m_model->runs()[static_cast<size_t>(source)]);
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) { return a.createdMs < b.createdMs; });
    return runs;
}

void RunsPanel::select(const QStringList& ids)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (ids.contains(index.data(Qt::UserRole).toString()))
            selection.select(index, m_proxy->index(row, RunsModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RunsPanel::refresh()
{
    QStringList ids;
    for (const auto& r : selected())
        ids << qs(r.id);
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->reload();
        select(ids);
    }
    fitColumns();
    const auto& problems = m_model->problems();
    m_status->setText(problems.empty() ? tr("Runs: %L1, kept in %2").arg(m_model->rowCount()).arg(QDir::toNativeSeparators(qs(m_model->store().root())))
                                       : tr("Damaged run folders skipped: %L1. The first: %2").arg(problems.size()).arg(qs(problems.front())));
    selectionChanged();
}

void RunsPanel::setCompact(bool compact)
{
    m_compact = compact;
    for (int column : {RunsModel::Started, RunsModel::Dataset, RunsModel::Network, RunsModel::Epochs, RunsModel::Status})
        m_table->setColumnHidden(column, compact);
    m_folder->setVisible(!compact); // the status line below names the folder
    m_model->setShortHeaders(compact);
    // Compact: the name takes whatever the best figure leaves.
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::Name, compact ? QHeaderView::Stretch : QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(!compact);
    fitColumns();
}

void RunsPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    if (m_compact)
        return; // the name column stretches
    // The name first, whole, as far as it fits.
    m_table->setColumnWidth(RunsModel::Name, std::min(m_table->columnWidth(RunsModel::Name), std::max(120, m_table->viewport()->width() / 2)));
}

void RunsPanel::selectionChanged()
{
    const auto runs = selected();
    m_open->setEnabled(runs.size() == 1);
    m_rename->setEnabled(runs.size() == 1);
    m_delete->setEnabled(!runs.empty());
    Q_EMIT compareRequested(runs);
}

void RunsPanel::renameSelected()
{
    const QModelIndex current = m_table->selectionModel()->selectedRows(RunsModel::Name).value(0);
    if (current.isValid())
        m_table->edit(current);
}

void RunsPanel::deleteSelected(bool ask)
{
    const auto runs = selected();
    if (runs.empty())
        return;
    if (ask
        && QMessageBox::question(this, tr("Delete runs?"),
               tr("Delete the selected runs (%L1) with their checkpoints? This cannot be undone.").arg(runs.size()))
            != QMessageBox::Yes)
        return;
    for (const auto& r : runs) {
        try {
            m_model->store().remove(r.id);
        } catch (const std::exception& e) {
            Q_EMIT message(qs(e.what()), QStringLiteral("error"));
        }
    }
    m_table->clearSelection();
    refresh();
}

} // namespace nb::ui
