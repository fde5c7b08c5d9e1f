#include "app/shared/resource_locator.h"

#include <cstdlib>
#include <system_error>

namespace dais::app {
namespace {

bool hasLexicons(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "lexicon" / "surnames.txt", ec);
}

} // namespace

Result<std::filesystem::path> locateResources(const std::optional<std::filesystem::path>& override,
                                              const char* argv0) {
    if (override) {
        if (hasLexicons(*override)) return *override;
        return Error{Error::Kind::Usage,
                     override->string() + ": no lexicon/ folder with the Dais lexicons"};
    }
    if (const char* env = std::getenv("DAIS_RESOURCES"); env && *env) {
        if (hasLexicons(env)) return std::filesystem::path(env);
        return Error{Error::Kind::Usage,
                     std::string("DAIS_RESOURCES=") + env + ": no lexicon/ folder there"};
    }
    std::error_code ec;
    const auto exe = std::filesystem::canonical("/proc/self/exe", ec);
    const auto base = ec ? std::filesystem::path(argv0).parent_path() : exe.parent_path();
    for (const auto& candidate :
         {base / ".." / "share" / "dais", std::filesystem::path(DAIS_SOURCE_RESOURCE_DIR)})
        if (hasLexicons(candidate)) return candidate;
    return Error{
        Error::Kind::Internal,
        "cannot find the Dais lexicons (looked in ../share/dais and " DAIS_SOURCE_RESOURCE_DIR
        "); pass --resources DIR or set DAIS_RESOURCES"};
}

std::filesystem::path bundledSample(const std::filesystem::path& resourceDir) {
    return resourceDir / "samples" / "qinghai_cppcc_page.txt";
}

} // namespace dais::app
