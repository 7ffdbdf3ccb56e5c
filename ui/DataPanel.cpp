#include "DataPanel.h"

#include "CsvImportDialog.h"
#include "DataPreview.h"
#include "DownloadDialog.h"
#include "QtText.h"
#include "TrainerMessages.h"
#include "data/Catalog.h"
#include "data/Generators.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nb::ui {

DataPanel::DataPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("datasetCombo"));
    m_combo->setToolTip(tr("The dataset to learn from. Greyed entries are not on this machine; hover them to see where they come from."));
    // Long entries ("… — download…") must not widen the dock at presentation scale; the list
    // that drops down is as wide as its longest entry anyway.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    layout->addWidget(m_combo);

    m_params = new QGroupBox(tr("Generator"), this);
    auto* form = new QFormLayout(m_params);
    m_samples = new QSpinBox(m_params);
    m_samples->setRange(20, 100000);
    m_samples->setValue(600);
    m_samples->setToolTip(tr("How many points to generate"));
    m_noise = new QDoubleSpinBox(m_params);
    m_noise->setRange(0, 5);
    m_noise->setSingleStep(0.05);
    m_noise->setToolTip(tr("How far points scatter from the clean shape; more noise makes the task harder"));
    m_arms = new QSpinBox(m_params);
    m_arms->setRange(2, 10);
    m_arms->setValue(3);
    m_seed = new QSpinBox(m_params);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same points"));
    form->addRow(tr("Samples"), m_samples);
    form->addRow(tr("Noise"), m_noise);
    m_armsLabel = new QLabel(tr("Arms"), m_params);
    form->addRow(m_armsLabel, m_arms);
    form->addRow(tr("Seed"), m_seed);
    layout->addWidget(m_params);

    auto* buttons = new QHBoxLayout;
    m_openCsv = new QPushButton(tr("Open CSV…"), this);
    m_openCsv->setToolTip(tr("Import a table: choose the target column, the task and the split"));
    m_openIdx = new QPushButton(tr("Open IDX folder…"), this);
    m_openIdx->setToolTip(tr("An MNIST-style folder: train-images-idx3-ubyte(.gz) and its labels, or the t10k pair"));
    buttons->addWidget(m_openCsv);
    buttons->addWidget(m_openIdx);
    layout->addLayout(buttons);

    auto* loading = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Loading data"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop loading this file; the data in use stays"));
    m_cancel->setVisible(false);
    loading->addWidget(m_progress, 1);
    loading->addWidget(m_cancel);
    layout->addLayout(loading);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            *m_cancelFlag = true;
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dataStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_preview = new DataPreview(this);
    layout->addWidget(m_preview, 1);

    fillCombo();
    connect(m_combo, &QComboBox::currentIndexChanged, this, &DataPanel::comboChanged);
    for (QSpinBox* s : {m_samples, m_arms, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &DataPanel::generatorParamsChanged);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &DataPanel::generatorParamsChanged);
    connect(m_openCsv, &QPushButton::clicked, this, [this] { openCsv(); });
    connect(m_openIdx, &QPushButton::clicked, this, [this] { openIdxFolder(); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DataPanel::finishLoad);
    m_params->setVisible(false);
}

DataPanel::~DataPanel()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void DataPanel::fillCombo()
{
    m_filling = true;
    m_combo->clear();
    for (const auto& e : catalog()) {
        const auto where = locate(e);
        m_combo->addItem(datasetText(qs(e.title)), qs(e.id));
        const int row = m_combo->count() - 1;
        if (where) {
            m_combo->setItemData(row, tr("%1\nFound at %2").arg(datasetText(qs(e.description)), qs(*where)), Qt::ToolTipRole);
        } else {
            QStringList places;
            for (const auto& p : candidatePaths(e))
                places << qs(p);
            QString hint = tr("%1\nNot on this machine. Looked in:\n%2\nDownload: %3")
                               .arg(datasetText(qs(e.description)), places.join(QLatin1Char('\n')), qs(e.files.front().url));
            if (e.id == "fashion-mnist")
                hint += tr("\nor install it: apt-get install dataset-fashion-mnist");
            m_combo->setItemData(row, hint, Qt::ToolTipRole);
            m_combo->setItemText(row, tr("%1 — download…").arg(datasetText(qs(e.title))));
            m_combo->setItemData(row, true, Qt::UserRole + 1); // missing: choosing it offers the download
        }
    }
    m_combo->insertSeparator(m_combo->count());
    for (const auto& g : generators()) {
        m_combo->addItem(tr("%1 (built-in)").arg(datasetText(qs(g.title))), QString(QStringLiteral("builtin:") + qs(g.id)));
        m_combo->setItemData(m_combo->count() - 1, datasetText(qs(g.description)), Qt::ToolTipRole);
    }
    m_filling = false;
}

