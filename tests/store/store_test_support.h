#pragma once
// What the store tests share: a library in memory or in a temporary folder, a clock that
// ticks one second per call, and the real import pipeline over invented report texts.

#include "store/library.h"
#include "store/report_importer.h"

#include "core/detect/lexicons.h"
#include "core/text/utf.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace dais::store::test {

/// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / ("dais-store-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline Clock tickingClock() {
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
    return [t] {
        *t = t->addSecs(1);
        return *t;
    };
}

inline std::unique_ptr<Library> openLibrary(const std::filesystem::path& path = kInMemory) {
    auto library = Library::open(path, tickingClock());
    if (!library) FAIL(library.error().message);
    return std::move(library.value());
}

inline ReportImporter importerFor(Library& library) {
    auto lexicons = detect::loadLexicons(DAIS_RESOURCE_DIR);
    if (!lexicons) FAIL(lexicons.error().message);
    auto extractor = extract::Extractor::create(lexicons.value());
    if (!extractor) FAIL(extractor.error().message);
    return ReportImporter(library.articles(), std::move(extractor.value()));
}

inline std::u32string u32(std::string_view utf8) { return text::decodeUtf8(utf8); }

/// Imports `text` as the single article of `source`; returns its id.
inline std::int64_t importOne(ReportImporter& importer, const std::string& source, std::string_view text) {
    auto result = importer.importText(source, u32(text));
    if (!result) FAIL(result.error().message);
    REQUIRE(result.value().size() == 1);
    return result.value().front().articleId;
}

inline std::string readBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::filesystem::path& p, std::string_view bytes) {
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Invented reports in the style of provincial meeting reports; names and bodies are made up.
inline constexpr std::string_view kSession3 =
    "青江省政协十三届三次会议开幕\n"
    "本报讯（记者 韩立新）2025年1月15日上午，政协青江省第十三届委员会第三次会议在青江会议中心隆重开幕。\n"
    "应出席委员388人，实到353人，符合规定人数。\n"
    "柯振林、闻海川、邝明远、骆东泉、班禾、岑立在主席台就座。\n"
    "省政协主席柯振林代表省政协常务委员会向大会作工作报告。报告指出，过去一年，省政协坚持围绕中心、服务大局，协商议政取得新成效。\n"
    "会议强调，要把握新时代人民政协的性质定位，在服务高质量发展中展现新作为。会议强调，要加强委员队伍建设。\n";

inline constexpr std::string_view kSession4 =
    "青江省政协十三届四次会议开幕\n"
    "本报讯（记者 韩立新）2026年1月14日上午，政协青江省第十三届委员会第四次会议在青江会议中心隆重开幕。\n"
    "应出席委员390人，实到361人，符合规定人数。\n"
    "柯振林、骆东泉、闻海川、岑立、龚晓梅在主席台就座。\n"
    "省政协主席柯振林代表省政协常务委员会向大会作工作报告。\n";

} // namespace dais::store::test
