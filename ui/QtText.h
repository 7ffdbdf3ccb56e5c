#pragma once
// Conversions between core's std::string (UTF-8) and Qt's QString, in one place.

#include <QLocale>
#include <QString>

#include <string>

namespace nb::ui {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }

// Numbers as the user's locale writes them (decimal comma in pt-BR): fixed decimals, or
// significant digits.
inline QString num(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }
inline QString numG(double v, int digits) { return QLocale().toString(v, 'g', digits); }

} // namespace nb::ui
