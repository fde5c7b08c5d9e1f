#include "core/import/source_reader.h"

#include "core/import/html_text.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace dais::import {
namespace {

constexpr std::size_t kMegabyte = 1024 * 1024;

Error named(std::string_view name, Error error) {
    error.message = std::string(name) + ": " + error.message;
    return error;
}

Error tooLarge(std::string_view name) {
    return Error{Error::Kind::TooLarge, std::string(name) + ": larger than the limit of " +
                                            std::to_string(kMaxInputBytes / kMegabyte) + " MB"};
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

} // namespace

Result<SourceText> readSource(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (status.type() == std::filesystem::file_type::not_found)
        return Error{Error::Kind::Unreadable, name + ": no such file"};
    if (ec) return Error{Error::Kind::Unreadable, name + ": cannot be read (" + ec.message() + ")"};
    if (std::filesystem::is_directory(status))
        return Error{Error::Kind::Unreadable, name + ": is a directory, not a file"};
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxInputBytes) return tooLarge(name);
    }

    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return Error{Error::Kind::Unreadable,
                     name + ": cannot be read (" + std::strerror(errno) + ")"};
    // Read in blocks rather than trusting the size: pipes and /proc files report 0, and a file
    // may grow while it is read. One byte past the limit is enough to know it is too large.
    std::string bytes;
    constexpr std::size_t kBlock = 1 << 20;
    for (;;) {
        const std::size_t old = bytes.size();
        bytes.resize(old + kBlock);
        const std::size_t got = std::fread(bytes.data() + old, 1, kBlock, file.get());
        bytes.resize(old + got);
        if (bytes.size() > kMaxInputBytes) return tooLarge(name);
        if (got < kBlock) break;
    }
    if (std::ferror(file.get()))
        return Error{Error::Kind::Unreadable, name + ": cannot be read (read error)"};
    if (bytes.empty()) return Error{Error::Kind::Undecodable, name + ": the file is empty"};
    return readSourceBytes(bytes, name);
}

Result<SourceText> readSourceBytes(std::string_view bytes, std::string_view name) {
    if (bytes.size() > kMaxInputBytes) return tooLarge(name);
    auto decoded = decodeBytes(bytes);
    if (!decoded) return named(name, decoded.error());
    auto& d = decoded.value();
    SourceText out{std::move(d.text), std::move(d.encoding), false, std::move(d.warnings)};
    if (looksLikeHtml(out.text)) {
        auto text = htmlToText(out.text);
        if (!text) return named(name, text.error());
        out.text = std::move(text.value());
        out.wasHtml = true;
    }
    return out;
}

} // namespace dais::import
