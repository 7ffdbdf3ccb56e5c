#include "data/DataSource.h"

#include "common/Error.h"
#include "data/Catalog.h"
#include "data/Generators.h"
#include "data/IdxReader.h"

#include <cmath>
#include <filesystem>

namespace nb {
namespace {
namespace fs = std::filesystem;

std::string describe(const Dataset& d)
{
    std::string s = std::to_string(d.size()) + (d.isImage() ? " images" : " rows");
    if (d.task == TaskKind::Classification)
        s += ", " + std::to_string(d.classCount()) + " classes";
    else
        s += ", regression on \"" + d.targetName + "\"";
    return s;
}

LoadedData loadBuiltin(const std::string& rest)
{
    const BuiltinSpec b = parseBuiltinSpec("builtin:" + rest);
    const std::string& id = b.id;
    const GeneratorParams& p = b.params;
    LoadedData out;
    out.data = generate(id, p);
    out.description = out.data.name + " (built-in): " + describe(out.data);
    return out;
}

LoadedData loadCsv(const std::string& path, const std::string& target, const LoadOptions& o,
    std::optional<TaskKind> catalogTask = std::nullopt)
{
    CsvOptions csv = o.csv;
    if (!target.empty())
        csv.target = target;
    csv.task = o.task ? o.task : csv.task ? csv.task : catalogTask;
    CsvReport report;
    LoadedData out;
    out.data = readCsv(path, csv, &report, o.progress);
    out.description = out.data.name + ": " + describe(out.data);
    return out;
}

LoadedData loadIdx(const std::string& dir, const std::string& name, const std::vector<std::string>& classes)
{
    ImageFolder folder = readMnistFolder(dir, name, classes);
    LoadedData out;
    out.data = std::move(folder.train);
    out.heldOut = std::move(folder.test);
    out.description = name + " from " + dir + ": " + describe(out.data);
    if (out.heldOut)
        out.description += " + " + std::to_string(out.heldOut->size()) + " test images";
    else if (folder.onlyTestPair)
        out.description += " (test pair only; split for validation)";
    return out;
}

LoadedData loadCatalog(const CatalogEntry& e, const LoadOptions& o)
{
    const auto where = locate(e);
    if (!where) {
        std::string places;
        for (const auto& p : candidatePaths(e))
            places += "\n  " + p;
        throw Error(e.title + " was not found on this machine. Looked in:" + places
            + "\nIt can be downloaded from " + (e.files.empty() ? std::string("its publisher") : e.files.front().url)
            + (e.id == "fashion-mnist" ? "\nor installed with: apt-get install dataset-fashion-mnist" : ""));
    }
    if (e.kind == "csv") {
        LoadedData out = loadCsv(*where, e.target, o, e.task);
        out.data.name = e.title;
        out.description = e.title + " from " + *where + ": " + describe(out.data);
        return out;
    }
    return loadIdx(*where, e.title, e.classes);
}

} // namespace

LoadedData loadData(const std::string& spec, const LoadOptions& o)
{
    if (spec.empty())
        throw Error("no dataset given");
    LoadedData out;
    const size_t colon = spec.find(':');
    const std::string scheme = colon == std::string::npos ? spec : spec.substr(0, colon);
    const std::string rest = colon == std::string::npos ? std::string() : spec.substr(colon + 1);
    std::error_code ec;
    if (scheme == "builtin") {
        out = loadBuiltin(rest);
    } else if (scheme == "csv") {
        if (rest.empty())
            throw Error("csv: needs a file, as in csv:data.csv or csv:data.csv:target");
        // csv:PATH[:TARGET], where PATH itself may hold colons.
        std::string path = rest, target;
        if (!fs::exists(path, ec)) {
            const size_t last = rest.rfind(':');
            if (last != std::string::npos) {
                path = rest.substr(0, last);
                target = rest.substr(last + 1);
            }
        }
        if (!fs::is_regular_file(path, ec))
            throw Error(path + ": no such file");
        out = loadCsv(path, target, o);
    } else if ((scheme == "mnist" || scheme == "idx") && !rest.empty()) {
        if (!fs::is_directory(rest, ec))
            throw Error(rest + ": no such folder");
        const CatalogEntry* digits = findCatalogEntry("mnist");
        out = loadIdx(rest, fs::path(rest).filename().string().empty() ? rest : fs::path(rest).filename().string(),
            scheme == "mnist" && digits ? digits->classes : std::vector<std::string>{});
    } else if (const CatalogEntry* e = findCatalogEntry(spec)) {
        out = loadCatalog(*e, o);
    } else if (fs::is_directory(spec, ec)) {
        out = loadIdx(spec, fs::path(spec).filename().string(), {});
    } else if (fs::is_regular_file(spec, ec)) {
        out = loadCsv(spec, "", o);
    } else {
        std::string ids;
        for (const auto& c : catalog())
            ids += " " + c.id;
        throw Error("unknown dataset \"" + spec + "\" (use builtin:NAME, csv:PATH[:TARGET], mnist:DIR, or one of:" + ids + ")");
    }
    if (o.task && *o.task != out.data.task) {
        if (*o.task == TaskKind::Classification && out.data.task == TaskKind::Regression)
            throw Error(spec + ": the target is continuous; it cannot be used for classification");
        if (*o.task == TaskKind::Regression && out.data.isImage())
            throw Error(spec + ": image labels are classes, not values to regress");
    }
    out.spec = spec;
    return out;
}

DataSplit prepareData(const LoadedData& loaded, const PrepareOptions& o)
{
    DataSplit split;
    if (loaded.heldOut && o.valFraction < 0) {
        SplitOptions so;
        so.valFraction = 0;
        so.testFraction = o.testFraction;
        so.seed = o.seed;
        split = splitDataset(loaded.data, so);
        split.val = *loaded.heldOut;
    } else {
        SplitOptions so;
        so.valFraction = o.valFraction < 0 ? 0.2 : o.valFraction;
        so.testFraction = o.testFraction;
        so.seed = o.seed;
        split = splitDataset(loaded.data, so);
    }
    if (split.val.size() == 0)
        throw Error(loaded.data.name + ": the validation part is empty; choose a larger validation split");
    if (o.standardize.value_or(loaded.standardizeByDefault)) {
        split.scaler = Scaler::fit(split.train);
        split.scaler.apply(split.train);
        split.scaler.apply(split.val);
        split.scaler.apply(split.test);
    }
    return split;
}

BuiltinSpec parseBuiltinSpec(const std::string& spec)
{
    const std::string rest = spec.rfind("builtin:", 0) == 0 ? spec.substr(8) : spec;
    const size_t colon = rest.find(':');
    BuiltinSpec out;
    out.id = rest.substr(0, colon);
    GeneratorParams& p = out.params;
    if (colon == std::string::npos)
        return out;
    const std::string params = rest.substr(colon + 1);
    size_t start = 0;
    while (start < params.size()) {
        size_t end = params.find(',', start);
        if (end == std::string::npos)
            end = params.size();
        const std::string kv = params.substr(start, end - start);
        start = end + 1;
        const size_t eq = kv.find('=');
        if (eq == std::string::npos)
            throw Error("builtin:" + rest + ": expected key=value, got \"" + kv + "\"");
        const std::string key = kv.substr(0, eq);
        double value = 0;
        if (!parseNumber(kv.substr(eq + 1), '.', value))
            throw Error("builtin:" + rest + ": \"" + key + "\" needs a number");
        if (key != "noise" && (value < 0 || value > 1e9 || value != std::floor(value)))
            throw Error("builtin:" + rest + ": \"" + key + "\" needs a whole number from 0 to 1000000000");
        if (key == "samples" || key == "n")
            p.samples = static_cast<int>(value);
        else if (key == "noise")
            p.noise = value;
        else if (key == "arms")
            p.arms = static_cast<int>(value);
        else if (key == "centers")
            p.centers = static_cast<int>(value);
        else if (key == "seed")
            p.seed = static_cast<uint64_t>(value);
        else
            throw Error("builtin:" + rest + ": unknown parameter \"" + key + "\" (samples, noise, arms, centers, seed)");
    }
    return out;
}

} // namespace nb
