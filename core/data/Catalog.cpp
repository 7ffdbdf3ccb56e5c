#include "data/Catalog.h"

#include "common/Error.h"
#include "data/IdxReader.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

namespace nb {

extern const char* const kCatalogJson; // generated from datasets/catalog.json

namespace {
namespace fs = std::filesystem;

std::vector<CatalogEntry> parseCatalog()
{
    const auto j = nlohmann::json::parse(kCatalogJson);
    std::vector<CatalogEntry> out;
    for (const auto& d : j.at("datasets")) {
        CatalogEntry e;
        e.id = d.at("id").get<std::string>();
        e.title = d.at("title").get<std::string>();
        e.kind = d.at("kind").get<std::string>();
        e.folder = d.at("folder").get<std::string>();
        e.file = d.value("file", "");
        e.target = d.value("target", "");
        if (d.contains("task"))
            e.task = taskFromString(d.at("task").get<std::string>());
        e.systemDirs = d.value("systemDirs", std::vector<std::string>{});
        e.description = d.value("description", "");
        e.license = d.value("license", "");
        e.classes = d.value("classes", std::vector<std::string>{});
        for (const auto& f : d.at("files"))
            e.files.push_back({f.at("name").get<std::string>(), f.at("url").get<std::string>(),
                f.at("sha256").get<std::string>(), f.value("size", int64_t{0})});
        out.push_back(std::move(e));
    }
    return out;
}

bool present(const CatalogEntry& e, const fs::path& candidate)
{
    std::error_code ec;
    if (e.kind == "csv")
        return fs::is_regular_file(candidate, ec);
    return fs::is_directory(candidate, ec) && isMnistFolder(candidate.string());
}

fs::path candidateFor(const CatalogEntry& e, const fs::path& base)
{
    fs::path p = base / e.folder;
    if (e.kind == "csv")
        p /= e.file;
    return p;
}

} // namespace

const std::vector<CatalogEntry>& catalog()
{
    static const std::vector<CatalogEntry> entries = parseCatalog();
    return entries;
}

const CatalogEntry* findCatalogEntry(const std::string& id)
{
    for (const auto& e : catalog())
        if (e.id == id)
            return &e;
    return nullptr;
}

std::string userDataDir()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::temp_directory_path();
    return (base / "NeuralBoard" / "datasets").string();
}

std::vector<std::string> dataSearchDirs()
{
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("NEURALBOARD_DATA_DIR"); env && *env) {
        std::string s = env;
        size_t start = 0;
        while (start <= s.size()) {
            const size_t end = s.find(':', start);
            const std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!part.empty())
                dirs.push_back(part);
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
    }
    dirs.push_back(userDataDir());
    return dirs;
}

std::vector<std::string> candidatePaths(const CatalogEntry& entry)
{
    std::vector<std::string> out;
    for (const auto& dir : dataSearchDirs())
        out.push_back(candidateFor(entry, dir).string());
    for (const auto& dir : entry.systemDirs) {
        fs::path p = dir;
        if (entry.kind == "csv")
            p /= entry.file;
        out.push_back(p.string());
    }
    return out;
}

std::optional<std::string> locate(const CatalogEntry& entry)
{
    for (const auto& p : candidatePaths(entry))
        if (present(entry, p))
            return p;
    return std::nullopt;
}

} // namespace nb
