#pragma once
// Internal to core: reading numbers from untrusted JSON. nlohmann's get<int>() on a huge or
// fractional number is an unchecked cast (undefined behaviour; found by fuzzing), so whole
// numbers are checked for type and range first.

#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace nb {

inline int64_t jsonInteger(const nlohmann::json& j, const std::string& what, int64_t lo, int64_t hi)
{
    if (j.is_number_integer() && !j.is_number_unsigned()) {
        const auto v = j.get<int64_t>();
        if (v >= lo && v <= hi)
            return v;
    } else if (j.is_number_unsigned()) {
        const auto v = j.get<uint64_t>();
        if (v <= static_cast<uint64_t>(hi) && static_cast<int64_t>(v) >= lo)
            return static_cast<int64_t>(v);
    } else if (j.is_number_float()) {
        const double v = j.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && v >= static_cast<double>(lo) && v <= static_cast<double>(hi))
            return static_cast<int64_t>(v);
    }
    throw Error(what + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " + j.dump());
}

// A member that may be missing (then the default) but must be a whole number in range.
inline int64_t jsonInteger(const nlohmann::json& object, const char* key, int64_t fallback, int64_t lo, int64_t hi)
{
    if (!object.contains(key))
        return fallback;
    return jsonInteger(object.at(key), std::string("\"") + key + "\"", lo, hi);
}

} // namespace nb
