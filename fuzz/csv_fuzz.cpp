// libFuzzer target: the CSV reader, from parsing to a typed dataset, on arbitrary bytes.
#include "common/Error.h"
#include "data/CsvReader.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const char delimiter : {'\0', ';'}) {
        nb::CsvOptions o;
        o.delimiter = delimiter;
        o.dropMissing = size % 2 == 0;
        try {
            nb::tableToDataset(nb::parseCsv(text, "fuzz.csv", o), o);
        } catch (const nb::Error&) {
            // Refusing bad input with a message is the expected outcome.
        }
    }
    return 0;
}
