#include "CsvImportDialog.h"

#include "QtText.h"
#include "common/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
QString describeDelimiter(char c)
{
    return c == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(c));
}
}

CsvImportDialog::CsvImportDialog(const QString& path, QWidget* parent) : QDialog(parent), m_path(path)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(900, 620);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Auto"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Auto"), 0);
    m_decimal->addItem(tr("Dot: 7.4"), int('.'));
    m_decimal->addItem(tr("Comma: 7,4"), int(','));
    m_header = new QComboBox(this);
    m_header->addItem(tr("Auto"), int(HeaderMode::Auto));
    m_header->addItem(tr("First row is a header"), int(HeaderMode::Yes));
    m_header->addItem(tr("No header"), int(HeaderMode::No));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setToolTip(tr("The column the network learns to predict"));
    m_task = new QComboBox(this);
    m_task->addItem(tr("Auto"), QStringLiteral("auto"));
    m_task->addItem(tr("Classification (classes)"), QStringLiteral("classification"));
    m_task->addItem(tr("Regression (a number)"), QStringLiteral("regression"));
    m_task->setToolTip(tr("Auto: a text target, or whole numbers with few values, are classes; anything else is a number to predict"));
    m_split = new QSpinBox(this);
    m_split->setRange(5, 50);
    m_split->setValue(20);
    m_split->setSuffix(tr(" % for validation"));
    m_split->setToolTip(tr("Rows held out to check the network on data it did not train on"));
    m_standardize = new QCheckBox(tr("Standardize features (mean 0, deviation 1, from the training rows)"), this);
    m_standardize->setChecked(true);
    m_dropMissing = new QCheckBox(tr("Drop rows with missing values"), this);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Decimal mark"), m_decimal);
    form->addRow(tr("Header"), m_header);
    form->addRow(tr("Target column"), m_target);
    form->addRow(tr("Task"), m_task);
    form->addRow(tr("Split"), m_split);
    form->addRow(QString(), m_standardize);
    form->addRow(QString(), m_dropMissing);
    layout->addLayout(form);
    m_detected = new QLabel(this);
    layout->addWidget(m_detected);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("csvError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Load"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    for (QComboBox* c : {m_delimiter, m_decimal, m_header})
        connect(c, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refreshPreview);
    refreshPreview();
}

CsvOptions CsvImportDialog::options() const
{
    CsvOptions o;
    o.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    o.decimal = static_cast<char>(m_decimal->currentData().toInt());
    o.header = static_cast<HeaderMode>(m_header->currentData().toInt());
    o.target = ss(m_target->currentText());
    const QString task = m_task->currentData().toString();
    if (task != QStringLiteral("auto"))
        o.task = taskFromString(ss(task));
    o.dropMissing = m_dropMissing->isChecked();
    return o;
}

void CsvImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CsvImportDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void CsvImportDialog::refreshPreview()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    showError(QString());
    try {
        CsvOptions o = options();
        o.target.clear();
        const CsvTable t = readCsvTable(ss(m_path), o, 200);
        m_detected->setText(tr("Detected: delimiter %1, decimal mark %2, %3 — showing the first %4 rows")
                                .arg(describeDelimiter(t.delimiter), QString(QLatin1Char(t.decimal)),
                                    t.hasHeader ? tr("header row") : tr("no header"), QString::number(t.rows.size())));
        const QString previous = m_target->currentText();
        m_target->clear();
        for (const auto& c : t.columns)
            m_target->addItem(qs(c));
        const int keep = m_target->findText(previous);
        m_target->setCurrentIndex(keep >= 0 ? keep : m_target->count() - 1);
        m_preview->clear();
        m_preview->setColumnCount(static_cast<int>(t.columns.size()));
        m_preview->setRowCount(static_cast<int>(t.rows.size()));
        QStringList headers;
        for (const auto& c : t.columns)
            headers << qs(c);
        m_preview->setHorizontalHeaderLabels(headers);
        QStringList lines;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            lines << QString::number(t.lines[r]);
            for (size_t c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c)
                m_preview->setItem(static_cast<int>(r), static_cast<int>(c), new QTableWidgetItem(qs(t.rows[r][c])));
        }
        m_preview->setVerticalHeaderLabels(lines); // file line numbers, to match error messages
        m_preview->resizeColumnsToContents();
    } catch (const std::exception& e) {
        showError(qs(e.what()));
    }
    m_refreshing = false;
}

double CsvImportDialog::validationFraction() const { return m_split->value() / 100.0; }

bool CsvImportDialog::standardize() const { return m_standardize->isChecked(); }

void CsvImportDialog::accept()
{
    constexpr qint64 kReadInDialog = 64LL << 20;
    if (QFileInfo(m_path).size() > kReadInDialog && errorText().isEmpty()) {
        m_deferred = true;
        QDialog::accept();
        return;
    }
    try {
        // The same loader as the command line and the Data panel, with the dialog's choices.
        LoadOptions o;
        o.csv = options();
        o.task = o.csv.task;
        LoadedData data = loadData("csv:" + ss(m_path) + ":" + o.csv.target, o);
        // Fails here, in the dialog, if the split leaves nothing to validate on.
        PrepareOptions p;
        p.valFraction = validationFraction();
        prepareData(data, p);
        m_result = std::make_shared<const LoadedData>(std::move(data));
        QDialog::accept();
    } catch (const std::exception& e) {
        showError(qs(e.what()));
    }
}

} // namespace nb::ui
