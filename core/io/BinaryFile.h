#pragma once
// Internal to core: the little pieces the checkpoint and session containers share.

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace nb::binary {

inline void putU64(std::string& out, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

inline uint64_t getU64(const std::string& in, size_t at)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= static_cast<uint64_t>(static_cast<unsigned char>(in[at + static_cast<size_t>(i)])) << (8 * i);
    return v;
}

inline void putU32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

inline uint32_t getU32(const std::string& in, size_t at)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= static_cast<uint32_t>(static_cast<unsigned char>(in[at + static_cast<size_t>(i)])) << (8 * i);
    return v;
}

// CRC-32 of any length (zlib takes at most 4 GiB at a time).
inline uint32_t crc(const char* data, size_t size)
{
    uLong c = crc32(0L, Z_NULL, 0);
    while (size > 0) {
        const auto chunk = static_cast<uInt>(std::min<size_t>(size, 1u << 30));
        c = crc32(c, reinterpret_cast<const Bytef*>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return static_cast<uint32_t>(c);
}

} // namespace nb::binary