QString DataPanel::builtinSpec() const
{
    const QString id = m_combo->currentData().toString().mid(8);
    QString spec = QStringLiteral("builtin:%1:samples=%2,noise=%3,seed=%4")
                       .arg(id, QString::number(m_samples->value()), QString::number(m_noise->value()), QString::number(m_seed->value()));
    if (id == QStringLiteral("spiral"))
        spec += QStringLiteral(",arms=") + QString::number(m_arms->value());
    if (id == QStringLiteral("blobs"))
        spec += QStringLiteral(",centers=") + QString::number(m_arms->value());
    return spec;
}

void DataPanel::comboChanged()
{
    if (m_filling)
        return;
    const QString spec = m_combo->currentData().toString();
    const bool builtin = spec.startsWith(QStringLiteral("builtin:"));
    m_params->setVisible(builtin);
    if (builtin) {
        const std::string id = ss(spec.mid(8));
        for (const auto& g : generators())
            if (g.id == id) {
                const QSignalBlocker block(m_noise);
                m_noise->setValue(g.defaultNoise);
            }
        const bool arms = id == "spiral" || id == "blobs";
        m_arms->setVisible(arms);
        m_armsLabel->setVisible(arms);
        m_armsLabel->setText(id == "blobs" ? tr("Clusters") : tr("Arms"));
        load(builtinSpec());
    } else if (m_combo->currentData(Qt::UserRole + 1).toBool()) {
        download(spec);
    } else if (!spec.isEmpty()) {
        load(spec);
    }
}

void DataPanel::download(const QString& id)
{
    const CatalogEntry* entry = findCatalogEntry(ss(id));
    if (!entry)
        return;
    const bool ok = m_downloadDialog ? m_downloadDialog(*entry) : [&] {
        DownloadDialog dialog(*entry, this);
        return dialog.exec() == QDialog::Accepted && dialog.succeeded();
    }();
    fillCombo();
    if (ok && locate(*entry)) {
        selectSpec(id, datasetText(qs(entry->title)));
        load(id);
    } else if (m_data) {
        selectSpec(qs(m_data->spec), datasetText(qs(m_data->data.name))); // back to the data in use
    }
}

void DataPanel::generatorParamsChanged()
{
    if (m_combo->currentData().toString().startsWith(QStringLiteral("builtin:")))
        load(builtinSpec());
}

void DataPanel::selectSpec(const QString& spec, const QString& label)
{
    // Shows the spec in the chooser without loading it again.
    QString key = spec;
    if (key.startsWith(QStringLiteral("builtin:")))
        key = key.section(QLatin1Char(':'), 0, 1);
    int index = m_combo->findData(key);
    if (index < 0) {
        m_combo->addItem(label, spec);
        index = m_combo->count() - 1;
    }
    m_filling = true;
    m_combo->setCurrentIndex(index);
    const bool builtin = key.startsWith(QStringLiteral("builtin:"));
    m_params->setVisible(builtin);
    if (builtin) {
        // Show the generator's parameters as the spec gave them (core's parser), or its defaults.
        BuiltinSpec b;
        try {
            b = parseBuiltinSpec(ss(spec));
        } catch (const std::exception&) {
            b.id = ss(key.mid(8)); // a spec that loaded cannot be malformed; show the defaults
        }
        const std::string& id = b.id;
        GeneratorParams p = b.params;
        if (p.noise < 0)
            for (const auto& g : generators())
                if (g.id == id)
                    p.noise = g.defaultNoise;
        if (id == "blobs")
            p.arms = p.centers; // one box shows arms or clusters
        const QSignalBlocker b1(m_samples), b2(m_noise), b3(m_arms), b4(m_seed);
        m_samples->setValue(p.samples);
        m_noise->setValue(p.noise);
        m_arms->setValue(p.arms);
        m_seed->setValue(static_cast<int>(p.seed));
        const bool arms = id == "spiral" || id == "blobs";
        m_arms->setVisible(arms);
        m_armsLabel->setVisible(arms);
        m_armsLabel->setText(id == "blobs" ? tr("Clusters") : tr("Arms"));
    }
    m_filling = false;
}

