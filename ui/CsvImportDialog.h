#pragma once

#include "data/DataSource.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace nb::ui {

// Import a CSV file: a live preview of the parsed table, the detected delimiter, decimal mark
// and header (each can be changed), the target column and task, the validation split and
// standardization. Errors appear in the dialog with their line and column; it stays open.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CsvImportDialog(const QString& path, QWidget* parent = nullptr);

    std::shared_ptr<const LoadedData> result() const { return m_result; }
    // Large files are not read in the dialog: it closes and they load in the background with
    // progress and Cancel. Then result() is empty and these say what to load.
    bool deferred() const { return m_deferred; }
    CsvOptions chosenOptions() const { return options(); }
    double validationFraction() const;
    bool standardize() const;
    QString errorText() const;

    QComboBox* targetCombo() const { return m_target; }
    QComboBox* taskCombo() const { return m_task; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QComboBox* decimalCombo() const { return m_decimal; }
    QTableWidget* previewTable() const { return m_preview; }

    void accept() override;

private:
    CsvOptions options() const;
    void refreshPreview();
    void showError(const QString& message);

    QString m_path;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QComboBox* m_header;
    QComboBox* m_target;
    QComboBox* m_task;
    QSpinBox* m_split;
    QCheckBox* m_standardize;
    QCheckBox* m_dropMissing;
    QLabel* m_detected;
    QLabel* m_error;
    QTableWidget* m_preview;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<const LoadedData> m_result;
    bool m_refreshing = false;
    bool m_deferred = false;
};

} // namespace nb::ui
