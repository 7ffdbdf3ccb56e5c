// libFuzzer target: session files (description, settings and an embedded checkpoint).
#include "common/Error.h"
#include "io/Session.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    try {
        (void)nb::sessionFromBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.nbsession");
    } catch (const nb::Error&) {
    }
    return 0;
}