void DataPanel::load(const QString& spec, const LoadOptions& options, double valFraction, std::optional<bool> standardize)
{
    m_loadingSpec = spec;
    m_valFraction = valFraction;
    m_standardize = standardize;
    m_loadingOptions = options;
    m_loadingOptions.progress = nullptr;
    m_progress->setVisible(true);
    m_progress->setRange(0, 0); // busy until the loader reports how far it is
    m_cancel->setVisible(true);
    m_status->setText(tr("Loading %1…").arg(spec));
    const std::string s = ss(spec);
    if (m_cancelFlag)
        *m_cancelFlag = true; // a load still running is superseded
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlag = cancel;
    LoadOptions withProgress = options;
    QProgressBar* bar = m_progress;
    // The panel outlives the load (its destructor cancels and waits), so the bar is safe to use
    // from the queued call.
    withProgress.progress = [this, bar, cancel](double f) {
        QMetaObject::invokeMethod(this, [bar, f] {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(f * 1000));
        }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_watcher.setFuture(QtConcurrent::run([s, withProgress]() {
        LoadOutcome out;
        try {
            out.data = std::make_shared<const LoadedData>(loadData(s, withProgress));
        } catch (const std::exception& e) {
            out.error = qs(e.what());
        }
        return out;
    }));
}

void DataPanel::finishLoad()
{
    if (m_watcher.isRunning())
        return;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const LoadOutcome outcome = m_watcher.result();
    if (outcome.data) {
        auto data = outcome.data;
        m_data = data;
        m_dataOptions = m_loadingOptions;
        const QString spec = qs(data->spec);
        selectSpec(spec, spec.startsWith(QStringLiteral("mnist:")) ? tr("IDX folder %1").arg(QFileInfo(spec.mid(6)).fileName()) : spec);
        showDescription(*data);
        m_preview->show(*data);
        Q_EMIT loaded(data);
    } else {
        const QString message = outcome.error;
        m_status->setText(message);
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        Q_EMIT loadFailed(message);
    }
}

void DataPanel::showDescription(const LoadedData& loaded)
{
    const Dataset& d = loaded.data;
    const QString name = datasetText(qs(d.name));
    QString text;
    if (d.isImage())
        text = tr("%1: %L2 images of %3×%4 pixels, %L5 classes").arg(name).arg(d.size()).arg(d.sampleShape[1]).arg(d.sampleShape[2]).arg(d.classCount());
    else if (d.task == TaskKind::Classification)
        text = tr("%1: %L2 rows, %L3 features, %L4 classes").arg(name).arg(d.size()).arg(d.featureCount()).arg(d.classCount());
    else
        text = tr("%1: %L2 rows, %L3 features, predicting “%4”").arg(name).arg(d.size()).arg(d.featureCount()).arg(qs(d.targetName));
    if (loaded.heldOut)
        text += tr(", and %L1 test images for validation").arg(loaded.heldOut->size());
    else if (d.isImage() && !loaded.spec.empty() && loaded.spec.rfind("builtin:", 0) != 0)
        text += tr(" (only the test pair: part of it is held out for validation)");
    m_status->setText(text);
    m_status->setToolTip(tr("Loaded from %1").arg(qs(loaded.spec)));
    m_status->setStyleSheet(QString());
}

bool DataPanel::isLoading() const { return m_watcher.isRunning(); }

void DataPanel::setLoaded(std::shared_ptr<const LoadedData> data, double valFraction, bool standardize, const LoadOptions& options)
{
    m_data = std::move(data);
    m_dataOptions = options;
    m_valFraction = valFraction;
    m_standardize = standardize;
    const QString spec = qs(m_data->spec);
    selectSpec(spec, tr("CSV %1").arg(QFileInfo(spec.mid(4).section(QLatin1Char(':'), 0, 0)).fileName()));
    showDescription(*m_data);
    m_preview->show(*m_data);
    Q_EMIT loaded(m_data);
}

PrepareOptions DataPanel::prepareOptions() const
{
    PrepareOptions o;
    o.valFraction = m_valFraction;
    o.standardize = m_standardize;
    return o;
}

QString DataPanel::currentSpec() const { return m_data ? qs(m_data->spec) : QString(); }

void DataPanel::openCsv(const QString& path)
{
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(this, tr("Open a CSV file"), QString(), tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (file.isEmpty())
        return;
    CsvImportDialog dialog(file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.result()) {
        LoadOptions o;
        o.csv = dialog.chosenOptions();
        o.task = o.csv.task;
        setLoaded(dialog.result(), dialog.validationFraction(), dialog.standardize(), o);
    } else if (dialog.deferred()) {
        LoadOptions o;
        o.csv = dialog.chosenOptions();
        o.task = o.csv.task;
        load(QStringLiteral("csv:") + file + QLatin1Char(':') + qs(o.csv.target), o, dialog.validationFraction(), dialog.standardize());
    }
}

void DataPanel::openIdxFolder(const QString& dir)
{
    QString folder = dir;
    if (folder.isEmpty())
        folder = QFileDialog::getExistingDirectory(this, tr("Open an MNIST / IDX folder"));
    if (!folder.isEmpty())
        load(QStringLiteral("mnist:") + folder);
}

} // namespace nb::ui
