#include "MainWindow.h"

#include "ConfusionView.h"
#include "ChartExport.h"
#include "CurvesView.h"
#include "PredictionView.h"
#include "PreferencesDialog.h"
#include "RunsPanel.h"
#include "Tour.h"
#include "TrainerMessages.h"
#include "WeightsView.h"
#include "DataPanel.h"
#include "DrawPanel.h"
#include "NetworkEditor.h"
#include "NetworkPanel.h"
#include "QtText.h"
#include "Theme.h"
#include "TrainingPanel.h"
#include "TrainingSession.h"
#include "data/Catalog.h"
#include "io/AtomicFile.h"
#include "io/Checkpoint.h"
#include "io/History.h"
#include "io/OnnxExport.h"
#include "io/PyTorchExport.h"
#include "model/Model.h"
#include "train/Devices.h"

#include <QAction>
#include <cstdio>
#include <QDateTime>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QScreen>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QDir>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace nb::ui {

namespace {

constexpr qint64 kEpochViewsMs = 125; // whole-picture views redraw at most 8 times a second

QDockWidget* dock(QMainWindow* window, const QString& title, const QString& name, QWidget* content)
{
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    auto* scroll = new QScrollArea(d);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    d->setWidget(scroll);
    return d;
}

QString formatDuration(double seconds)
{
    const auto s = static_cast<qint64>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

const QStringList& MainWindow::viewNames()
{
    static const QStringList names = {QStringLiteral("network"), QStringLiteral("curves"), QStringLiteral("confusion"),
        QStringLiteral("weights"), QStringLiteral("predictions"), QStringLiteral("draw")};
    return names;
}

QWidget* MainWindow::viewNamed(const QString& name) const
{
    const QList<QWidget*> views = {m_network->editor(), m_curves, m_confusion, m_weights, m_predictions, m_draw}; // viewNames() order
    const int i = static_cast<int>(viewNames().indexOf(name == QStringLiteral("networkEditor") ? QStringLiteral("network") : name));
    return i >= 0 ? views[i] : nullptr;
}

QString MainWindow::viewName(QWidget* view) const
{
    for (const QString& name : viewNames())
        if (viewNamed(name) == view)
            return name;
    return {};
}

QString MainWindow::defaultDataSpec()
{
    for (const char* id : {"mnist", "fashion-mnist"})
        if (const CatalogEntry* e = findCatalogEntry(id); e && locate(*e))
            return QString::fromLatin1(id);
    return QStringLiteral("builtin:spiral");
}

MainWindow::MainWindow(const Options& options, QWidget* parent) : QMainWindow(parent), m_options(options)
{
    setWindowTitle(tr("NeuralBoard"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_session = new TrainingSession(this);
    m_data = new DataPanel(this);
    m_network = new NetworkPanel(this);
    m_training = new TrainingPanel(this);
    m_curves = new CurvesView(this);
    m_draw = new DrawPanel(m_session, this);
    m_confusion = new ConfusionView(this);
    m_weights = new WeightsView(this);
    m_predictions = new PredictionView(this);
    m_runs = new RunsPanel(RunStore(ss(m_options.runsDir.isEmpty() ? defaultRunsDir() : m_options.runsDir)), this);
    // Views are named (viewNames()), so sessions and --view can say which one is on screen.
    for (const QString& name : viewNames())
        if (name != QStringLiteral("network"))
            viewNamed(name)->setObjectName(name);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_views = new QTabWidget(central);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Views"));
    m_views->addTab(m_network->editor(), tr("Network"));
    m_views->addTab(m_curves, tr("Training curves"));
    m_views->addTab(m_confusion, tr("Confusion matrix"));
    m_views->addTab(m_weights, tr("Weights"));
    m_views->addTab(m_predictions, tr("Predictions"));
    m_views->addTab(m_draw, tr("Draw a digit"));
    QFont tabs = m_views->font();
    tabs.setPixelSize(px(15));
    m_views->tabBar()->setFont(tabs);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_dataDock = dock(this, tr("Data"), QStringLiteral("dataDock"), m_data);
    m_networkDock = dock(this, tr("Network"), QStringLiteral("networkDock"), m_network);
    m_trainingDock = dock(this, tr("Training"), QStringLiteral("trainingDock"), m_training);
    addDockWidget(Qt::LeftDockWidgetArea, m_dataDock);
    addDockWidget(Qt::RightDockWidgetArea, m_networkDock);
    addDockWidget(Qt::RightDockWidgetArea, m_trainingDock);
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_runsDock->setWidget(m_runs);
    addDockWidget(Qt::LeftDockWidgetArea, m_runsDock);
    resizeDocks({m_dataDock, m_networkDock}, {420, 400}, Qt::Horizontal);

    m_epochLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Training progress"));
    m_progress->setVisible(false); // an empty bar before the first run only looks broken
    m_speedLabel = new QLabel(this);
    m_speedLabel->setMinimumWidth(150);
    m_timeLabel = new QLabel(this);
    m_deviceLabel = new QLabel(this);
    statusBar()->addWidget(m_epochLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_speedLabel);
    statusBar()->addWidget(m_timeLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    m_deviceLabel->setText(tr("LibTorch %1 · %2").arg(qs(libtorchVersion()), qs(listDevices().size() > 1 && listDevices()[1].available ? "CUDA" : "CPU")));

    buildMenus();
    for (QWidget* chart : findChildren<QWidget*>())
        if (chart->inherits("QCustomPlot") || chart->inherits("QChartView"))
            enableChartExport(chart);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : {m_dataDock, m_networkDock, m_trainingDock, m_runsDock})
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    m_presentAction = view->addAction(tr("&Presentation mode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setToolTip(tr("Full screen, large text and lines, advanced settings hidden: for a projector"));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    view->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::showPreferences);
    view->addSeparator();
    QAction* log = view->addAction(tr("Log-scale loss"));
    log->setCheckable(true);
    connect(log, &QAction::toggled, m_curves, &CurvesView::setLogScale);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Take the &tour"), this, &MainWindow::showTour);
    help->addAction(tr("&About NeuralBoard"), this, &MainWindow::showAbout);

    connect(m_data, &DataPanel::loaded, this, &MainWindow::dataLoaded);
    connect(m_data, &DataPanel::loadFailed, this, [this](const QString& msg) {
        showMessage(msg, QStringLiteral("error"));
        const bool waitingToTrain = m_pendingTrain;
        m_pendingTrain = false;
        finishStartup();
        // A scripted run (--train --quit-after-training) cannot train without data: say so and end.
        if (waitingToTrain && m_options.quitAfterTraining) {
            std::fprintf(stderr, "error: %s\n", qPrintable(msg));
            if (!m_options.screenshot.isEmpty())
                saveScreenshot(m_options.screenshot);
            QApplication::exit(1);
        }
    });
    connect(m_training, &TrainingPanel::trainRequested, this, &MainWindow::startTraining);
    connect(m_training, &TrainingPanel::pauseToggled, this, [this] {
        if (m_session->state() == TrainerState::Paused)
            m_session->resume();
        else
            m_session->pause();
    });
    connect(m_training, &TrainingPanel::stepRequested, m_session, &TrainingSession::step);
    connect(m_training, &TrainingPanel::stopRequested, m_session, &TrainingSession::stop);
    connect(m_training, &TrainingPanel::resetRequested, this, &MainWindow::resetModel);
    connect(m_training, &TrainingPanel::learningRateEdited, m_session, &TrainingSession::setLearningRate);
    connect(m_training, &TrainingPanel::speedLimitEdited, m_session, &TrainingSession::setBatchesPerSecond);
    // Between steps of a paused run, an activation can change and training goes on with it.
    m_network->editor()->setLiveActivation([this](int layer, Activation a) {
        if (m_session->state() != TrainerState::Paused || !m_session->setActivation(layer, a))
            return false;
        showMessage(tr("Layer %1 now uses %2; the weights stay. Step or resume to see what it changes.").arg(layer + 1).arg(qs(toString(a))),
            QStringLiteral("info"));
        return true;
    });
    // Editing a trained network starts it afresh: ask first. A paused run stops.
    m_network->editor()->setConfirm([this] {
        if (m_session->isActive()) {
            if (QMessageBox::question(this, tr("Edit the network?"),
                    tr("Editing stops the paused run; the next Train starts the new network from fresh weights."))
                != QMessageBox::Yes)
                return false;
            m_session->stop();
            return true;
        }
        if (!m_session->lastCheckpoint())
            return true;
        return QMessageBox::question(this, tr("Edit the network?"),
                   tr("The trained weights belong to the current network. Editing it starts from fresh weights. Continue?"))
            == QMessageBox::Yes;
    });
    connect(m_network->editor(), &NetworkEditor::refused, this, [this](const QString& why) { showMessage(why, QStringLiteral("warning")); });
    connect(m_network, &NetworkPanel::specChanged, this, [this] {
        // A different network cannot continue the old one's weights.
        if (m_session->lastCheckpoint() && m_session->lastCheckpoint()->spec != m_network->spec()) {
            m_session->forgetModel();
            updateControls();
        }
    });
    connect(m_session, &TrainingSession::started, this, [this](const QString& device, qint64 samples) {
        m_deviceLabel->setText(tr("LibTorch %1 · training on %2").arg(qs(libtorchVersion()), device));
        showMessage(tr("Training on %L1 samples on %2").arg(samples).arg(device), QStringLiteral("info"));
    });
    connect(m_session, &TrainingSession::batchesArrived, this, &MainWindow::onBatches);
    connect(m_session, &TrainingSession::dataPrepared, this,
        [this](std::shared_ptr<const Dataset> raw, std::shared_ptr<const Dataset> scaled, std::shared_ptr<const Dataset> train) {
            m_confusion->setValidation(raw);
            m_predictions->setData(train, raw, scaled);
        });
    connect(m_confusion, &ConfusionView::openInCanvas, this, [this](const GrayImage& image) {
        m_views->setCurrentWidget(m_draw);
        m_draw->openSample(image);
    });
    connect(m_predictions, &PredictionView::importanceRequested, this, [this] {
        if (const auto snap = m_session->modelSnapshot())
            m_predictions->computeImportance(*snap);
        else
            showMessage(tr("Train first: importance is measured on a trained model."), QStringLiteral("warning"));
    });
    connect(m_session, &TrainingSession::epochArrived, this, &MainWindow::onEpoch);
    connect(m_session, &TrainingSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &TrainingSession::ended, this, &MainWindow::onEnded);
    connect(m_session, &TrainingSession::runRecorded, this, [this](const QString& id, bool finished, const QString& problem) {
        if (!id.isEmpty())
            m_currentRun = id;
        if (!problem.isEmpty())
            showMessage(problem, QStringLiteral("warning"));
        m_runs->refresh();
        (void)finished;
    });
    connect(m_runs, &RunsPanel::compareRequested, this, [this](const std::vector<RunRecord>& runs) {
        std::vector<CurvesView::ComparedRun> compared;
        for (const auto& r : runs)
            compared.push_back({qs(r.name), r.history});
        m_curves->setComparison(compared);
        if (runs.size() >= 2)
            m_views->setCurrentWidget(m_curves);
    });
    connect(m_runs, &RunsPanel::openRequested, this, &MainWindow::openRun);
    connect(m_runs, &RunsPanel::message, this, &MainWindow::showMessage);

    QSettings settings;
    if (m_options.restoreSettings) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
    if (m_options.size.isValid())
        resize(m_options.size);
    else if (!m_options.restoreSettings || !settings.contains(QStringLiteral("window/geometry")))
        resize(1600, 960);
    rebuildRecentMenu();
    updateControls();

    QString spec = m_options.data;
    if (spec.isEmpty() && m_options.restoreSettings)
        spec = settings.value(QStringLiteral("data/last")).toString();
    if (spec.isEmpty() || spec.startsWith(QStringLiteral("csv:")))
        spec = m_options.data.isEmpty() ? defaultDataSpec() : m_options.data;
    if (QWidget* v = viewNamed(m_options.view))
        m_views->setCurrentWidget(v);
    m_pendingTrain = m_options.train;
    if (m_options.presentation)
        QTimer::singleShot(0, this, [this] { setPresentationMode(true); });
    if (m_options.compareRuns > 0) {
        QStringList ids;
        const auto& runs = m_runs->model()->runs();
        for (size_t i = runs.size() > static_cast<size_t>(m_options.compareRuns) ? runs.size() - m_options.compareRuns : 0; i < runs.size(); ++i)
            ids << qs(runs[i].id);
        m_runs->select(ids);
    }

    m_epochViews = new QTimer(this);
    m_epochViews->setSingleShot(true);
    connect(m_epochViews, &QTimer::timeout, this, &MainWindow::showEpochViews);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* view = m_views->widget(index);
        const auto it = std::find(m_staleViews.begin(), m_staleViews.end(), view);
        if (it == m_staleViews.end() || !m_shownEpoch)
            return;
        m_staleViews.erase(it);
        drawEpochView(view, *m_shownEpoch);
    });
    // Autosave every few minutes; a clean exit removes the file, so finding it at start-up means
    // the last run ended abruptly and its work can be recovered.
    m_autosave = new QTimer(this);
    const int autosaveSeconds = qEnvironmentVariableIsSet("NB_AUTOSAVE_SECONDS") ? qEnvironmentVariableIntValue("NB_AUTOSAVE_SECONDS") : 120;
    m_autosave->setInterval(std::max(1, autosaveSeconds) * 1000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave->start();
    const QString crashed = autosavePath();
    if (m_options.recover != QStringLiteral("no") && QFileInfo::exists(crashed)
        && (m_options.restoreSettings || m_options.recover == QStringLiteral("yes"))) {
        const QString when = QFileInfo(crashed).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const bool yes = m_options.recover == QStringLiteral("yes")
            || QMessageBox::question(this, tr("Recover the last session?"),
                   tr("NeuralBoard did not close properly last time. Restore the session autosaved at %1?").arg(when))
                == QMessageBox::Yes;
        if (yes) {
            QTimer::singleShot(0, this, [this, crashed] { openSession(crashed); });
            return;
        }
        QFile::remove(crashed);
    }
    m_data->load(spec);
}

MainWindow::~MainWindow() { m_session->shutdown(); }

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &CSV…"), QKeySequence::Open, this, [this] { m_data->openCsv(); });
    file->addAction(tr("Open MNIST / &IDX folder…"), this, [this] { m_data->openIdxFolder(); });
    m_recentMenu = file->addMenu(tr("Recent datasets"));
    file->addSeparator();
    file->addAction(tr("Open &model…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a saved model"), QString(), tr("NeuralBoard checkpoints (*.nbckpt);;All files (*)"));
        if (!path.isEmpty())
            openModel(path);
    });
    file->addAction(tr("&Save model…"), QKeySequence::Save, this, &MainWindow::saveModel);
    file->addAction(tr("&Export for PyTorch…"), this, &MainWindow::exportModel);
    file->addAction(tr("Export as &ONNX…"), this, &MainWindow::exportOnnx);
    file->addSeparator();
    file->addAction(tr("Export the &view as image…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the view"), viewName(m_views->currentWidget()) + QStringLiteral(".png"),
            tr("PNG image, 2× resolution (*.png);;SVG vector image (*.svg);;PDF (*.pdf)"));
        QString error;
        if (path.isEmpty())
            return;
        if (exportChart(m_views->currentWidget(), path, &error))
            showMessage(tr("Saved %1").arg(path), QStringLiteral("info"));
        else
            showMessage(error, QStringLiteral("error"));
    });
    file->addAction(tr("Export &metrics as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the metrics history"), QStringLiteral("metrics.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportMetrics(path);
    });
    file->addSeparator();
    file->addAction(tr("Open s&ession…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a session"), QString(), tr("NeuralBoard sessions (*.nbsession)"));
        if (!path.isEmpty())
            openSession(path);
    });
    file->addAction(tr("Save session &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the session"), QStringLiteral("lesson.nbsession"),
            tr("NeuralBoard sessions (*.nbsession)"));
        if (!path.isEmpty())
            saveSession(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

}

