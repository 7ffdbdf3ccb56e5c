#pragma once

#include <stdexcept>
#include <string>

namespace nb {

// A user-facing error. The message names what went wrong and where
// ("wine.csv:17:4: expected a number, got \"7,4a\""), so the CLI and the GUI can show it as is.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// "file:line:column: message", leaving out the parts that are zero.
std::string locate(const std::string& file, long line, long column, const std::string& message);

} // namespace nb
