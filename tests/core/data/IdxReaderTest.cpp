#include "TestUtil.h"

#include "common/Error.h"
#include "data/IdxReader.h"

#include <catch2/catch.hpp>
#include <zlib.h>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

std::string idxHeader(unsigned char type, std::vector<uint32_t> dims)
{
    std::string s = {0, 0, static_cast<char>(type), static_cast<char>(dims.size())};
    for (uint32_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            s.push_back(static_cast<char>((d >> shift) & 0xff));
    return s;
}

std::string idx(std::vector<uint32_t> dims, const std::vector<uint8_t>& data)
{
    std::string s = idxHeader(0x08, std::move(dims));
    s.append(data.begin(), data.end());
    return s;
}

void writeGz(const std::string& path, const std::string& bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

// n images of 2x3 pixels whose values encode the image index, and labels i % 3.
void writeMnistPair(const TempDir& dir, const std::string& prefix, uint32_t n, bool gz)
{
    std::vector<uint8_t> pixels, labels;
    for (uint32_t i = 0; i < n; ++i) {
        for (int p = 0; p < 6; ++p)
            pixels.push_back(static_cast<uint8_t>((i * 10 + static_cast<uint32_t>(p)) % 256));
        labels.push_back(static_cast<uint8_t>(i % 3));
    }
    const std::string images = idx({n, 2, 3}, pixels), lab = idx({n}, labels);
    if (gz) {
        writeGz(dir.file(prefix + "-images-idx3-ubyte.gz"), images);
        writeGz(dir.file(prefix + "-labels-idx1-ubyte.gz"), lab);
    } else {
        dir.write(prefix + "-images-idx3-ubyte", images);
        dir.write(prefix + "-labels-idx1-ubyte", lab);
    }
}

} // namespace

TEST_CASE("IDX raw and gzip files read the same")
{
    TempDir dir;
    const std::string bytes = idx({2, 2, 2}, {0, 255, 1, 2, 3, 4, 5, 6});
    dir.write("a.idx", bytes);
    writeGz(dir.file("a.idx.gz"), bytes);
    for (const auto& name : {"a.idx", "a.idx.gz"}) {
        const IdxArray a = readIdx(dir.file(name));
        CHECK(a.dims == std::vector<int64_t>{2, 2, 2});
        CHECK(a.data == std::vector<uint8_t>{0, 255, 1, 2, 3, 4, 5, 6});
    }
}

TEST_CASE("IDX header claims are checked before allocating")
{
    TempDir dir;
    CHECK_THROWS_WITH(readIdx(dir.write("short", std::string("\0\0", 2))), Contains("shorter than its 4-byte magic"));
    CHECK_THROWS_WITH(readIdx(dir.write("magic", "PK\x03\x04xxxx")), Contains("must start with two zero bytes"));
    CHECK_THROWS_WITH(readIdx(dir.write("type", idxHeader(0x0D, {1}) + "abcd")), Contains("unsupported IDX data type 0x0d"));
    CHECK_THROWS_WITH(readIdx(dir.write("rank", idxHeader(0x08, {1, 1, 1, 1, 1}))), Contains("unsupported IDX rank 5"));
    CHECK_THROWS_WITH(readIdx(dir.write("zero", idxHeader(0x08, {0}))), Contains("dimension 1 is zero"));
    // 2^31 images of 28x28 would be an enormous allocation: refused from the header alone.
    CHECK_THROWS_WITH(readIdx(dir.write("huge", idxHeader(0x08, {0x80000000u, 28, 28}))), Contains("refusing to load"));
    CHECK_THROWS_WITH(readIdx(dir.write("trunc", idx({10, 28, 28}, std::vector<uint8_t>(100, 1)))), Contains("truncated"));
    writeGz(dir.file("trunc.gz"), idx({10, 28, 28}, std::vector<uint8_t>(100, 1)));
    CHECK_THROWS_WITH(readIdx(dir.file("trunc.gz")), Contains("the header claims 7840 bytes of data but the file holds 100"));
    CHECK_THROWS_WITH(readIdx(dir.file("none")), Contains("cannot open"));
    std::string gz = "\x1f\x8b\x08\x00garbagegarbagegarbage";
    CHECK_THROWS_AS(readIdx(dir.write("bad.gz", gz)), Error);
}

TEST_CASE("An MNIST folder with all four files keeps train and test apart")
{
    TempDir dir;
    writeMnistPair(dir, "train", 12, true);
    writeMnistPair(dir, "t10k", 5, false);
    CHECK(isMnistFolder(dir.path()));
    const ImageFolder f = readMnistFolder(dir.path(), "digits");
    CHECK(f.train.size() == 12);
    REQUIRE(f.test);
    CHECK(f.test->size() == 5);
    CHECK_FALSE(f.onlyTestPair);
    CHECK(f.train.sampleShape == std::vector<int64_t>{1, 2, 3});
    CHECK(f.train.isImage());
    CHECK(f.train.classNames.size() == 3);
    CHECK(f.train.features[1] == Approx(1.0f / 255.0f));
    CHECK(f.train.features[6] == Approx(10.0f / 255.0f));
    CHECK(f.train.targets[4] == 1.0f);
}

TEST_CASE("An MNIST folder with only the test pair is marked for splitting")
{
    TempDir dir;
    writeMnistPair(dir, "t10k", 9, true);
    const ImageFolder f = readMnistFolder(dir.path(), "digits");
    CHECK(f.onlyTestPair);
    CHECK_FALSE(f.test);
    CHECK(f.train.size() == 9);
}

TEST_CASE("Images and labels that disagree are refused")
{
    TempDir dir;
    dir.write("t10k-images-idx3-ubyte", idx({3, 2, 2}, std::vector<uint8_t>(12, 0)));
    dir.write("t10k-labels-idx1-ubyte", idx({2}, {0, 1}));
    CHECK_THROWS_WITH(readMnistFolder(dir.path(), "x"), Contains("3 images but 2 labels"));
    TempDir empty;
    CHECK_FALSE(isMnistFolder(empty.path()));
    CHECK_THROWS_WITH(readMnistFolder(empty.path(), "x"), Contains("no MNIST-style files"));
}
