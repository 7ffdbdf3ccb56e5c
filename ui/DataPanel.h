#pragma once

#include "data/Catalog.h"
#include "data/DataSource.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace nb::ui {

class DataPreview;

// Chooses and loads the dataset: the catalog (with what this machine has), the built-in
// generators and their parameters, CSV files (through the import dialog) and IDX folders.
// Loading runs off the UI thread.
class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);
    ~DataPanel() override;

    // Loads a data spec (as on the command line) in the background.
    void load(const QString& spec, const LoadOptions& options = {}, double valFraction = -1,
        std::optional<bool> standardize = std::nullopt);
    // Takes data loaded elsewhere (the CSV import dialog).
    void setLoaded(std::shared_ptr<const LoadedData> data, double valFraction, bool standardize, const LoadOptions& options = {});
    // How the data in use was read (CSV options), for saving sessions.
    const LoadOptions& loadOptions() const { return m_dataOptions; }
    void openCsv(const QString& path = QString());
    void openIdxFolder(const QString& dir = QString());
    // A catalog dataset that is not on this machine: the download dialog, then load it.
    void download(const QString& id);
    // Tests replace the dialog (true: downloaded).
    void setDownloadDialog(std::function<bool(const CatalogEntry&)> dialog) { m_downloadDialog = std::move(dialog); }

    bool isLoading() const;
    std::shared_ptr<const LoadedData> data() const { return m_data; }
    // How to split and scale for training (the CSV dialog's choices, else the defaults).
    PrepareOptions prepareOptions() const;
    QString currentSpec() const;
    QComboBox* datasetCombo() const { return m_combo; }
    DataPreview* preview() const { return m_preview; }

Q_SIGNALS:
    void loaded(std::shared_ptr<const nb::LoadedData> data);
    void loadFailed(const QString& message);

private:
    void fillCombo();
    void comboChanged();
    void generatorParamsChanged();
    void finishLoad();
    void showDescription(const LoadedData& loaded); // in the user's language
    void selectSpec(const QString& spec, const QString& label);
    QString builtinSpec() const;

    QComboBox* m_combo;
    QGroupBox* m_params;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_noise;
    QSpinBox* m_arms;
    QSpinBox* m_seed;
    QLabel* m_armsLabel;
    QPushButton* m_openCsv;
    QPushButton* m_openIdx;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QLabel* m_status;
    DataPreview* m_preview;

    struct LoadOutcome {
        std::shared_ptr<const LoadedData> data;
        QString error;
    };
    QFutureWatcher<LoadOutcome> m_watcher;
    QString m_loadingSpec;
    QString m_loadError;
    std::shared_ptr<const LoadedData> m_data;
    std::function<bool(const CatalogEntry&)> m_downloadDialog;
    double m_valFraction = -1;
    std::optional<bool> m_standardize;
    LoadOptions m_loadingOptions; // of the load in progress
    LoadOptions m_dataOptions;    // of the data in use
    bool m_filling = false;
};

} // namespace nb::ui
