#include "data/IdxReader.h"

#include "common/Error.h"

#include <zlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace nb {
namespace {

namespace fs = std::filesystem;

struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};

// The gzip trailer's ISIZE: the uncompressed size modulo 2^32, or -1 for a raw file.
int64_t gzipDeclaredSize(const std::string& path, int64_t fileSize)
{
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        return -1;
    unsigned char head[2] = {0, 0};
    if (std::fread(head, 1, 2, f.get()) != 2 || head[0] != 0x1f || head[1] != 0x8b)
        return -1;
    if (fileSize < 18)
        return -2;
    unsigned char tail[4];
    if (std::fseek(f.get(), -4, SEEK_END) != 0 || std::fread(tail, 1, 4, f.get()) != 4)
        return -2;
    return static_cast<int64_t>(tail[0]) | (static_cast<int64_t>(tail[1]) << 8)
        | (static_cast<int64_t>(tail[2]) << 16) | (static_cast<int64_t>(tail[3]) << 24);
}

std::string findFile(const std::string& dir, const std::vector<std::string>& stems)
{
    for (const auto& stem : stems)
        for (const char* suffix : {".gz", ""}) {
            const fs::path p = fs::path(dir) / (stem + suffix);
            std::error_code ec;
            if (fs::is_regular_file(p, ec))
                return p.string();
        }
    return {};
}

} // namespace

IdxArray readIdx(const std::string& path, int64_t maxBytes)
{
    std::error_code ec;
    const auto fileSize = static_cast<int64_t>(fs::file_size(path, ec));
    if (ec)
        throw Error(locate(path, 0, 0, "cannot open the file (" + ec.message() + ")"));
    const int64_t declared = gzipDeclaredSize(path, static_cast<int64_t>(fileSize));
    if (declared == -2)
        throw Error(locate(path, 0, 0, "the gzip file is truncated"));

    std::unique_ptr<gzFile_s, GzCloser> gz(gzopen(path.c_str(), "rb"));
    if (!gz)
        throw Error(locate(path, 0, 0, "cannot open the file"));
    gzbuffer(gz.get(), 1 << 17);

    auto readExactly = [&](void* buffer, unsigned size) {
        const int n = gzread(gz.get(), buffer, size);
        if (n < 0) {
            int code = 0;
            throw Error(locate(path, 0, 0, std::string("damaged gzip data (") + gzerror(gz.get(), &code) + ")"));
        }
        return static_cast<unsigned>(n) == size;
    };

    unsigned char magic[4];
    if (!readExactly(magic, 4))
        throw Error(locate(path, 0, 0, "not an IDX file: shorter than its 4-byte magic number"));
    if (magic[0] != 0 || magic[1] != 0)
        throw Error(locate(path, 0, 0, "not an IDX file: the magic number must start with two zero bytes"));
    if (magic[2] != 0x08)
        throw Error(locate(path, 0, 0, "unsupported IDX data type 0x" + [&] {
            char hex[3];
            std::snprintf(hex, sizeof hex, "%02x", magic[2]);
            return std::string(hex);
        }() + " (only unsigned bytes, 0x08, are supported)"));
    const int rank = magic[3];
    if (rank < 1 || rank > 4)
        throw Error(locate(path, 0, 0, "unsupported IDX rank " + std::to_string(rank) + " (expected 1 to 4)"));

    IdxArray out;
    int64_t total = 1;
    for (int d = 0; d < rank; ++d) {
        unsigned char b[4];
        if (!readExactly(b, 4))
            throw Error(locate(path, 0, 0, "the IDX header is truncated"));
        const int64_t dim = (static_cast<int64_t>(b[0]) << 24) | (static_cast<int64_t>(b[1]) << 16)
            | (static_cast<int64_t>(b[2]) << 8) | static_cast<int64_t>(b[3]);
        if (dim == 0)
            throw Error(locate(path, 0, 0, "dimension " + std::to_string(d + 1) + " is zero"));
        out.dims.push_back(dim);
        if (total > maxBytes / dim)
            throw Error(locate(path, 0, 0, "the header claims more than " + std::to_string(maxBytes >> 20)
                    + " MiB of data; refusing to load it"));
        total *= dim;
    }
    const int64_t expected = 4 + 4 * rank + total;
    if (declared >= 0) {
        if ((expected & 0xffffffffLL) != declared)
            throw Error(locate(path, 0, 0, "the header claims " + std::to_string(total)
                    + " bytes of data but the file holds " + std::to_string(declared - 4 - 4 * rank)));
    } else if (fileSize < expected) {
        throw Error(locate(path, 0, 0, "truncated: the header claims " + std::to_string(total)
                + " bytes of data but the file holds " + std::to_string(fileSize - 4 - 4 * rank)));
    }

    out.data.resize(static_cast<size_t>(total));
    int64_t done = 0;
    while (done < total) {
        const auto chunk = static_cast<unsigned>(std::min<int64_t>(total - done, 1 << 26));
        const int n = gzread(gz.get(), out.data.data() + done, chunk);
        if (n < 0) {
            int code = 0;
            throw Error(locate(path, 0, 0, std::string("damaged gzip data (") + gzerror(gz.get(), &code) + ")"));
        }
        if (n == 0)
            throw Error(locate(path, 0, 0, "truncated: expected " + std::to_string(total) + " bytes of data, found "
                    + std::to_string(done)));
        done += n;
    }
    return out;
}

