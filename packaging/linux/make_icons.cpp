// Writes the app icon as PNG at the hicolor sizes: make_icons OUTDIR
#include "AppIcon.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_icons OUTDIR\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = QString::fromLocal8Bit(argv[1]);
    for (int s : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString sub = QStringLiteral("%1/%2x%2/apps").arg(dir).arg(s);
        QDir().mkpath(sub);
        if (!nb::ui::renderAppIcon(s).save(sub + QStringLiteral("/org.neuralboard.NeuralBoard.png"))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(sub));
            return 1;
        }
    }
    return 0;
}