void MainWindow::applySuggestions(const LoadedData& loaded)
{
    const Dataset& d = loaded.data;
    TrainConfig c;
    std::string layers;
    if (d.isImage()) {
        layers = "128:relu,64:relu";
        c.learningRate = 1e-3;
        c.batchSize = 64;
        c.epochs = 5;
    } else if (d.featureCount() <= 2) {
        layers = d.task == TaskKind::Regression ? "32:tanh,32:tanh" : "32:relu,32:relu";
        c.learningRate = 0.01;
        c.batchSize = 32;
        c.epochs = d.task == TaskKind::Regression ? 100 : 50;
    } else {
        layers = "64:relu";
        c.learningRate = 1e-3;
        c.batchSize = 32;
        c.epochs = 100;
        c.patience = 20;
    }
    m_training->setTask(d.task);
    m_training->setConfig(c);
    m_network->setLayers(parseLayers(layers));
}

void MainWindow::dataLoaded(std::shared_ptr<const LoadedData> data)
{
    const bool first = !m_loaded;
    m_loaded = std::move(data);
    m_session->forgetModel();
    m_network->setDataset(m_loaded->data);
    applySuggestions(*m_loaded);
    if (first) {
        // Command-line choices apply to the first dataset and win over the suggestions.
        try {
            if (!m_options.layers.isEmpty())
                m_network->setLayers(parseLayers(ss(m_options.layers)));
        } catch (const std::exception& e) {
            showMessage(qs(e.what()), QStringLiteral("error"));
        }
        if (m_options.epochs > 0) {
            TrainConfig c = m_training->config();
            c.epochs = m_options.epochs;
            m_training->setConfig(c);
        }
    }
    m_currentRun.clear();
    if (m_pendingSession && m_pendingSession->dataSpec == m_loaded->spec) {
        const Session session = std::move(*m_pendingSession);
        m_pendingSession.reset();
        applySession(session);
        m_currentRun = m_pendingRun; // empty unless a run was being opened
    }
    m_pendingRun.clear();
    m_curves->reset(m_loaded->data.task);
    m_draw->setDataset(m_loaded->data);
    resetViews();
    const bool classes = m_loaded->data.task == TaskKind::Classification;
    (void)classes; // regression shows its rounded predictions as classes
    m_views->setTabVisible(m_views->indexOf(m_confusion), true);
    m_views->setTabVisible(m_views->indexOf(m_predictions), !m_loaded->data.isImage());
    m_trainedOnce = false;
    const QString spec = qs(m_loaded->spec);
    QSettings().setValue(QStringLiteral("data/last"), spec);
    addRecent(spec);
    if (m_message->property("kind").toString() == QStringLiteral("error"))
        showMessage(QString(), QString());
    updateControls();
    if (m_pendingTrain) {
        m_pendingTrain = false;
        startTraining();
    }
    finishStartup();
}

