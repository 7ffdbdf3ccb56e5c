// libFuzzer target: the IDX reader (raw or gzip) and the MNIST folder pairing, on arbitrary files.
#include "common/Error.h"
#include "data/IdxReader.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::string path = "/tmp/nb-idx-fuzz-" + std::to_string(getpid());
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        // Small limit: the fuzzer must find the checks, not allocate gigabytes.
        const nb::IdxArray a = nb::readIdx(path, int64_t{1} << 24);
        if (a.dims.size() == 3) {
            nb::IdxArray labels;
            labels.dims = {a.dims[0]};
            labels.data.assign(static_cast<size_t>(a.dims[0]), 1);
            nb::idxToDataset(a, labels, "fuzz");
        }
    } catch (const nb::Error&) {
    }
    return 0;
}
