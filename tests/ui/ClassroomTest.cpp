#include "Language.h"
#include "NetworkEditor.h"
#include "RunsPanel.h"
#include "Tour.h"
#include "Theme.h"
#include "QCustomPlotShim.h"
#include "TrainerMessages.h"
#include "ConfusionView.h"
#include "CurvesView.h"
#include "NetworkPanel.h"
#include "TrainingPanel.h"
#include "UiTestUtil.h"
#include "data/Catalog.h"
#include "data/Generators.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAccessible>
#include <QScrollBar>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QXmlStreamReader>

using namespace nb;
using namespace nb::ui;

TEST_CASE("teaching pace: a speed limit, and a layer's activation swapped between steps without losing the weights", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:blobs"), 50, QSize(1600, 1000), QStringLiteral("16:relu"));
    w->trainingPanel()->speedLimitBox()->setValue(5);
    CHECK(w->trainingPanel()->config().batchesPerSecond == 5);
    w->startTraining();
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Running; }, 20000));
    QTest::qWait(1200);
    w->session()->pause();
    REQUIRE(QTest::qWaitFor([&] { return w->session()->state() == TrainerState::Paused; }, 10000));

    // No confirmation dialog: the paused model takes the new activation.
    REQUIRE(w->networkPanel()->editor()->setActivation(0, Activation::Tanh));
    CHECK(w->networkPanel()->spec().hidden[0].activation == Activation::Tanh);
    CHECK(w->message().contains(QStringLiteral("tanh"), Qt::CaseInsensitive));
    w->session()->step();
    w->session()->stop();
    REQUIRE(waitForEnd(*w));
    REQUIRE(w->session()->lastCheckpoint());
    CHECK(w->session()->lastCheckpoint()->spec.hidden[0].activation == Activation::Tanh);
    // The recorded run says so too, so reopening it loads this model.
    REQUIRE_FALSE(w->currentRun().isEmpty());
    CHECK(w->runsPanel()->model()->store().load(w->currentRun().toStdString()).network.hidden[0].activation == Activation::Tanh);
    // At 5 batches a second for about 1.2 s, far from the 50 epochs it would otherwise finish.
    const auto& history = w->session()->lastCheckpoint()->history;
    CHECK(history.size() <= 1);
}

namespace {

// English source texts whose Portuguese differs, from the committed translation file.
QSet<QString> englishOnlyTexts()
{
    QFile file(QStringLiteral(NB_SOURCE_DIR "/translations/neuralboard_pt_BR.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> out;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("source"))
            source = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation")) {
            const QString t = xml.readElementText();
            if (t != source && source.size() > 2)
                out.insert(source);
        }
    }
    return out;
}

// The texts a user sees: buttons, labels, tabs, dock titles, menus, check boxes, combo items.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        else if (auto* d = qobject_cast<QDockWidget*>(w))
            texts << d->windowTitle();
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        else if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
    }
    for (QAction* a : root->findChildren<QAction*>())
        texts << a->text();
    return texts;
}

} // namespace

TEST_CASE("in Portuguese, no visible text is left in English and numbers use a decimal comma", "[ui][classroom][i18n]")
{
    REQUIRE(installLanguage(QStringLiteral("pt_BR")) == QStringLiteral("pt_BR"));
    {
        auto w = openWindow(QStringLiteral("builtin:spiral"), 2);
        w->startTraining();
        REQUIRE(waitForEnd(*w));
        const QSet<QString> english = englishOnlyTexts();
        REQUIRE(english.size() > 300);
        QStringList leftInEnglish;
        for (const QString& text : visibleTexts(w.get()))
            if (english.contains(text))
                leftInEnglish << text;
        leftInEnglish.removeDuplicates();
        INFO(leftInEnglish.join(QStringLiteral(" | ")).toStdString());
        CHECK(leftInEnglish.isEmpty());
        CHECK(w->views()->tabText(1) == QStringLiteral("Curvas de treino"));
        CHECK(w->trainingPanel()->learningRateBox()->text().contains(QLatin1Char(',')));
        CHECK(QLocale().toString(0.5) == QStringLiteral("0,5"));
    }
    installLanguage(QStringLiteral("en"));
    CHECK(QLocale().toString(0.5) == QStringLiteral("0.5"));
}