void MainWindow::applySession(const Session& session)
{
    m_network->setLayers(session.network.hidden);
    if (session.network.kind == ModelKind::ClosedFormLinear)
        m_network->applyPreset(QStringLiteral("linear"));
    m_training->setConfig(session.config);
    if (session.model && session.model->spec == m_network->spec()) {
        m_session->setModel(*session.model);
        m_history = session.model->history;
    }
    if (QWidget* v = viewNamed(qs(session.view)))
        m_views->setCurrentWidget(v);
    m_draw->refreshReader();
    QTimer::singleShot(0, this, [this] { updateControls(); });
}

QString MainWindow::defaultRunsDir()
{
    if (qEnvironmentVariableIsSet("NB_RUNS_DIR"))
        return qEnvironmentVariable("NB_RUNS_DIR");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
}

void MainWindow::openRun(const RunRecord& run)
{
    if (m_session->isActive()) {
        showMessage(tr("Stop the training first, then open the run."), QStringLiteral("warning"));
        return;
    }
    Session s;
    s.dataSpec = run.datasetSpec;
    s.network = run.network;
    s.config = run.config;
    try {
        for (const char* which : {"final", "best"})
            if (!s.model && run.hasCheckpoint(which))
                s.model = loadCheckpoint(run.checkpointPath(which));
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
        return;
    }
    const QString name = qs(run.name);
    if (m_loaded && m_loaded->spec == run.datasetSpec) {
        applySession(s);
        m_currentRun = qs(run.id);
        showMessage(tr("Opened the run “%1” (%2 epochs): Train more continues it.").arg(name).arg(run.history.size()), QStringLiteral("info"));
    } else if (QString::fromStdString(run.datasetSpec).startsWith(QStringLiteral("csv:"))) {
        if (s.model)
            m_session->setModel(*s.model);
        m_draw->refreshReader();
        updateControls();
        showMessage(tr("The run “%1” was trained on %2: open that CSV file to train it more.").arg(name, qs(run.datasetSpec.substr(4))), QStringLiteral("warning"));
    } else {
        // Once the data is in, the session applies and the model belongs to this run again.
        m_pendingSession = s;
        m_pendingRun = qs(run.id);
        m_data->load(qs(run.datasetSpec));
        showMessage(tr("Opening the run “%1”: loading %2…").arg(name, qs(run.datasetSpec)), QStringLiteral("info"));
    }
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    {
        const QSignalBlocker block(m_presentAction);
        m_presentAction->setChecked(on);
    }
    if (on) {
        m_normalAppearance = appearance();
        m_normalState = saveState();
        m_normalMaximized = isMaximized();
        Appearance a = m_normalAppearance;
        a.scalePercent = m_options.presentationScale > 0 ? m_options.presentationScale : PreferencesDialog::savedPresentationScale();
        applyAppearance(a);
        m_training->setAdvancedVisible(false);
        m_runs->setCompact(true);
        // Room for the views: data and runs share the left side as tabs.
        if (m_dataDock->isVisible() && m_runsDock->isVisible()) {
            tabifyDockWidget(m_dataDock, m_runsDock);
            (m_runs->model()->rowCount() > 0 ? m_runsDock : m_dataDock)->raise();
        }
        if (QScreen* s = screen())
            setGeometry(s->geometry()); // without a window manager, full screen alone keeps the size
        showFullScreen();
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_dataDock, m_networkDock, m_trainingDock}, {width() / 5, width() / 4, width() / 4}, Qt::Horizontal);
            m_runs->restyle(); // the name column takes the dock's new width
        });
        showMessage(tr("Presentation mode: F11 returns to the normal window."), QStringLiteral("info"));
    } else {
        applyAppearance(m_normalAppearance);
        m_training->setAdvancedVisible(true);
        m_runs->setCompact(false);
        if (m_normalMaximized)
            showMaximized();
        else
            showNormal();
        restoreState(m_normalState);
        if (m_message->property("kind").toString() == QStringLiteral("info"))
            showMessage(QString(), QString());
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    const QString languageBefore = PreferencesDialog::savedLanguage();
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    Appearance a = dialog.chosenAppearance();
    if (m_presenting) {
        m_normalAppearance = a;
        a.scalePercent = dialog.presentationScale();
    }
    applyAppearance(a);
    if (dialog.language() != languageBefore
        && QMessageBox::question(this, tr("Restart NeuralBoard?"),
               tr("The new language applies when NeuralBoard restarts. Restart now? Your session (data, network, trained model) is kept."))
            == QMessageBox::Yes) {
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("restart.nbsession"));
        if (m_loaded && !saveSession(path))
            return;
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), m_loaded ? QStringList{path} : QStringList{}))
            close();
        else
            showMessage(tr("Could not restart NeuralBoard; please start it again yourself."), QStringLiteral("warning"));
    }
}

