// Every input a fuzzer ever crashed on (fuzz/regressions/TARGET/) goes through the same code as
// the fuzz target and must end in a clean nb::Error or a result, never a crash.
#include "common/Error.h"
#include "data/CsvReader.h"
#include "data/IdxReader.h"
#include "io/AtomicFile.h"
#include "io/Checkpoint.h"
#include "model/NetworkSpec.h"
#include "train/TrainConfig.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace nb;

namespace {

std::vector<std::string> inputs(const std::string& target)
{
    std::vector<std::string> out;
    const std::filesystem::path dir = std::filesystem::path(NB_SOURCE_DIR) / "fuzz" / "regressions" / target;
    if (std::filesystem::exists(dir))
        for (const auto& e : std::filesystem::directory_iterator(dir))
            out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

template <typename F>
void refusesCleanly(const std::string& path, F f)
{
    INFO(path);
    try {
        f();
    } catch (const Error&) {
    }
    SUCCEED();
}

} // namespace

TEST_CASE("Fuzzer findings stay fixed: spec and config JSON")
{
    const auto files = inputs("spec");
    CHECK(files.size() >= 2);
    for (const auto& path : files) {
        const std::string text = readFile(path);
        refusesCleanly(path, [&] { (void)NetworkSpec::fromJson(text); });
        refusesCleanly(path, [&] { (void)TrainConfig::fromJson(text); });
        refusesCleanly(path, [&] { (void)parseLayers(text); });
        CHECK_THROWS_AS(NetworkSpec::fromJson(text), Error);
    }
}

TEST_CASE("Fuzzer findings stay fixed: CSV, IDX and checkpoints")
{
    for (const auto& path : inputs("csv"))
        refusesCleanly(path, [&] { (void)readCsv(path); });
    for (const auto& path : inputs("idx"))
        refusesCleanly(path, [&] { (void)readIdx(path, int64_t{1} << 24); });
    for (const auto& path : inputs("checkpoint"))
        refusesCleanly(path, [&] { (void)loadCheckpoint(path); });
    SUCCEED();
}
