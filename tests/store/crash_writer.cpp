// Test helper for crash_test.cpp: writes annotations to a library as fast as it can and prints
// "ack ID N" after each committed write, until it is killed.
//
//   store_crash_writer DB ARTICLE COUNT

#include "store/library.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: store_crash_writer DB ARTICLE COUNT\n");
        return 2;
    }
    auto library = dais::store::Library::open(argv[1]);
    if (!library) {
        std::fprintf(stderr, "%s\n", library.error().message.c_str());
        return 1;
    }
    const std::int64_t article = std::stoll(argv[2]);
    const long count = std::stol(argv[3]);
    auto& notes = library.value()->annotations();
    for (long i = 0; i < count; ++i) {
        dais::Result<std::int64_t> id = std::int64_t{0};
        if (i % 2 == 0) {
            id = notes.addNote(article, "崩溃测试笔记 " + std::to_string(i), {"crash"});
        } else {
            dais::store::NewHighlight h;
            h.articleId = article;
            h.span = {static_cast<std::size_t>(i % 20), static_cast<std::size_t>(i % 20 + 5)};
            h.note = "崩溃测试标注 " + std::to_string(i);
            id = notes.addHighlight(h);
        }
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.c_str());
            return 1;
        }
        // Printed only after the commit returned: an acknowledged write is a durable one.
        std::printf("ack %lld %ld\n", static_cast<long long>(id.value()), i);
        std::fflush(stdout);
    }
    return 0;
}
