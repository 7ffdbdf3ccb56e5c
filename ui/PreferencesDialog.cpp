#include "PreferencesDialog.h"

#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nb::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setToolTip(tr("The language of every menu, label and message; numbers follow it too (decimal comma in Portuguese). "
                              "Applies when NeuralBoard restarts"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), toString(ThemeKind::System));
    m_theme->addItem(tr("Light"), toString(ThemeKind::Light));
    m_theme->addItem(tr("Dark"), toString(ThemeKind::Dark));
    m_theme->addItem(tr("High contrast"), toString(ThemeKind::HighContrast));
    m_theme->setToolTip(tr("High contrast: white on black with thicker lines, for projectors and low vision"));
    m_scale = new QSpinBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(100, 250);
    m_scale->setSingleStep(10);
    m_scale->setSuffix(tr(" %"));
    m_scale->setToolTip(tr("Makes text, charts, lines and the drawing canvas larger"));
    m_presentationScale = new QSpinBox(this);
    m_presentationScale->setRange(100, 250);
    m_presentationScale->setSingleStep(10);
    m_presentationScale->setSuffix(tr(" %"));
    m_presentationScale->setToolTip(tr("The scale presentation mode (F11) switches to: full screen, large, advanced settings hidden"));
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("UI scale"), m_scale);
    form->addRow(tr("Presentation scale"), m_presentationScale);

    const Appearance a = savedAppearance();
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(toString(a.theme))));
    m_scale->setValue(a.scalePercent);
    m_presentationScale->setValue(savedPresentationScale());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Appearance PreferencesDialog::chosenAppearance() const
{
    Appearance a;
    a.scalePercent = m_scale->value();
    a.theme = themeFromString(m_theme->currentData().toString());
    return a;
}

int PreferencesDialog::presentationScale() const { return m_presentationScale->value(); }

QString PreferencesDialog::language() const { return m_language->currentData().toString(); }

void PreferencesDialog::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("appearance/scale"), m_scale->value());
    s.setValue(QStringLiteral("appearance/theme"), toString(chosenAppearance().theme));
    s.setValue(QStringLiteral("presentation/scale"), m_presentationScale->value());
    s.setValue(QStringLiteral("language"), language());
}

Appearance PreferencesDialog::savedAppearance()
{
    const QSettings s;
    Appearance a;
    a.scalePercent = std::clamp(s.value(QStringLiteral("appearance/scale"), 100).toInt(), 100, 250);
    a.theme = themeFromString(s.value(QStringLiteral("appearance/theme")).toString());
    return a;
}

int PreferencesDialog::savedPresentationScale() { return std::clamp(QSettings().value(QStringLiteral("presentation/scale"), 150).toInt(), 100, 250); }

QString PreferencesDialog::savedLanguage() { return QSettings().value(QStringLiteral("language")).toString(); }

} // namespace nb::ui