Tour* MainWindow::showTour()
{
    auto dock = [](QDockWidget* d) {
        return [d] {
            d->show();
            d->raise();
        };
    };
    auto view = [this](QWidget* w) { return [this, w] { m_views->setCurrentWidget(w); }; };
    std::vector<Tour::Step> steps = {
        {tr("Welcome"),
            tr("NeuralBoard trains a neural network while you watch it learn. This tour shows the parts of the window in a minute. "
               "Skip it any time; Help → Take the tour brings it back."),
            {}},
        {tr("1. Data"),
            tr("On the left, choose what to learn from: built-in 2-D problems (spiral, XOR, circles), MNIST digits, "
               "Fashion-MNIST, or the workshop's wine table. A CSV file of your own works too. Missing datasets can be downloaded."),
            dock(m_dataDock)},
        {tr("2. The network"),
            tr("Each column is a layer of neurons. Drag a dense layer in from the palette, drag a layer's handle to make it wider, "
               "right-click it for its activation and dropout. The parameter count shows what the network costs."),
            view(m_network->editor())},
        {tr("3. Training"),
            tr("On the right: the loss to minimize, the optimizer and its learning rate. Train (Space) starts; Pause, Step one batch (S) "
               "and a speed limit let you narrate gradient descent one step at a time. The learning rate can change while it runs."),
            dock(m_trainingDock)},
        {tr("4. Training curves"),
            tr("The loss falls as the network learns. Training loss (blue) below validation loss (orange) by a growing gap means "
               "it memorizes instead of generalizing: overfitting."),
            view(m_curves)},
        {tr("5. Confusion matrix"),
            tr("Which classes the network mixes up. Rows are the truth, columns its answers; click a cell to see those samples, and "
               "open one in the drawing canvas."),
            view(m_confusion)},
        {tr("6. Weights"),
            tr("Every weight as a colour: red positive, blue negative. For images, each first-layer unit's weights form a picture of what it looks for."),
            view(m_weights)},
        {tr("7. Draw a digit"),
            tr("Once a model is trained on MNIST, draw a digit and watch its answer and certainty change with every stroke."),
            view(m_draw)},
        {tr("8. Runs and the classroom"),
            tr("Every run is kept in the Runs panel: select two to compare their curves (did dropout help?). F11 switches to "
               "presentation mode for a projector; View → Preferences sets the language, theme and scale."),
            dock(m_runsDock)},
    };
    auto* tour = new Tour(std::move(steps), this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    connect(tour, &QDialog::finished, this, [] { QSettings().setValue(QStringLiteral("tour/done"), true); });
    tour->show();
    return tour;
}

void MainWindow::finishStartup()
{
    if (m_startupDone)
        return;
    m_startupDone = true;
    // The first launch on this account shows the tour (not for scripted runs).
    if (m_options.restoreSettings && m_options.screenshot.isEmpty() && !m_options.quitAfterTraining
        && !QSettings().value(QStringLiteral("tour/done")).toBool())
        QTimer::singleShot(300, this, [this] { showTour(); });
    if (!m_options.open.isEmpty())
        QTimer::singleShot(0, this, [this] { openPath(m_options.open); });
    // Without --train, a screenshot shows the window as loaded.
    if (!m_options.screenshot.isEmpty() && !m_options.train) {
        QTimer::singleShot(200, this, [this] {
            saveScreenshot(m_options.screenshot);
            if (m_options.quitAfterTraining)
                QApplication::exit(0);
        });
    }
}

void MainWindow::startTraining()
{
    if (m_session->isActive())
        return;
    if (m_data->isLoading() || !m_loaded) {
        m_pendingTrain = true;
        showMessage(tr("Training starts as soon as the data is loaded…"), QStringLiteral("info"));
        return;
    }
    TrainingSession::Request r;
    r.data = m_loaded;
    r.prepare = m_data->prepareOptions();
    r.prepare.seed = m_training->config().seed;
    r.spec = m_network->spec();
    r.config = m_training->config();
    const auto problems = r.spec.problems();
    const auto configProblems = r.config.problems(r.spec.task);
    if (!problems.empty() || !configProblems.empty()) {
        showMessage(qs(!problems.empty() ? problems.front() : configProblems.front()), QStringLiteral("error"));
        return;
    }
    const auto& previous = m_session->lastCheckpoint();
    if (previous && previous->spec == r.spec && previous->datasetSpec == m_loaded->spec) {
        r.resumeFrom = previous; // "Train more": the same model goes on
        m_runFirstEpoch = static_cast<int>(previous->history.size());
        m_history = previous->history;
    } else {
        m_curves->reset(m_loaded->data.task);
        resetViews();
        m_runFirstEpoch = 0;
        m_history.clear();
    }
    r.runsRoot = qs(m_runs->model()->store().root());
    r.continueRun = r.resumeFrom ? m_currentRun : QString();
    // Named by its network (the dataset has a column of its own); renamable in the Runs panel.
    r.runName = r.spec.kind == ModelKind::ClosedFormLinear ? tr("linear, closed form")
        : r.spec.hidden.empty()                           ? tr("no hidden layer")
                                                          : qs(formatLayers(r.spec.hidden));
    m_runEpochs = r.config.epochs;
    m_runClock.start();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_session->start(std::move(r));
    updateControls();
}

void MainWindow::onBatches(const std::vector<BatchSnapshot>& batches)
{
    m_curves->addBatches(batches);
    // The weight pictures and decision regions follow training between epochs too, about
    // twice a second, and only when their tab is showing.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastLiveViews > 500) {
        m_lastLiveViews = now;
        if (m_views->currentWidget() == m_network->editor() && !batches.back().weights.empty())
            m_network->editor()->setWeights(batches.back().weights);
        if (m_views->currentWidget() == m_weights && !batches.back().weights.empty())
            m_weights->showWeights(batches.back().weights);
        if (m_views->currentWidget() == m_predictions && m_predictions->mode() != QStringLiteral("none")
            && m_predictions->mode() != QStringLiteral("scatter"))
            if (const auto snap = m_session->modelSnapshot())
                m_predictions->update(*snap, nullptr);
    }
    const BatchSnapshot& b = batches.back();
    const double done = (b.epoch - 1 - m_runFirstEpoch) + static_cast<double>(b.batch) / std::max<int64_t>(1, b.batchesPerEpoch);
    const double fraction = m_runEpochs > 0 ? std::clamp(done / m_runEpochs, 0.0, 1.0) : 0.0;
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_epochLabel->setText(tr("epoch %1/%2").arg(b.epoch).arg(m_runFirstEpoch + m_runEpochs));
    m_speedLabel->setText(tr("%L1 samples/s").arg(num(b.samplesPerSecond, 0)));
    const double elapsed = m_runClock.elapsed() / 1000.0;
    m_timeLabel->setText(fraction > 0.01 ? tr("elapsed %1, about %2 left").arg(formatDuration(elapsed), formatDuration(elapsed / fraction * (1 - fraction)))
                                         : tr("elapsed %1").arg(formatDuration(elapsed)));
}

