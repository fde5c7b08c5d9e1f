#pragma once
// Files for tests: a fresh directory under the system temp folder, removed with everything
// in it afterwards, and reading a whole file.

#include <filesystem>
#include <string>
#include <string_view>

namespace dais::test {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// Writes `bytes` to `name` inside the directory and returns its path.
    std::filesystem::path write(const std::string& name, std::string_view bytes) const;

  private:
    std::filesystem::path m_path;
};

/// The whole file as bytes; throws std::runtime_error when it cannot be opened.
std::string readFileBytes(const std::filesystem::path& path);

} // namespace dais::test
