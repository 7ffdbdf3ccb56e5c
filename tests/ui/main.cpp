#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    // Real widgets without a display; settings kept away from the user's own.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeuralBoardTests"));
    QApplication::setApplicationName(QStringLiteral("NeuralBoardTests"));
    return Catch::Session().run(argc, argv);
}
