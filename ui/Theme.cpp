#include "Theme.h"

#include "QCustomPlotShim.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QAbstractAxis>
#include <QDockWidget>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <optional>

namespace nb::ui {
namespace {

Appearance g_appearance;
double g_appliedScale = 1.0;
double g_appliedLine = 1.0;
std::optional<QFont> g_baseFont;
std::optional<QPalette> g_systemPalette;
QString g_systemStyle;

constexpr const char* kBaseSize = "nbBaseFontSize";  // design size of an explicitly set font
constexpr const char* kBasePixel = "nbBaseIsPixel";
constexpr const char* kBaseWidth = "nbBaseLineWidth";

QPalette makePalette(ThemeKind t)
{
    QPalette p;
    auto set = [&p](QPalette::ColorRole role, const QColor& c) { p.setColor(role, c); };
    auto disabled = [&p](const QColor& c) {
        for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, c);
    };
    if (t == ThemeKind::Light) {
        p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    } else if (t == ThemeKind::Dark) {
        set(QPalette::Window, QColor(37, 40, 45));
        set(QPalette::WindowText, QColor(230, 232, 235));
        set(QPalette::Base, QColor(26, 28, 32));
        set(QPalette::AlternateBase, QColor(45, 48, 54));
        set(QPalette::Text, QColor(230, 232, 235));
        set(QPalette::Button, QColor(50, 54, 60));
        set(QPalette::ButtonText, QColor(230, 232, 235));
        set(QPalette::Highlight, QColor(86, 180, 233));
        set(QPalette::HighlightedText, Qt::black);
        set(QPalette::ToolTipBase, QColor(50, 54, 60));
        set(QPalette::ToolTipText, QColor(230, 232, 235));
        set(QPalette::PlaceholderText, QColor(150, 155, 160));
        set(QPalette::Link, QColor(86, 180, 233));
        set(QPalette::Mid, QColor(90, 95, 100));
        set(QPalette::Dark, QColor(20, 22, 25));
        set(QPalette::Light, QColor(70, 75, 82));
        disabled(QColor(120, 124, 130));
    } else if (t == ThemeKind::HighContrast) {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
            set(role, Qt::black);
        set(QPalette::Dark, QColor(220, 220, 220)); // frames and check-box outlines stay visible
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText, QPalette::Light, QPalette::Mid})
            set(role, Qt::white);
        set(QPalette::Highlight, QColor(255, 230, 0));
        set(QPalette::HighlightedText, Qt::black);
        set(QPalette::Link, QColor(255, 230, 0));
        set(QPalette::PlaceholderText, QColor(200, 200, 200));
        disabled(QColor(150, 150, 150));
    }
    return p;
}

// A font's size for the scale in force, remembering its design size on the object.
template <typename Setter>
void scaleFont(QObject* owner, const char* key, QFont font, Setter set)
{
    const QByteArray name = QByteArray(kBaseSize) + key;
    const QByteArray pixelName = QByteArray(kBasePixel) + key;
    QVariant base = owner->property(name.constData());
    bool pixel = owner->property(pixelName.constData()).toBool();
    if (!base.isValid()) {
        pixel = font.pixelSize() > 0;
        base = (pixel ? font.pixelSize() : font.pointSizeF()) / g_appliedScale;
        owner->setProperty(name.constData(), base);
        owner->setProperty(pixelName.constData(), pixel);
    }
    if (pixel)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(base.toDouble() * g_appearance.scalePercent / 100.0))));
    else
        font.setPointSizeF(std::max(1.0, base.toDouble() * g_appearance.scalePercent / 100.0));
    set(font);
}

void restylePlot(QCustomPlot* plot)
{
    const QColor fg = chartForeground(), grid = chartGrid();
    plot->setBackground(chartBackground());
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(chartBackground());
        for (QCPAxis* a : rect->axes()) {
            scaleFont(a, "label", a->labelFont(), [a](const QFont& f) { a->setLabelFont(f); });
            scaleFont(a, "ticks", a->tickLabelFont(), [a](const QFont& f) { a->setTickLabelFont(f); });
            a->setLabelColor(fg);
            a->setTickLabelColor(fg);
            QPen pen(fg, lineWidth(1));
            a->setBasePen(pen);
            a->setTickPen(pen);
            a->setSubTickPen(pen);
            a->grid()->setPen(QPen(grid, lineWidth(1), Qt::DotLine));
        }
    }
    if (plot->legend) {
        scaleFont(plot->legend, "legend", plot->legend->font(), [plot](const QFont& f) { plot->legend->setFont(f); });
        QColor back = chartBackground();
        back.setAlpha(210);
        plot->legend->setBrush(back);
        plot->legend->setTextColor(fg);
        plot->legend->setBorderPen(QPen(fg));
    }
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        QPen pen = g->pen();
        QVariant base = g->property(kBaseWidth);
        if (!base.isValid()) {
            base = pen.widthF() / g_appliedLine;
            g->setProperty(kBaseWidth, base);
        }
        pen.setWidthF(lineWidth(base.toDouble()));
        g->setPen(pen);
    }
    if (plot->isVisible() && plot->width() > 0 && plot->height() > 0)
        plot->replot(QCustomPlot::rpQueuedReplot); // hidden plots draw when shown
}

