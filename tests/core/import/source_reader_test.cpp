#include "core/import/source_reader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include <unicode/ucnv.h>

namespace fs = std::filesystem;
using dais::Error;
using dais::import::kMaxInputBytes;
using dais::import::readSource;
using dais::import::readSourceBytes;

namespace {

// A directory of its own for each test, removed afterwards.
class TempDir {
  public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("dais-source-reader-" + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }
    fs::path write(const std::string& name, std::string_view bytes) const {
        const auto file = m_path / name;
        std::ofstream(file, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        return file;
    }

  private:
    fs::path m_path;
};

bool mentions(const Error& e, const fs::path& path) {
    return e.message.rfind(path.string() + ": ", 0) == 0;
}

} // namespace

TEST_CASE("a missing file is refused with its path", "[source]") {
    TempDir dir;
    const auto path = dir.path() / "no-such-report.txt";
    const auto r = readSource(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Unreadable);
    CHECK(mentions(r.error(), path));
}

TEST_CASE("a directory is refused with its path", "[source]") {
    TempDir dir;
    const auto r = readSource(dir.path());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Unreadable);
    CHECK(mentions(r.error(), dir.path()));
    CHECK(r.error().message.find("directory") != std::string::npos);
}

TEST_CASE("an empty file is refused", "[source]") {
    TempDir dir;
    const auto path = dir.write("empty.txt", "");
    const auto r = readSource(path);
    REQUIRE_FALSE(r.ok());
    CHECK(mentions(r.error(), path));
    CHECK(r.error().message.find("empty") != std::string::npos);
}

TEST_CASE("a file over the limit is refused without reading it", "[source]") {
    TempDir dir;
    const auto path = dir.path() / "huge.txt";
    dir.write("huge.txt", "x");
    fs::resize_file(path, kMaxInputBytes + 1); // sparse: costs no disk space
    const auto r = readSource(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::TooLarge);
    CHECK(mentions(r.error(), path));
    CHECK(r.error().message.find(std::to_string(kMaxInputBytes >> 20) + " MB") != std::string::npos);
}

TEST_CASE("a binary file is refused with its path", "[source]") {
    TempDir dir;
    const auto path = dir.write("image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\r", 12));
    const auto r = readSource(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Undecodable);
    CHECK(mentions(r.error(), path));
}

TEST_CASE("a text file is read and decoded", "[source]") {
    TempDir dir;
    const auto path = dir.write("report.txt", "市政协十五届四次会议开幕\n\n本报讯 会议开幕。\n");
    const auto r = readSource(path);
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK_FALSE(r.value().wasHtml);
    CHECK(r.value().text == U"市政协十五届四次会议开幕\n\n本报讯 会议开幕。\n");
}

TEST_CASE("a GB18030 HTML page becomes text", "[source]") {
    const std::string page = "<html><head><meta charset=\"gbk\"><title>标题</title></head>"
                             "<body><h1>市政协会议开幕</h1><p>本报讯 会议在市会议中心开幕。</p>"
                             "</body></html>";
    std::string bytes(page.size() * 2, '\0');
    UErrorCode st = U_ZERO_ERROR;
    bytes.resize(static_cast<std::size_t>(
        ucnv_convert("GB18030", "UTF-8", bytes.data(), static_cast<int32_t>(bytes.size()),
                     page.data(), static_cast<int32_t>(page.size()), &st)));
    REQUIRE(U_SUCCESS(st));
    const auto r = readSourceBytes(bytes, "page.html");
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "GB18030");
    CHECK(r.value().wasHtml);
    CHECK(r.value().text == U"市政协会议开幕\n本报讯 会议在市会议中心开幕。");
}

TEST_CASE("errors from bytes in memory carry the given name", "[source]") {
    const auto empty = readSourceBytes("", "<stdin>");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.rfind("<stdin>: ", 0) == 0);
    const auto blankPage =
        readSourceBytes("<html><body><script>x()</script></body></html>", "p.html");
    REQUIRE_FALSE(blankPage.ok());
    CHECK(blankPage.error().message == "p.html: HTML page holds no text");
}
