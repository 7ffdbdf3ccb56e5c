#pragma once
// How the app looks: UI scale, theme (system, light, dark, high contrast) and the colours every
// chart shares. The Okabe-Ito palette stays distinguishable with the common colour-vision
// deficiencies and on washed-out projectors.

#include <QColor>
#include <QString>

#include <initializer_list>

class QCPAxis;
class QCustomPlot;
class QWidget;

namespace nb::ui {

enum class ThemeKind { System, Light, Dark, HighContrast };
QString toString(ThemeKind t);
ThemeKind themeFromString(const QString& text); // unknown: System

struct Appearance {
    int scalePercent = 100; // 100 to 250
    ThemeKind theme = ThemeKind::System;
    bool operator==(const Appearance& o) const { return scalePercent == o.scalePercent && theme == o.theme; }
};

// The appearance in force. px() and lineWidth() turn design sizes into on-screen sizes.
const Appearance& appearance();
double uiScale();
int px(double designPixels);
double lineWidth(double designWidth); // scaled, and thicker in high contrast
bool darkTheme(); // the palette in force is dark (a dark system theme counts)

// Applies to the whole application: font, palette, and every existing window's fonts, charts
// and line widths. Widgets created later pick it up through px(), lineWidth() and chart colours.
void applyAppearance(const Appearance& appearance);

// Chart colours for the theme in force.
QColor chartBackground();
QColor chartForeground();
QColor chartGrid();

// The Okabe-Ito palette in one order for every chart: blue, orange, bluish green, reddish purple,
// sky blue, vermillion, yellow, black. Classes take it in turn.
inline QColor okabeIto(int i)
{
    static const QColor colors[] = {QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115), QColor(204, 121, 167),
        QColor(86, 180, 233), QColor(213, 94, 0), QColor(240, 228, 66), QColor(0, 0, 0)};
    return colors[static_cast<unsigned>(i) % (sizeof colors / sizeof colors[0])];
}

// Live curves: training blue, validation orange. Compared runs take the other colours in turn.
inline QColor trainingColor() { return okabeIto(0); }
inline QColor validationColor() { return okabeIto(1); }
inline QColor runColor(int i)
{
    static const int others[] = {5, 2, 3, 4, 7, 6}; // vermillion first: farthest from blue and orange
    return okabeIto(others[static_cast<unsigned>(i) % 6]);
}

// The chart fonts every view uses, readable from the back of a classroom: 16 px axis labels, 14 px
// ticks and legend (design sizes, scaled by the UI scale). For every axis of the plot's axis rects,
// the extra axes given (a colour scale's), and the legend.
void setChartFonts(QCustomPlot* plot, std::initializer_list<QCPAxis*> extra = {});

// Restyles one widget tree for the appearance in force (called by applyAppearance for every
// top-level window; views call it on charts they rebuild).
void restyle(QWidget* root);

} // namespace nb::ui