TEST_CASE("every control a keyboard can reach has an accessible name for screen readers", "[ui][classroom][a11y]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 2);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    QStringList unnamed;
    int checked = 0;
    // Tab by tab: the controls of every view, and the docks'.
    for (int i = 0; i < w->views()->count(); ++i) {
        w->views()->setCurrentIndex(i);
        QTest::qWait(20);
        for (QWidget* widget : w->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(w.get()) || qobject_cast<QScrollBar*>(widget)
                || widget->inherits("QTabBar") || widget->inherits("QDockWidgetTitleButton")
                || widget->objectName() == QStringLiteral("qt_spinbox_lineedit"))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(a);
            ++checked;
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                               widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className()) : QString());
        }
    }
    unnamed.removeDuplicates();
    INFO(unnamed.join(QStringLiteral("\n")).toStdString());
    CHECK(checked > 30);
    CHECK(unnamed.isEmpty());
}

TEST_CASE("the tour walks through the window, bringing each part on screen, and can be skipped", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 1);
    Tour* tour = w->showTour();
    REQUIRE(tour->count() >= 8);
    CHECK(tour->isVisible());
    for (int i = 1; i < tour->count(); ++i) {
        tour->go(i);
        if (tour->title().contains(QStringLiteral("Confusion")))
            CHECK(w->views()->currentWidget() == w->confusionView());
        if (tour->title().contains(QStringLiteral("curves")))
            CHECK(w->views()->currentWidget() == w->curves());
    }
    QPointer<Tour> alive(tour);
    tour->reject(); // Skip
    QTest::qWait(20);
    CHECK(alive.isNull());
    CHECK(QSettings().value(QStringLiteral("tour/done")).toBool());
}

TEST_CASE("the trainer's own messages reach the user in their words", "[ui][i18n]")
{
    // The exact texts core produces (its tests pin them), each recognised.
    for (const char* core : {"stopped by the user", "early stopping: no better validation loss for 5 epochs; kept the weights of epoch 12",
             "kept the weights of the best epoch, 7",
             "the loss became NaN at epoch 2, batch 31; the last finite weights were restored. Lower the learning rate (now 0.5) and resume."}) {
        const QString text = trainerMessage(QString::fromLatin1(core));
        INFO(core);
        CHECK(text != QString::fromLatin1(core));
    }
    CHECK(trainerMessage(QStringLiteral("out of memory on cuda")) == QStringLiteral("out of memory on cuda"));
    CHECK(trainerMessage(QStringLiteral("early stopping: no better validation loss for 5 epochs; kept the weights of epoch 12")).contains(QStringLiteral("12")));
}

TEST_CASE("class names from the catalog and the generators are shown in the user's language", "[ui][i18n]")
{
    REQUIRE(installLanguage(QStringLiteral("pt_BR")) == QStringLiteral("pt_BR"));
    const nb::CatalogEntry* fashion = nb::findCatalogEntry("fashion-mnist");
    REQUIRE(fashion);
    REQUIRE(fashion->classes.size() == 10);
    for (int c = 0; c < 10; ++c) {
        INFO(fashion->classes[static_cast<size_t>(c)]);
        CHECK(className(fashion->classes, c) != QString::fromStdString(fashion->classes[static_cast<size_t>(c)]));
    }
    CHECK(className(fashion->classes, 1) == QStringLiteral("Calça"));
    for (const char* id : {"moons", "circles"}) {
        const nb::Dataset d = nb::generate(id);
        for (int c = 0; c < static_cast<int>(d.classNames.size()); ++c) {
            INFO(id << " class " << d.classNames[static_cast<size_t>(c)]);
            CHECK(className(d.classNames, c) != QString::fromStdString(d.classNames[static_cast<size_t>(c)]));
        }
    }
    // A CSV's own labels and digits stay as they are; an unnamed class shows its number.
    const std::vector<std::string> own = {"7", "tinto"};
    CHECK(className(own, 0) == QStringLiteral("7"));
    CHECK(className(own, 1) == QStringLiteral("tinto"));
    CHECK(className(own, 4) == QStringLiteral("4"));
    installLanguage(QStringLiteral("en"));
    CHECK(className(fashion->classes, 1) == QStringLiteral("Trouser"));
}

TEST_CASE("every building block explains itself on hover", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:xor"), 1);
    auto* palette = w->networkPanel()->findChild<QListWidget*>(QStringLiteral("palette"));
    REQUIRE(palette);
    REQUIRE(palette->count() == 1 + static_cast<int>(allActivations().size()));
    QStringList seen;
    for (int i = 0; i < palette->count(); ++i) {
        const QString tip = palette->item(i)->toolTip();
        CHECK(tip.size() > 20);
        seen << tip;
    }
    seen.removeDuplicates();
    CHECK(seen.size() == palette->count()); // each its own explanation
}

