#pragma once
// Shared by the UI tests: a real main window on a dataset, loaded and ready.

#include "DataPanel.h"
#include "MainWindow.h"
#include "TrainingSession.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

inline std::unique_ptr<nb::ui::MainWindow> openWindow(const QString& data, int epochs, QSize size = QSize(1600, 1000),
    const QString& layers = QString(), const QString& runsDir = QString())
{
    nb::ui::MainWindow::Options o;
    o.data = data;
    o.epochs = epochs;
    o.layers = layers;
    o.restoreSettings = false;
    o.size = size;
    static QTemporaryDir runs; // runs recorded by tests stay out of the user's folder
    o.runsDir = runsDir.isEmpty() ? runs.path() : runsDir;
    auto w = std::make_unique<nb::ui::MainWindow>(o);
    w->show();
    REQUIRE(QTest::qWaitFor([&] { return w->dataPanel()->data() && !w->dataPanel()->isLoading(); }, 20000));
    return w;
}

inline bool waitForEnd(nb::ui::MainWindow& w, int ms = 120000)
{
    return QTest::qWaitFor([&] { return !w.session()->isActive(); }, ms);
}
