#include "common/Error.h"

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

} // namespace nb
