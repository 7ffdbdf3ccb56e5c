#include "DataPanel.h"
#include "MainWindow.h"
#include "NetworkEditor.h"
#include "NetworkPanel.h"
#include "TrainingPanel.h"
#include "TrainingSession.h"
#include "UiTestUtil.h"
#include "../core/TestUtil.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace nb;
using namespace nb::ui;

namespace {

struct Fixture {
    std::unique_ptr<MainWindow> window;
    NetworkEditor* editor = nullptr;

    explicit Fixture(const QString& layers = QStringLiteral("16:relu,32:tanh,8:relu"))
    {
        window = openWindow(QStringLiteral("builtin:spiral"), 2, QSize(1600, 1000), layers);
        editor = window->networkPanel()->editor();
        window->views()->setCurrentWidget(editor);
        QApplication::processEvents();
    }
    std::vector<LayerSpec> layers() const { return window->networkPanel()->spec().hidden; }
};

QPoint at(NetworkEditor* e, const QPointF& scene) { return e->mapFromScene(scene); }

void send(NetworkEditor* e, QEvent::Type type, const QPoint& pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent ev(type, pos, e->viewport()->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(e->viewport(), &ev);
}

// A real drag: press, several moves with the button held, release.
void drag(NetworkEditor* e, const QPointF& from, const QPointF& to)
{
    send(e, QEvent::MouseButtonPress, at(e, from), Qt::LeftButton, Qt::LeftButton);
    for (int k = 1; k <= 10; ++k)
        send(e, QEvent::MouseMove, at(e, from + (to - from) * (k / 10.0)), Qt::NoButton, Qt::LeftButton);
    send(e, QEvent::MouseButtonRelease, at(e, to), Qt::LeftButton, Qt::NoButton);
}

void dropPalette(NetworkEditor* e, const QString& what, const QPointF& scene)
{
    QMimeData data;
    data.setData(QStringLiteral("application/x-neuralboard-palette"), what.toUtf8());
    const QPoint p = at(e, scene);
    QDragEnterEvent enter(p, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(e->viewport(), &enter);
    QDropEvent drop(QPointF(p), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(e->viewport(), &drop);
}

} // namespace

TEST_CASE("Dragging a layer sideways reorders it; undo and redo restore exact specs")
{
    Fixture f;
    const auto before = f.layers();
    drag(f.editor, f.editor->layerCenter(0), f.editor->layerCenter(2));
    const auto after = f.layers();
    REQUIRE(after.size() == 3);
    CHECK(after[0] == before[1]);
    CHECK(after[1] == before[2]);
    CHECK(after[2] == before[0]);
    f.editor->undoStack()->undo();
    CHECK(f.layers() == before);
    f.editor->undoStack()->redo();
    CHECK(f.layers() == after);
}

TEST_CASE("Dragging a layer's handle changes its width, and one drag is one undo step")
{
    Fixture f;
    const auto before = f.layers();
    const QPointF handle = f.editor->handleCenter(1);
    drag(f.editor, handle, handle - QPointF(0, 80)); // up 80: doubles
    CHECK(f.layers()[1].units == 64);
    CHECK(f.editor->undoStack()->count() == 1);
    drag(f.editor, f.editor->handleCenter(1), f.editor->handleCenter(1) + QPointF(0, 160)); // down 160: a quarter
    CHECK(f.layers()[1].units == 16);
    f.editor->undoStack()->undo();
    CHECK(f.layers()[1].units == 64);
    f.editor->undoStack()->undo();
    CHECK(f.layers() == before);
}

TEST_CASE("Dropping an activation from the palette onto a layer sets it")
{
    Fixture f;
    dropPalette(f.editor, QStringLiteral("activation:gelu"), f.editor->layerCenter(0));
    CHECK(f.layers()[0].activation == Activation::GELU);
    dropPalette(f.editor, QStringLiteral("activation:tanh"), QPointF(f.editor->layerCenter(0).x() + 95, -200)); // nowhere
    CHECK(f.layers()[0].activation == Activation::GELU);
    CHECK_FALSE(f.editor->message().isEmpty());
}

TEST_CASE("Adding layers with + and from the palette, deleting with Del")
{
    Fixture f(QStringLiteral("16:relu"));
    QTest::mouseClick(f.editor->viewport(), Qt::LeftButton, Qt::NoModifier, at(f.editor, f.editor->plusCenter(0)));
    REQUIRE(f.layers().size() == 2);
    CHECK(f.layers()[0] == (LayerSpec{32, Activation::ReLU, 0.0, false}));
    dropPalette(f.editor, QStringLiteral("layer"), (f.editor->layerCenter(1) + f.editor->layerCenter(2)) / 2);
    REQUIRE(f.layers().size() == 3);
    CHECK(f.layers()[1].units == 16); // inserted after the second column
    CHECK(f.layers()[2].units == 32);
    // Select the first layer by clicking it, then Del.
    QTest::mouseClick(f.editor->viewport(), Qt::LeftButton, Qt::NoModifier, at(f.editor, f.editor->layerCenter(0)));
    CHECK(f.editor->selectedLayer() == 0);
    f.editor->setFocus();
    QTest::keyClick(f.editor, Qt::Key_Delete);
    REQUIRE(f.layers().size() == 2);
    CHECK(f.layers()[0].units == 16);
    QTest::keyClick(f.editor, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.layers().size() == 3);
    QTest::keyClick(f.editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.layers().size() == 2);
}

TEST_CASE("Impossible and forbidden edits are refused, leave the spec unchanged and say why")
{
    Fixture f;
    const auto before = f.layers();
    // Typing 0 units in the double-click dialog.
    QTimer::singleShot(0, [] {
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setIntValue(0);
        dialog->accept();
    });
    QTest::mouseDClick(f.editor->viewport(), Qt::LeftButton, Qt::NoModifier, at(f.editor, f.editor->layerCenter(1)));
    CHECK(f.layers() == before);
    CHECK(f.editor->message().contains(QStringLiteral("at least one unit")));
    CHECK(f.window->message().contains(QStringLiteral("at least one unit"))); // also in the message bar

    // While training runs, edits are refused with a hint to pause or stop.
    TrainConfig c = f.window->trainingPanel()->config();
    c.epochs = 2000;
    f.window->trainingPanel()->setConfig(c);
    f.window->startTraining();
    REQUIRE(QTest::qWaitFor([&] { return f.window->session()->state() == TrainerState::Running; }, 10000));
    CHECK_FALSE(f.editor->removeLayer(0));
    CHECK(f.layers() == before);
    CHECK(f.editor->message().contains(QStringLiteral("pause or stop")));
    f.window->session()->stop();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->session()->isActive(); }, 10000));

