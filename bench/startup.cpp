// Start-up: how long from launching `neuralboard` to a usable window, and to its dataset loaded.
// Target (issue "Speed"): a usable window within 1.5 s. Runs the real app several times (the first
// run, with cold caches, is reported apart) and prints the median and the best.
// Usage: startup [APP] [DATA] [RUNS]   default: build/app/neuralboard, fashion-mnist, 7
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Times {
    double window = -1, data = -1;
};

Times launch(const QString& app, const QString& data)
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NB_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("NB_RUNS_DIR"), home.filePath(QStringLiteral("runs")));
    if (env.value(QStringLiteral("DISPLAY")).isEmpty() && env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    Times t;
    QElapsedTimer clock;
    clock.start();
    p.start(app, {QStringLiteral("--no-restore"), QStringLiteral("--data"), data});
    QByteArray buffer;
    while ((t.data < 0 || t.window < 0) && p.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        p.waitForReadyRead(50);
        buffer += p.readAll();
        if (t.window < 0 && buffer.contains("nb-startup: window"))
            t.window = clock.elapsed() / 1000.0;
        if (t.data < 0 && buffer.contains("nb-startup: data"))
            t.data = clock.elapsed() / 1000.0;
    }
    p.waitForFinished(10000);
    if (p.state() != QProcess::NotRunning)
        p.kill();
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const QString app = args.value(1, QStringLiteral("build/app/neuralboard"));
    const QString data = args.value(2, QStringLiteral("fashion-mnist"));
    const int runs = std::max(2, args.value(3, QStringLiteral("7")).toInt());
    std::printf("start-up of %s with %s, %d runs (the first, cold, apart)\n", qPrintable(app), qPrintable(data), runs);
    std::vector<double> window, loaded;
    for (int i = 0; i < runs; ++i) {
        const Times t = launch(app, data);
        if (t.window < 0 || t.data < 0) {
            std::printf("run %d: the app did not report (window %.2f s, data %.2f s)\n", i + 1, t.window, t.data);
            return 1;
        }
        if (i == 0) {
            std::printf("cold run:        window %.2f s, data loaded %.2f s\n", t.window, t.data);
            continue;
        }
        window.push_back(t.window);
        loaded.push_back(t.data);
    }
    std::printf("usable window:   median %.2f s, best %.2f s   (target 1.5 s: %s)\n", median(window), *std::min_element(window.begin(), window.end()),
        median(window) <= 1.5 ? "met" : "missed");
    std::printf("dataset loaded:  median %.2f s, best %.2f s\n", median(loaded), *std::min_element(loaded.begin(), loaded.end()));
    return 0;
}
