#include "common/Error.h"

#include <algorithm>
#include <cctype>

namespace nb {

std::string locate(const std::string& file, long line, long column, const std::string& message)
{
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    if (!out.empty())
        out += ": ";
    return out + message;
}

void throwIfProblems(const std::string& prefix, const std::vector<std::string>& problems)
{
    if (problems.empty())
        return;
    std::string msg = prefix + ": ";
    for (size_t i = 0; i < problems.size(); ++i)
        msg += (i ? "; " : "") + problems[i];
    throw Error(msg);
}

std::string normalizedName(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '_' || c == '-' || c == ' '; }), s.end());
    return s;
}

} // namespace nb