    // With a trained model, an edit asks first; saying no keeps everything.
    REQUIRE(f.window->session()->lastCheckpoint());
    f.editor->setConfirm([] { return false; });
    CHECK_FALSE(f.editor->setActivation(0, Activation::Sigmoid));
    CHECK(f.layers() == before);
    CHECK(f.window->session()->lastCheckpoint());
    f.editor->setConfirm([] { return true; });
    CHECK(f.editor->setActivation(0, Activation::Sigmoid));
    CHECK_FALSE(f.window->session()->lastCheckpoint()); // the old weights are gone
}

TEST_CASE("Presets and architecture files")
{
    Fixture f;
    NetworkPanel* n = f.window->networkPanel();
    n->applyPreset(QStringLiteral("mnist"));
    CHECK(f.layers() == parseLayers("128:relu,64:relu"));
    n->applyPreset(QStringLiteral("perceptron"));
    CHECK(f.layers().empty());
    n->applyPreset(QStringLiteral("linear"));
    CHECK(n->spec().kind == ModelKind::ClosedFormLinear);
    n->applyPreset(QStringLiteral("wine"));
    CHECK(n->spec().kind == ModelKind::Mlp);
    CHECK(f.layers() == parseLayers("64:relu"));
    TempDir dir;
    const QString path = QString::fromStdString(dir.file("net.json"));
    REQUIRE(n->saveArchitecture(path));
    n->applyPreset(QStringLiteral("mnist"));
    REQUIRE(n->openArchitecture(path));
    CHECK(f.layers() == parseLayers("64:relu"));
    QString error;
    CHECK_FALSE(n->openArchitecture(QString::fromStdString(dir.write("bad.json", "{\"format\": 3}")), &error));
    CHECK(error.contains(QStringLiteral("not a NeuralBoard network")));
    // Live weights draw as edges after training.
    f.window->startTraining();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->session()->isActive(); }, 20000));
    f.editor->setWeights(f.window->session()->modelSnapshot()->model.weights());
    QTest::mouseMove(f.editor->viewport(), at(f.editor, f.editor->layerCenter(0)));
}

TEST_CASE("The keyboard edits the network: choose a layer, resize, add, delete", "[a11y]")
{
    Fixture f(QStringLiteral("16:relu,32:tanh"));
    f.editor->setFocus();
    QTest::keyClick(f.editor, Qt::Key_Right); // first layer
    QTest::keyClick(f.editor, Qt::Key_Right); // second
    QTest::keyClick(f.editor, Qt::Key_Up);    // 32 -> 64
    REQUIRE(f.layers().size() == 2);
    CHECK(f.layers()[1].units == 64);
    QTest::keyClick(f.editor, Qt::Key_Left);
    QTest::keyClick(f.editor, Qt::Key_Down); // 16 -> 8
    CHECK(f.layers()[0].units == 8);
    QTest::keyClick(f.editor, Qt::Key_Insert); // after the first
    REQUIRE(f.layers().size() == 3);
    CHECK(f.layers()[2].units == 64);
    QTest::keyClick(f.editor, Qt::Key_Delete);
    CHECK(f.layers().size() == 2);
}
