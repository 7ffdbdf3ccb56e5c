// libFuzzer target: loading checkpoints. Damaged or foreign files must be refused with a message.
#include "common/Error.h"
#include "io/Checkpoint.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::string path = "/tmp/nb-checkpoint-fuzz-" + std::to_string(getpid());
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        (void)nb::loadCheckpoint(path);
    } catch (const nb::Error&) {
    }
    return 0;
}
