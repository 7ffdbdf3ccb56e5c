#pragma once

#include <QString>
#include <QStringList>

namespace nb::ui {

// The app's languages: "en" (the source) and "pt_BR". An empty choice follows the system.
QStringList availableLanguages();
QString languageName(const QString& code); // in that language: "English", "Português (Brasil)"
QString resolveLanguage(const QString& choice); // "" -> from the system locale
// Installs the app's and Qt's translations and the locale's number format; before any widget
// exists (switching later needs a restart). Returns the language installed.
QString installLanguage(const QString& choice);

} // namespace nb::ui
