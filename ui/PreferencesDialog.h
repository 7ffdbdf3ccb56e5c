#pragma once

#include "Theme.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace nb::ui {

// Language, theme, UI scale (100-250 %) and the scale presentation mode uses. Kept in QSettings:
// appearance/theme, appearance/scale, presentation/scale, language.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    Appearance chosenAppearance() const;
    int presentationScale() const;
    QString language() const; // "" follows the system
    void save() const;        // into QSettings

    static Appearance savedAppearance();
    static int savedPresentationScale();
    static QString savedLanguage();

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* scaleBox() const { return m_scale; }

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_scale;
    QSpinBox* m_presentationScale;
};

} // namespace nb::ui
