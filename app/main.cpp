// neuralboard: the desktop app.
#include "AppIcon.h"
#include "DataPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Theme.h"
#include "train/Devices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    // --version works without a display (packaging checks run it on servers).
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--version" || std::string(argv[i]) == "-v") {
            std::printf("neuralboard %s (Qt %s, LibTorch %s)\n", NB_VERSION, qVersion(), nb::libtorchVersion().c_str());
            return 0;
        }
    // --help too, on the offscreen platform so that it prints without a display; anything else
    // without one says what to do instead of Qt's platform-plugin abort.
    bool help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        help = help || a == "--help" || a == "-h" || a == "--help-all" || a == "-?";
    }
    const bool display = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!display) {
        if (!help) {
            std::fprintf(stderr,
                "neuralboard: no display to open its window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                "  To train without a display use neuralboard-train (see neuralboard-train --help);\n"
                "  to render the window anyway, e.g. for --screenshot, set QT_QPA_PLATFORM=offscreen.\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(nb::ui::appIcon());
    QApplication::setDesktopFileName(QStringLiteral("org.neuralboard.NeuralBoard"));
    QApplication::setApplicationName(QStringLiteral("NeuralBoard"));
    QApplication::setOrganizationName(QStringLiteral("NeuralBoard"));
    QApplication::setApplicationVersion(QStringLiteral(NB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Learn neural networks by watching them train."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A CSV file, an IDX folder or a saved model (.nbckpt) to open."), QStringLiteral("[file]"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Dataset: builtin:NAME[:k=v,...], csv:PATH[:TARGET], mnist:DIR, mnist, fashion-mnist, wine-red, wine-white."),
        QStringLiteral("spec"));
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Hidden layers, e.g. 128:relu,64:relu:0.2."), QStringLiteral("list"));
    const QCommandLineOption train(QStringLiteral("train"), QStringLiteral("Start training as soon as the data is loaded."));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs to train."), QStringLiteral("n"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the window as PNG when training ends (at once without --train)."), QStringLiteral("file"));
    const QCommandLineOption quit(QStringLiteral("quit-after-training"), QStringLiteral("Quit when training ends (or after the screenshot)."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1920x1080."), QStringLiteral("WxH"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("The view shown first: network, curves, confusion, weights, predictions or draw."), QStringLiteral("name"));
    const QCommandLineOption recover(QStringLiteral("recover"),
        QStringLiteral("After a crash: restore the autosaved session without asking (yes), or discard it (no)."), QStringLiteral("yes|no"));
    const QCommandLineOption fresh(QStringLiteral("no-restore"), QStringLiteral("Ignore the saved window layout and last dataset."));
    const QCommandLineOption runs(QStringLiteral("runs-dir"),
        QStringLiteral("Record training runs in this folder (default: $NB_RUNS_DIR, else the user's data folder)."), QStringLiteral("folder"));
    const QCommandLineOption presentation(QStringLiteral("presentation"), QStringLiteral("Start in presentation mode (full screen, large, advanced settings hidden)."));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("UI scale in percent, 100 to 250 (presentation mode: its scale)."), QStringLiteral("percent"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("system, light, dark or high-contrast."), QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or pt_BR (default: the preference, else the system's)."), QStringLiteral("code"));
    const QCommandLineOption compare(QStringLiteral("compare-runs"), QStringLiteral("Select the last N recorded runs, overlaying their curves."), QStringLiteral("N"));
    parser.addOptions({data, layers, train, epochs, screenshot, quit, size, view, recover, fresh, runs, presentation, scale, theme, language, compare});
    parser.process(app);

    nb::ui::MainWindow::Options o;
    o.data = parser.value(data);
    o.layers = parser.value(layers);
    o.train = parser.isSet(train);
    o.screenshot = parser.value(screenshot);
    o.quitAfterTraining = parser.isSet(quit);
    o.restoreSettings = !parser.isSet(fresh);
    o.runsDir = parser.value(runs);
    o.view = parser.value(view);
    if (parser.isSet(recover)) {
        o.recover = parser.value(recover);
        if (o.recover != QStringLiteral("yes") && o.recover != QStringLiteral("no")) {
            std::fprintf(stderr, "error: --recover must be yes or no\n");
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty())
        o.open = parser.positionalArguments().front();
    const QStringList& views = nb::ui::MainWindow::viewNames();
    if (!o.view.isEmpty() && !views.contains(o.view)) {
        std::fprintf(stderr, "error: --view must be one of %s\n", qPrintable(views.join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(epochs)) {
        bool ok = false;
        o.epochs = parser.value(epochs).toInt(&ok);
        if (!ok || o.epochs < 1) {
            std::fprintf(stderr, "error: --epochs needs a whole number of at least 1\n");
            return 2;
        }
    }
    if (parser.isSet(size)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!m.hasMatch()) {
            std::fprintf(stderr, "error: --size needs WIDTHxHEIGHT, e.g. 1920x1080\n");
            return 2;
        }
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    // Language first: every widget takes its texts when it is made.
    if (parser.isSet(language) && !nb::ui::availableLanguages().contains(parser.value(language))) {
        std::fprintf(stderr, "error: --language must be en or pt_BR\n");
        return 2;
    }
    nb::ui::installLanguage(parser.isSet(language) ? parser.value(language) : nb::ui::PreferencesDialog::savedLanguage());
    nb::ui::Appearance look = o.restoreSettings ? nb::ui::PreferencesDialog::savedAppearance() : nb::ui::Appearance{};
    if (parser.isSet(theme)) {
        const QStringList themes = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
        if (!themes.contains(parser.value(theme))) {
            std::fprintf(stderr, "error: --theme must be system, light, dark or high-contrast\n");
            return 2;
        }
        look.theme = nb::ui::themeFromString(parser.value(theme));
    }
    o.presentation = parser.isSet(presentation);
    if (parser.isSet(compare)) {
        bool ok = false;
        o.compareRuns = parser.value(compare).toInt(&ok);
        if (!ok || o.compareRuns < 1) {
            std::fprintf(stderr, "error: --compare-runs needs a whole number of at least 1\n");
            return 2;
        }
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        const int percent = parser.value(scale).toInt(&ok);
        if (!ok || percent < 100 || percent > 250) {
            std::fprintf(stderr, "error: --scale must be a whole percentage from 100 to 250\n");
            return 2;
        }
        if (o.presentation)
            o.presentationScale = percent;
        else
            look.scalePercent = percent;
    }
    nb::ui::applyAppearance(look);
    nb::ui::MainWindow window(o);
    window.show();
    // bench/startup: say when the window is up and when its data is in, then quit.
    if (qEnvironmentVariableIsSet("NB_STARTUP_TRACE")) {
        QTimer::singleShot(0, [] { std::fprintf(stderr, "nb-startup: window\n"); std::fflush(stderr); });
        QObject::connect(window.dataPanel(), &nb::ui::DataPanel::loaded, [] {
            std::fprintf(stderr, "nb-startup: data\n");
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    return app.exec();
}
