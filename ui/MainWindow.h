#pragma once

#include "data/DataSource.h"
#include "io/Runs.h"
#include "io/Session.h"
#include "train/Snapshots.h"
#include "Theme.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSize>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace nb::ui {

class ConfusionView;
class CurvesView;
class PredictionView;
class WeightsView;
class DrawPanel;
class DataPanel;
class NetworkPanel;
class TrainingPanel;
class TrainingSession;
class RunsPanel;
class Tour;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString data;       // data spec; empty: the last one used, else the default dataset
        QString layers;     // "128:relu,64:relu"; empty: suggested for the dataset
        int epochs = 0;     // 0: suggested for the dataset
        bool train = false; // start training once the data is loaded
        QString screenshot; // save the window as PNG when training ends (or once loaded)
        bool quitAfterTraining = false;
        QSize size;
        QString view;       // "network" (default), "curves", "confusion", "weights", "predictions" or "draw"
        QString open;       // a file given on the command line or by the file manager
        bool restoreSettings = true;
        QString recover = QStringLiteral("ask"); // after a crash: "ask", "yes" or "no" 
        bool presentation = false; // start in presentation mode
        int presentationScale = 0; // percent; 0: the preference
        int compareRuns = 0;       // select the last N recorded runs, overlaying their curves
        QString runsDir;    // where runs are recorded; empty: $NB_RUNS_DIR, else <user data>/runs
    };

    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString defaultDataSpec();
    // The views' names for --view and sessions: network, curves, confusion, weights, predictions, draw.
    static const QStringList& viewNames();
    QWidget* viewNamed(const QString& name) const; // nullptr for an unknown name
    QString viewName(QWidget* view) const;
    bool saveScreenshot(const QString& path);
    void startTraining();
    QString message() const; // the message bar's text

    DataPanel* dataPanel() const { return m_data; }
    NetworkPanel* networkPanel() const { return m_network; }
    TrainingPanel* trainingPanel() const { return m_training; }
    CurvesView* curves() const { return m_curves; }
    DrawPanel* drawPanel() const { return m_draw; }
    ConfusionView* confusionView() const { return m_confusion; }
    WeightsView* weightsView() const { return m_weights; }
    PredictionView* predictionView() const { return m_predictions; }
    QTabWidget* views() const { return m_views; }
    void openModel(const QString& path);
    // Sessions: the data's source and options, network, settings and model in one file.
    Session currentSession() const;
    bool saveSession(const QString& path);
    void openSession(const QString& path);
    void autosave();
    static QString autosavePath();
    // A CSV file (import dialog), an IDX folder, or a saved model.
    void openPath(const QString& path);
    void showAbout();
    TrainingSession* session() const { return m_session; }
    RunsPanel* runsPanel() const { return m_runs; }
    static QString defaultRunsDir();
    // Loads a recorded run's dataset (when it is not the current one), network, settings and model.
    void openRun(const RunRecord& run);
    QString currentRun() const { return m_currentRun; }
    // Presentation mode (F11): full screen at the presentation scale, advanced settings hidden.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presenting; }
    void showPreferences();
    Tour* showTour(); // the first-launch tour, again (Help menu)
    bool exportMetrics(const QString& path); // the metrics history as CSV
    bool exportOnnxTo(const QString& path);
    const History& history() const { return m_history; }

Q_SIGNALS:
    void trainingEnded(nb::TrainerState state);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void dataLoaded(std::shared_ptr<const LoadedData> data);
    void applySuggestions(const LoadedData& data);
    void onBatches(const std::vector<BatchSnapshot>& batches);
    void onEpoch(const EpochSnapshot& epoch);
    void showEpochViews();
    void drawEpochViews(bool all);
    void drawEpochView(QWidget* view, const EpochSnapshot& epoch);
    void onStateChanged(TrainerState state, const QString& message);
    void onEnded(TrainerState state, const QString& message);
    void resetModel();
    void resetViews();
    void showMessage(const QString& text, const QString& kind);
    void updateControls();
    void saveModel();
    void exportModel();
    void exportOnnx();
    const Checkpoint* trainedModel(const QString& notYet); // the last run's model, or a warning saying notYet
    void addRecent(const QString& spec);
    void rebuildRecentMenu();
    void finishStartup();
    void applySession(const Session& session);

    Options m_options;
    DataPanel* m_data;
    NetworkPanel* m_network;
    TrainingPanel* m_training;
    CurvesView* m_curves;
    DrawPanel* m_draw;
    ConfusionView* m_confusion;
    WeightsView* m_weights;
    PredictionView* m_predictions;
    qint64 m_lastLiveViews = 0;
    // The latest epoch not yet drawn by the whole-picture views, and when they last drew.
    std::optional<EpochSnapshot> m_latestEpoch;
    qint64 m_lastEpochViews = 0;
    QTimer* m_epochViews = nullptr;
    // While training, only the view on screen draws each epoch; the others catch up with the
    // last drawn epoch when their tab is chosen, and all draw when the run ends.
    std::optional<EpochSnapshot> m_shownEpoch;
    std::vector<QWidget*> m_staleViews;
    QTabWidget* m_views;
    TrainingSession* m_session;
    QLabel* m_message;
    QLabel* m_epochLabel;
    QProgressBar* m_progress;
    QLabel* m_speedLabel;
    QLabel* m_timeLabel;
    QLabel* m_deviceLabel;
    QMenu* m_recentMenu = nullptr;

    std::shared_ptr<const LoadedData> m_loaded;
    bool m_pendingTrain = false;
    bool m_startupDone = false;
    bool m_trainedOnce = false;
    int m_runEpochs = 0;
    int m_runFirstEpoch = 0;
    QElapsedTimer m_runClock;
    std::optional<Session> m_pendingSession;
    QTimer* m_autosave = nullptr;
    RunsPanel* m_runs;
    QString m_currentRun; // the recorded run the current model belongs to
    QString m_pendingRun; // the run whose data is loading (with m_pendingSession)
    QDockWidget* m_dataDock;
    QDockWidget* m_networkDock;
    QDockWidget* m_trainingDock;
    QDockWidget* m_runsDock;
    History m_history; // the current model's metrics, epoch by epoch
    bool m_presenting = false;
    Appearance m_normalAppearance;
    QByteArray m_normalState;
    bool m_normalMaximized = false;
    QAction* m_presentAction = nullptr;
};

} // namespace nb::ui
