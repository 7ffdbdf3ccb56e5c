#pragma once

#include <string>
#include <string_view>

namespace nb {

// Writes the whole file or nothing: a temporary file beside the target, flushed to disk, then
// renamed over it. A crash at any moment leaves either the old file or the new one.
void writeFileAtomically(const std::string& path, std::string_view contents);
std::string readFile(const std::string& path, size_t maxBytes = size_t{1} << 32); // throws nb::Error

} // namespace nb
