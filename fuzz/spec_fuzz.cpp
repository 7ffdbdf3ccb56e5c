// libFuzzer target: network-spec and training-config JSON, and the --layers syntax.
#include "common/Error.h"
#include "model/NetworkSpec.h"
#include "train/TrainConfig.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const nb::NetworkSpec s = nb::NetworkSpec::fromJson(text, "fuzz.json");
        (void)s.parameterCount();
        (void)nb::NetworkSpec::fromJson(s.toJson(), "round-trip");
    } catch (const nb::Error&) {
    }
    try {
        (void)nb::TrainConfig::fromJson(text, "fuzz.json");
    } catch (const nb::Error&) {
    }
    try {
        (void)nb::parseLayers(text);
    } catch (const nb::Error&) {
    }
    return 0;
}