void MainWindow::resetViews()
{
    if (!m_loaded)
        return;
    const Dataset& d = m_loaded->data;
    m_latestEpoch.reset(); // an epoch of the run before is not drawn after the reset
    m_shownEpoch.reset();
    m_staleViews.clear();
    m_epochViews->stop();
    m_confusion->clear();
    m_confusion->setValidation(nullptr);
    m_weights->reset(d.isImage() ? std::vector<int64_t>{d.sampleShape[1], d.sampleShape[2]} : std::vector<int64_t>{}, d.classNames);
    m_predictions->reset(d);
}

void MainWindow::onEpoch(const EpochSnapshot& e)
{
    m_history.push_back(e.metrics);
    m_curves->addEpoch(e);
    m_weights->addEpochDistributions(e.metrics.epoch, e.weights, e.gradients, /*draw=*/false);
    // The views that redraw a whole picture (confusion matrix, weights and their distributions over
    // epochs, network, decision regions) show the latest epoch at most 8 times a second: a small
    // set trains hundreds of epochs a second, more than the UI thread can draw (3,000 spiral
    // epochs took 24 s in the window against 2.8 s headless, the window falling further behind).
    m_latestEpoch = e;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastEpochViews;
    if (since >= kEpochViewsMs)
        showEpochViews();
    else if (!m_epochViews->isActive())
        m_epochViews->start(static_cast<int>(kEpochViewsMs - since));
    const auto& m = e.metrics;
    m_epochLabel->setText(tr("epoch %1/%2").arg(m.epoch).arg(e.totalEpochs));
    if (m_loaded && m_loaded->data.task == TaskKind::Classification)
        m_curves->setToolTip(tr("Epoch %1: validation accuracy %2 %").arg(m.epoch).arg(num(100 * m.valAccuracy, 2)));
}