void restyleChart(QChart* chart)
{
    const QColor fg = chartForeground();
    chart->setBackgroundBrush(chartBackground());
    chart->setTitleBrush(fg);
    scaleFont(chart, "title", chart->titleFont(), [chart](const QFont& f) { chart->setTitleFont(f); });
    int i = 0;
    for (QAbstractAxis* a : chart->axes()) {
        const QByteArray key = "axis" + QByteArray::number(i++);
        scaleFont(chart, key.constData(), a->labelsFont(), [a](const QFont& f) { a->setLabelsFont(f); });
        a->setLabelsBrush(fg);
        a->setLinePenColor(fg);
        a->setGridLineColor(chartGrid());
    }
}

} // namespace

QString toString(ThemeKind t)
{
    switch (t) {
    case ThemeKind::Light: return QStringLiteral("light");
    case ThemeKind::Dark: return QStringLiteral("dark");
    case ThemeKind::HighContrast: return QStringLiteral("high-contrast");
    case ThemeKind::System: break;
    }
    return QStringLiteral("system");
}

ThemeKind themeFromString(const QString& text)
{
    for (ThemeKind t : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast})
        if (text == toString(t))
            return t;
    return ThemeKind::System;
}

const Appearance& appearance() { return g_appearance; }
double uiScale() { return g_appearance.scalePercent / 100.0; }
int px(double designPixels) { return std::max(1, static_cast<int>(std::lround(designPixels * uiScale()))); }
double lineWidth(double designWidth) { return designWidth * uiScale() * (g_appearance.theme == ThemeKind::HighContrast ? 1.5 : 1.0); }

bool darkTheme() { return QApplication::palette().color(QPalette::Window).lightness() < 128; }

QColor chartBackground()
{
    if (g_appearance.theme == ThemeKind::HighContrast)
        return Qt::black;
    return darkTheme() ? QApplication::palette().color(QPalette::Base) : QColor(Qt::white);
}

QColor chartForeground()
{
    if (g_appearance.theme == ThemeKind::HighContrast)
        return Qt::white;
    return darkTheme() ? QApplication::palette().color(QPalette::Text) : QColor(Qt::black);
}

QColor chartGrid()
{
    if (g_appearance.theme == ThemeKind::HighContrast)
        return QColor(140, 140, 140);
    return darkTheme() ? QColor(80, 84, 90) : QColor(200, 200, 200);
}

void setChartFonts(QCustomPlot* plot, std::initializer_list<QCPAxis*> extra)
{
    QFont label = plot->font();
    label.setPixelSize(px(16));
    QFont ticks = plot->font();
    ticks.setPixelSize(px(14));
    QList<QCPAxis*> axes(extra.begin(), extra.end());
    for (QCPAxisRect* rect : plot->axisRects())
        axes += rect->axes();
    for (QCPAxis* a : axes) {
        a->setLabelFont(label);
        a->setTickLabelFont(ticks);
    }
    if (plot->legend)
        plot->legend->setFont(ticks);
}

void restyle(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            // A dock paints its title in the application font of the moment it was made unless
            // it has a font of its own; give it the current one (marked so that it differs),
            // so the titles grow with the scale too.
            QFont title = QApplication::font();
            title.setStyleStrategy(QFont::PreferQuality);
            dock->setFont(title);
            continue;
        }
        if (w->testAttribute(Qt::WA_SetFont))
            scaleFont(w, "", w->font(), [w](const QFont& f) { w->setFont(f); });
        if (auto* plot = qobject_cast<QCustomPlot*>(w))
            restylePlot(plot);
        else if (auto* view = qobject_cast<QChartView*>(w))
            restyleChart(view->chart());
    }
    // Views that draw with px() and lineWidth() redraw themselves.
    for (QWidget* w : widgets)
        if (w->metaObject()->indexOfMethod("restyle()") >= 0)
            QMetaObject::invokeMethod(w, "restyle");
}

void applyAppearance(const Appearance& a)
{
    if (!g_baseFont) {
        g_baseFont = QApplication::font();
        g_systemPalette = QApplication::palette();
        g_systemStyle = QApplication::style()->name();
    }
    g_appearance = a;
    g_appearance.scalePercent = std::clamp(a.scalePercent, 100, 250);
    QFont font = *g_baseFont;
    font.setPointSizeF(g_baseFont->pointSizeF() * uiScale());
    QApplication::setFont(font);
    if (a.theme == ThemeKind::System) {
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(*g_systemPalette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(makePalette(a.theme));
    }
    for (QWidget* w : QApplication::topLevelWidgets())
        restyle(w);
    g_appliedScale = uiScale();
    g_appliedLine = lineWidth(1);
}

} // namespace nb::ui