TEST_CASE("presentation mode scales text, chart fonts and lines, hides advanced settings, and F11 brings everything back", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 2);
    w->startTraining();
    REQUIRE(waitForEnd(*w));
    w->views()->setCurrentWidget(w->curves());
    QCustomPlot* loss = w->curves()->lossPlot();
    const int labelBefore = loss->xAxis->labelFont().pixelSize();
    const double penBefore = loss->graph(2)->pen().widthF(); // training loss
    const qreal fontBefore = QApplication::font().pointSizeF();
    auto* momentum = w->trainingPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("momentum"));
    REQUIRE(momentum);
    REQUIRE(momentum->isVisibleTo(w.get()));

    QSettings().setValue(QStringLiteral("presentation/scale"), 200);
    w->setPresentationMode(true);
    QTest::qWait(50);
    CHECK(w->presentationMode());
    CHECK(uiScale() == Approx(2.0));
    CHECK(w->isFullScreen());
    CHECK(loss->xAxis->labelFont().pixelSize() == 2 * labelBefore);
    CHECK(loss->graph(2)->pen().widthF() == Approx(2 * penBefore));
    CHECK(QApplication::font().pointSizeF() == Approx(2 * fontBefore));
    // Dock titles grow too: Qt paints a title in the dock's own font only when it differs from the
    // class font, else in the font the dock was made with.
    for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
        INFO(d->windowTitle().toStdString());
        CHECK(d->font().pointSizeF() == Approx(2 * fontBefore));
        CHECK(d->font() != QApplication::font("QDockWidget"));
    }
    CHECK_FALSE(momentum->isVisibleTo(w.get())); // advanced settings hidden
    CHECK(w->trainingPanel()->learningRateBox()->isVisibleTo(w.get()));

    w->setPresentationMode(false);
    QTest::qWait(50);
    CHECK(uiScale() == Approx(1.0));
    CHECK(loss->xAxis->labelFont().pixelSize() == labelBefore);
    CHECK(loss->graph(2)->pen().widthF() == Approx(penBefore));
    CHECK(QApplication::font().pointSizeF() == Approx(fontBefore));
    CHECK(momentum->isVisibleTo(w.get()));
    QSettings().remove(QStringLiteral("presentation/scale"));
}

TEST_CASE("at 150 % the side panels fit their share of a 1920-pixel projector, and the runs table shows names and best figures", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 1);
    QSettings().setValue(QStringLiteral("presentation/scale"), 150);
    w->setPresentationMode(true);
    QTest::qWait(50);
    REQUIRE(uiScale() == Approx(1.5));
    // Presentation mode gives the data/runs side a fifth of the width and each right panel a
    // quarter; a panel whose contents need more would be cut off or scroll sideways.
    struct Share {
        QWidget* panel;
        int width;
    };
    for (const Share& s : {Share{w->dataPanel(), 1920 / 5}, Share{w->runsPanel(), 1920 / 5}, Share{w->networkPanel(), 1920 / 4},
             Share{w->trainingPanel(), 1920 / 4}}) {
        INFO(s.panel->metaObject()->className() << " needs " << s.panel->minimumSizeHint().width() << " px");
        CHECK(s.panel->minimumSizeHint().width() <= s.width - 24); // the dock's frame and a vertical scroll bar
    }
    QTableView* table = w->runsPanel()->table();
    CHECK(w->runsPanel()->isCompact());
    CHECK_FALSE(table->isColumnHidden(RunsModel::Name));
    CHECK_FALSE(table->isColumnHidden(RunsModel::Best));
    CHECK(table->isColumnHidden(RunsModel::Started));
    CHECK(table->isColumnHidden(RunsModel::Network));

    w->setPresentationMode(false);
    QTest::qWait(50);
    CHECK_FALSE(w->runsPanel()->isCompact());
    CHECK_FALSE(table->isColumnHidden(RunsModel::Started));
    QSettings().remove(QStringLiteral("presentation/scale"));
}

TEST_CASE("the high-contrast theme turns charts white on black with thicker lines", "[ui][classroom]")
{
    auto w = openWindow(QStringLiteral("builtin:spiral"), 1);
    QCustomPlot* loss = w->curves()->lossPlot();
    const double penBefore = loss->graph(2)->pen().widthF();
    applyAppearance({100, ThemeKind::HighContrast});
    CHECK(chartBackground() == QColor(Qt::black));
    CHECK(loss->xAxis->labelColor() == QColor(Qt::white));
    CHECK(loss->graph(2)->pen().widthF() == Approx(1.5 * penBefore));
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    applyAppearance({100, ThemeKind::System});
    CHECK(loss->graph(2)->pen().widthF() == Approx(penBefore));
    CHECK(loss->xAxis->labelColor() != QColor(Qt::white));
}