void MainWindow::showEpochViews() { drawEpochViews(false); }

void MainWindow::drawEpochViews(bool all)
{
    m_epochViews->stop();
    if (m_latestEpoch) {
        // A new epoch: every view is behind until it draws it.
        m_lastEpochViews = QDateTime::currentMSecsSinceEpoch();
        m_shownEpoch = std::move(*m_latestEpoch);
        m_latestEpoch.reset();
        m_staleViews = {m_confusion, m_weights, m_network->editor(), m_predictions};
    }
    if (!m_shownEpoch)
        return;
    for (auto it = m_staleViews.begin(); it != m_staleViews.end();) {
        if (all || m_views->currentWidget() == *it) {
            drawEpochView(*it, *m_shownEpoch);
            it = m_staleViews.erase(it);
        } else {
            ++it;
        }
    }
}

void MainWindow::drawEpochView(QWidget* view, const EpochSnapshot& e)
{
    if (view == m_confusion) {
        m_confusion->showEpoch(e);
    } else if (view == m_weights) {
        m_weights->showWeights(e.weights);
        m_weights->drawDistributions();
    } else if (view == m_network->editor()) {
        m_network->editor()->setWeights(e.weights);
    } else if (view == m_predictions && m_predictions->mode() != QStringLiteral("none")) {
        if (const auto snap = m_session->modelSnapshot())
            m_predictions->update(*snap, &e);
    }
}

void MainWindow::onStateChanged(TrainerState state, const QString& coreMessage)
{
    const QString message = trainerMessage(coreMessage);
    if (state == TrainerState::Paused)
        showMessage(message.isEmpty() ? tr("Paused. Resume with Space, or step one batch with S.") : message,
            message.isEmpty() ? QStringLiteral("info") : QStringLiteral("warning"));
    else if (state == TrainerState::Running && m_message->property("kind").toString() != QStringLiteral("error"))
        showMessage(QString(), QString());
    updateControls();
}

