#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace nb {

// A user-facing error. The message names what went wrong and where
// ("wine.csv:17:4: expected a number, got \"7,4a\""), so the CLI and the GUI can show it as is.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// "file:line:column: message", leaving out the parts that are zero.
std::string locate(const std::string& file, long line, long column, const std::string& message);

// Throws nb::Error("prefix: a; b; c") when there are problems.
void throwIfProblems(const std::string& prefix, const std::vector<std::string>& problems);

// Lower case without '_', '-' and spaces, so "Leaky_ReLU" and "leakyrelu" name the same thing.
std::string normalizedName(std::string text);

} // namespace nb
