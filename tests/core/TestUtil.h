#pragma once

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

// A folder under /tmp that is removed with everything in it when the test ends.
class TempDir {
public:
    TempDir()
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "nbtest-XXXXXX").string();
        m_path = ::mkdtemp(tmpl.data());
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    std::string path() const { return m_path.string(); }

    std::string write(const std::string& name, const std::string& contents) const
    {
        std::ofstream out(file(name), std::ios::binary);
        out << contents;
        return file(name);
    }

private:
    std::filesystem::path m_path;
};