void MainWindow::onEnded(TrainerState state, const QString& coreMessage)
{
    const QString message = trainerMessage(coreMessage);
    drawEpochViews(true); // the last epoch, in every view, now
    m_trainedOnce = true;
    if (state == TrainerState::Failed)
        showMessage(message, QStringLiteral("error"));
    else if (!message.isEmpty())
        showMessage(message, QStringLiteral("info"));
    else
        showMessage(tr("Training finished. Train more continues this model; Reset weights starts afresh."), QStringLiteral("info"));
    if (state == TrainerState::Finished)
        m_progress->setValue(1000);
    // Tables: which features matter, measured once the run is over.
    if (state != TrainerState::Failed && m_loaded && !m_loaded->data.isImage() && m_loaded->data.featureCount() <= 200)
        if (const auto snap = m_session->modelSnapshot())
            m_predictions->computeImportance(*snap);
    updateControls();
    Q_EMIT trainingEnded(state);
    if (!m_options.screenshot.isEmpty() && m_options.train) {
        QTimer::singleShot(300, this, [this, state] {
            saveScreenshot(m_options.screenshot);
            if (m_options.quitAfterTraining)
                QApplication::exit(state == TrainerState::Failed ? 1 : 0);
        });
    } else if (m_options.quitAfterTraining) {
        QApplication::exit(state == TrainerState::Failed ? 1 : 0);
    }
}

void MainWindow::resetModel()
{
    if (m_session->isActive())
        return;
    m_session->forgetModel();
    m_currentRun.clear();
    m_history.clear();
    if (m_loaded)
        m_curves->reset(m_loaded->data.task);
    resetViews();
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_epochLabel->clear();
    m_draw->refreshReader();
    showMessage(tr("Weights reset: the next Train starts from new random weights."), QStringLiteral("info"));
    updateControls();
}

void MainWindow::updateControls()
{
    const bool active = m_session->isActive();
    m_training->setRunState(active, m_session->state(), m_session->lastCheckpoint().has_value());
    m_network->setEditable(!active || m_session->state() == TrainerState::Paused,
        tr("Training is running: pause or stop it to edit the network."));
    m_data->setEnabled(!active);
}

void MainWindow::showMessage(const QString& text, const QString& kind)
{
    static const QHash<QString, QString> styles = {
        {QStringLiteral("info"), QStringLiteral("background:#e8f1fb; color:#0b3d66; border:1px solid #9cc3e6;")},
        {QStringLiteral("warning"), QStringLiteral("background:#fff4d6; color:#5c3d00; border:1px solid #e6c15c;")},
        {QStringLiteral("error"), QStringLiteral("background:#fde8ea; color:#7a0012; border:1px solid #e69aa5;")}};
    m_message->setText(text);
    m_message->setProperty("kind", kind);
    m_message->setStyleSheet(styles.value(kind) + QStringLiteral("padding:8px; border-radius:4px; font-size:15px;"));
    m_message->setVisible(!text.isEmpty());
}

QString MainWindow::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

bool MainWindow::saveScreenshot(const QString& path)
{
    m_curves->replotNow();
    const bool ok = grab().save(path, "PNG");
    if (!ok)
        qWarning("could not write the screenshot %s", qPrintable(path));
    return ok;
}

const Checkpoint* MainWindow::trainedModel(const QString& notYet)
{
    const auto& ck = m_session->lastCheckpoint();
    if (!ck)
        showMessage(notYet, QStringLiteral("warning"));
    return ck ? &*ck : nullptr;
}

void MainWindow::saveModel()
{
    const Checkpoint* ck = trainedModel(tr("There is no trained model to save yet: press Train first."));
    if (!ck)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), QStringLiteral("model.nbckpt"),
        tr("NeuralBoard checkpoints (*.nbckpt)"));
    if (path.isEmpty())
        return;
    try {
        saveCheckpoint(ss(path), *ck);
        showMessage(tr("Saved %1").arg(path), QStringLiteral("info"));
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
    }
}

void MainWindow::openModel(const QString& path)
{
    if (m_session->isActive()) {
        showMessage(tr("Stop the training first, then open the model."), QStringLiteral("warning"));
        return;
    }
    try {
        Checkpoint ck = loadCheckpoint(ss(path));
        const int epochs = static_cast<int>(ck.history.size());
        const bool sameData = m_loaded && ck.datasetSpec == m_loaded->spec && ck.spec.inputShape == m_loaded->data.sampleShape;
        if (sameData)
            m_network->setLayers(ck.spec.hidden); // before setModel: a layer edit forgets the model
        m_history = ck.history;
        m_session->setModel(std::move(ck));
        m_currentRun.clear();
        m_draw->refreshReader();
        updateControls();
        showMessage(sameData ? tr("Opened %1 (%2 epochs trained); Train more continues it.").arg(path).arg(epochs)
                             : tr("Opened %1 (%2 epochs trained on another dataset): it can read drawings; load its dataset to train it more.").arg(path).arg(epochs),
            QStringLiteral("info"));
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
    }
}

void MainWindow::openPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        m_data->openIdxFolder(info.absoluteFilePath());
    else if (info.suffix().compare(QStringLiteral("nbckpt"), Qt::CaseInsensitive) == 0)
        openModel(info.absoluteFilePath());
    else if (info.suffix().compare(QStringLiteral("nbsession"), Qt::CaseInsensitive) == 0)
        openSession(info.absoluteFilePath());
    else if (info.isFile())
        m_data->openCsv(info.absoluteFilePath());
    else
        showMessage(tr("%1: no such file or folder").arg(path), QStringLiteral("error"));
}

Session MainWindow::currentSession() const
{
    Session s;
    if (m_loaded)
        s.dataSpec = m_loaded->spec;
    s.csv = m_data->loadOptions().csv;
    const PrepareOptions p = m_data->prepareOptions();
    s.valFraction = p.valFraction;
    s.standardize = p.standardize;
    s.network = m_network->spec();
    s.config = m_training->config();
    s.model = m_session->lastCheckpoint();
    s.view = ss(viewName(m_views->currentWidget()));
    return s;
}