Dataset idxToDataset(const IdxArray& images, const IdxArray& labels, const std::string& name,
    const std::vector<std::string>& classNames)
{
    if (images.dims.size() != 3)
        throw Error(name + ": images must be a rank-3 IDX array [N, rows, cols], got rank " + std::to_string(images.dims.size()));
    if (labels.dims.size() != 1)
        throw Error(name + ": labels must be a rank-1 IDX array [N], got rank " + std::to_string(labels.dims.size()));
    if (images.dims[0] != labels.dims[0])
        throw Error(name + ": " + std::to_string(images.dims[0]) + " images but " + std::to_string(labels.dims[0]) + " labels");
    Dataset ds;
    ds.name = name;
    ds.task = TaskKind::Classification;
    ds.targetName = "label";
    ds.sampleShape = {1, images.dims[1], images.dims[2]};
    const size_t n = images.data.size();
    ds.features.resize(n);
    constexpr float scale = 1.0f / 255.0f;
    for (size_t i = 0; i < n; ++i)
        ds.features[i] = static_cast<float>(images.data[i]) * scale;
    int maxLabel = 0;
    ds.targets.resize(labels.data.size());
    for (size_t i = 0; i < labels.data.size(); ++i) {
        ds.targets[i] = labels.data[i];
        maxLabel = std::max<int>(maxLabel, labels.data[i]);
    }
    if (!classNames.empty()) {
        if (maxLabel >= static_cast<int>(classNames.size()))
            throw Error(name + ": label " + std::to_string(maxLabel) + " is out of range for " + std::to_string(classNames.size()) + " classes");
        ds.classNames = classNames;
    } else {
        for (int k = 0; k <= std::max(maxLabel, 1); ++k)
            ds.classNames.push_back(std::to_string(k));
    }
    return ds;
}

bool isMnistFolder(const std::string& dir)
{
    const bool train = !findFile(dir, {"train-images-idx3-ubyte", "train-images.idx3-ubyte"}).empty()
        && !findFile(dir, {"train-labels-idx1-ubyte", "train-labels.idx1-ubyte"}).empty();
    const bool test = !findFile(dir, {"t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"}).empty()
        && !findFile(dir, {"t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"}).empty();
    return train || test;
}

ImageFolder readMnistFolder(const std::string& dir, const std::string& name, const std::vector<std::string>& classNames)
{
    const std::string trainImages = findFile(dir, {"train-images-idx3-ubyte", "train-images.idx3-ubyte"});
    const std::string trainLabels = findFile(dir, {"train-labels-idx1-ubyte", "train-labels.idx1-ubyte"});
    const std::string testImages = findFile(dir, {"t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"});
    const std::string testLabels = findFile(dir, {"t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"});
    const bool hasTrain = !trainImages.empty() && !trainLabels.empty();
    const bool hasTest = !testImages.empty() && !testLabels.empty();
    if (!hasTrain && !hasTest)
        throw Error(dir + ": no MNIST-style files here (expected train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, "
                          "or the t10k pair)");
    ImageFolder out;
    if (hasTrain) {
        out.train = idxToDataset(readIdx(trainImages), readIdx(trainLabels), name, classNames);
        if (hasTest)
            out.test = idxToDataset(readIdx(testImages), readIdx(testLabels), name + " (test)", classNames);
    } else {
        out.train = idxToDataset(readIdx(testImages), readIdx(testLabels), name, classNames);
        out.onlyTestPair = true;
    }
    if (out.test && out.test->sampleShape != out.train.sampleShape)
        throw Error(dir + ": the training and test images have different sizes");
    if (out.test && out.test->classNames.size() != out.train.classNames.size())
        out.test->classNames = out.train.classNames = out.train.classNames.size() > out.test->classNames.size()
            ? out.train.classNames : out.test->classNames;
    return out;
}

} // namespace nb
