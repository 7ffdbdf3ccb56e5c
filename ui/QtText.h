#pragma once
// Conversions between core's std::string (UTF-8) and Qt's QString, in one place.

#include <QString>

#include <string>

namespace nb::ui {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }

} // namespace nb::ui