bool MainWindow::saveSession(const QString& path)
{
    if (!m_loaded) {
        showMessage(tr("Load a dataset before saving a session."), QStringLiteral("warning"));
        return false;
    }
    try {
        nb::saveSession(ss(path), currentSession());
        showMessage(tr("Saved the session to %1").arg(path), QStringLiteral("info"));
        return true;
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
        return false;
    }
}

void MainWindow::openSession(const QString& path)
{
    if (m_session->isActive()) {
        showMessage(tr("Stop the training first, then open the session."), QStringLiteral("warning"));
        return;
    }
    try {
        Session s = loadSession(ss(path));
        LoadOptions o;
        o.csv = s.csv;
        o.task = s.csv.task;
        const QString spec = qs(s.dataSpec);
        const double val = s.valFraction;
        const auto standardize = s.standardize;
        m_pendingSession = std::move(s);
        m_pendingRun.clear();
        m_data->load(spec, o, val, standardize);
        showMessage(tr("Opening the session %1…").arg(path), QStringLiteral("info"));
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
    }
}

QString MainWindow::autosavePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/autosave.nbsession");
}

void MainWindow::autosave()
{
    // Not while a session is being opened: its data is not in place yet.
    if (!m_loaded || m_pendingSession)
        return;
    try {
        nb::saveSession(ss(autosavePath()), currentSession());
    } catch (const std::exception& e) {
        qWarning("autosave failed: %s", e.what());
        showMessage(tr("Autosave failed: %1").arg(qs(e.what())), QStringLiteral("warning"));
    }
}

void MainWindow::showAbout()
{
    QStringList devices;
    for (const auto& d : listDevices())
        devices << (d.available ? qs(d.name) : tr("%1 (unavailable)").arg(qs(d.name)));
    QMessageBox::about(this, tr("About NeuralBoard"),
        tr("<h2>NeuralBoard %1</h2><p>Learn neural networks by watching them train.</p>"
           "<p>Qt %2 · LibTorch %3<br>Compute devices: %4</p>"
           "<p>Grew from the workshop <i>Aprendizado de Máquina e Redes Neurais com PyTorch</i>.</p>")
            .arg(QStringLiteral(NB_VERSION), QString::fromLatin1(qVersion()), qs(libtorchVersion()), devices.join(QStringLiteral(", "))));
}

void MainWindow::exportModel()
{
    const Checkpoint* ck = trainedModel(tr("There is no trained model to export yet: press Train first."));
    if (!ck)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export for PyTorch into folder"));
    if (dir.isEmpty())
        return;
    try {
        Model model(ck->spec);
        model.loadState(ck->modelState);
        const auto out = exportForPython(ss(dir), model, ck->scaler, ck->classNames, ck->featureNames, ck->datasetName);
        showMessage(tr("Exported %1 and %2").arg(qs(out.modelPyPath), qs(out.stateDictPath)), QStringLiteral("info"));
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
    }
}

bool MainWindow::exportMetrics(const QString& path)
{
    if (m_history.empty()) {
        showMessage(tr("There are no metrics yet: train for at least one epoch."), QStringLiteral("warning"));
        return false;
    }
    try {
        writeFileAtomically(ss(path), historyToCsv(m_history, m_network->spec().task));
        showMessage(tr("Saved %1 epochs of metrics to %2").arg(m_history.size()).arg(path), QStringLiteral("info"));
        return true;
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
        return false;
    }
}

void MainWindow::exportOnnx()
{
    const Checkpoint* ck = trainedModel(tr("There is no trained model to export yet: press Train first."));
    if (!ck)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as ONNX"), QStringLiteral("model.onnx"), tr("ONNX models (*.onnx)"));
    if (!path.isEmpty())
        exportOnnxTo(path);
}

bool MainWindow::exportOnnxTo(const QString& path)
{
    const auto& ck = m_session->lastCheckpoint();
    if (!ck)
        return false;
    try {
        Model model(ck->spec);
        model.loadState(ck->modelState);
        exportOnnxModel(ss(path), model, ck->scaler, ck->classNames, ck->featureNames, ck->datasetName);
        showMessage(tr("Exported %1: input “features” takes the data as loaded (scaling is inside), outputs are “logits” and “probabilities”.").arg(path),
            QStringLiteral("info"));
        return true;
    } catch (const std::exception& e) {
        showMessage(qs(e.what()), QStringLiteral("error"));
        return false;
    }
}

void MainWindow::addRecent(const QString& spec)
{
    if (spec.startsWith(QStringLiteral("builtin:")))
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("data/recent")).toStringList();
    recent.removeAll(spec);
    recent.prepend(spec);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("data/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("data/recent")).toStringList();
    for (const QString& spec : recent) {
        if (spec.startsWith(QStringLiteral("csv:")))
            m_recentMenu->addAction(spec.mid(4), this, [this, spec] { m_data->openCsv(spec.mid(4).section(QLatin1Char(':'), 0, -2)); });
        else
            m_recentMenu->addAction(spec, this, [this, spec] { m_data->load(spec); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::changeEvent(QEvent* event)
{
    // Following the system: when its light/dark palette changes, charts change with it.
    if (event->type() == QEvent::ApplicationPaletteChange && appearance().theme == ThemeKind::System)
        QTimer::singleShot(0, this, [this] { restyle(this); });
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_session->shutdown();
    QFile::remove(autosavePath()); // a clean exit: nothing to recover
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_session->isActive())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            m_data->openIdxFolder(info.absoluteFilePath());
        else if (info.isFile())
            m_data->openCsv(info.absoluteFilePath());
        event->acceptProposedAction();
        return;
    }
}

} // namespace nb::ui
