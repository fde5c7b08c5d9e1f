// store_bench: how fast the library is. Not a test: it prints figures (docs/performance.md).
//
//   store_bench [--articles N] [--db PATH [--existing]] [--queries Q]
//
// Writes N report-sized articles (default 10,000) as files — each one the first article of the
// bundled sample page with invented names, dates and session numbers — and imports them into a
// fresh library as `dais-cli import DIR` does (reading, layout, detection, storage, indexing,
// grouped transactions); then times, over that library:
// full-text searches (p50/p95/max), a person's record, opening an article with its
// annotations; and prints the database size per article.

#include "store/library.h"
#include "store/report_importer.h"

#include "core/detect/lexicons.h"
#include "core/text/utf.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <time.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Percentiles {
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        return v[std::min(v.size() - 1,
                          static_cast<std::size_t>(q * static_cast<double>(v.size())))];
    };
    return {at(0.50), at(0.95), v.back()};
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Wall time is what a user waits; CPU time of this thread is also printed because a shared
// machine's load inflates wall times (waiting for the disk is in neither).
struct Timings {
    std::vector<double> wall, cpu;
    template <class Work> void time(Work&& work) {
        const auto t0 = Clock::now();
        const double c0 = threadCpuMs();
        work();
        cpu.push_back(threadCpuMs() - c0);
        wall.push_back(ms(Clock::now() - t0));
    }
    std::string summary() const {
        const auto w = percentiles(wall), c = percentiles(cpu);
        char out[160];
        std::snprintf(out, sizeof out,
                      "p50 %.2f ms, p95 %.2f ms, max %.2f ms (CPU p50 %.2f, p95 %.2f ms)", w.p50,
                      w.p95, w.max, c.p50, c.p95);
        return out;
    }
};

const std::u32string kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    U"丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    U"戴莫孔向汤";
const std::u32string kGiven = U"建国明华志强文军海平东伟永德晓红春燕立新庆云峰光辉国庆玉兰振宇思远"
                              U"宏亮学成家俊美丽雪梅秀英俊杰继承晨阳嘉禾";
const std::u32string kNumerals = U"一二三四五";

// The invented people of the benchmark: a fixed pool, so that each appears in many articles
// (a person's record over the library has ~ N × 25 / pool rows).
std::vector<std::u32string> makePeople(std::size_t count, std::mt19937& rng) {
    std::vector<std::u32string> out;
    std::uniform_int_distribution<std::size_t> s(0, kSurnames.size() - 1), g(0, kGiven.size() - 1);
    while (out.size() < count) {
        std::u32string name(1, kSurnames[s(rng)]);
        name += kGiven[g(rng)];
        if (rng() % 3) name += kGiven[g(rng)]; // a third are two-character names
        out.push_back(name);
    }
    return out;
}

void replaceAll(std::u32string& text, std::u32string_view from, std::u32string_view to) {
    if (from.empty()) return;
    for (std::size_t at = text.find(from); at != std::u32string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

std::vector<std::int64_t> articleIds(dais::store::Library& library) {
    std::vector<std::int64_t> ids;
    if (auto list = library.articles().list())
        for (const auto& a : list.value())
            ids.push_back(a.id);
    return ids;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t articles = 10000, queries = 200;
    std::filesystem::path db;
    bool existing =
        false; // time the queries on a library an earlier run built (--db PATH --existing)
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--articles" && i + 1 < argc)
            articles = std::stoul(argv[++i]);
        else if (a == "--queries" && i + 1 < argc)
            queries = std::stoul(argv[++i]);
        else if (a == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (a == "--existing")
            existing = true;
        else {
            std::fprintf(
                stderr,
                "usage: store_bench [--articles N] [--db PATH [--existing]] [--queries Q]\n");
            return 2;
        }
    }
    const std::string resources = DAIS_SOURCE_RESOURCE_DIR;
    std::ifstream in(resources + "/samples/qinghai_cppcc_page.txt", std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::u32string sample = dais::text::decodeUtf8(page);
    // The first article of the page (up to the second report's title) is the template.
    const auto cut = sample.find(U"罗东川看望省政协港澳委员");
    std::u32string templ = sample.substr(0, cut);
    while (!templ.empty() && (templ.front() == U'\n' || templ.front() == U' '))
        templ.erase(0, 1);

    auto lexicons = dais::detect::loadLexicons(resources);
    if (!lexicons) return std::fprintf(stderr, "%s\n", lexicons.error().message.c_str()), 1;
    auto extractor = dais::extract::Extractor::create(lexicons.value());
    if (!extractor) return std::fprintf(stderr, "%s\n", extractor.error().message.c_str()), 1;
    std::vector<std::u32string> templateNames;

    // Scratch space for the generated reports (and the library unless --db names one).
    const std::filesystem::path work =
        std::filesystem::temp_directory_path() / ("dais-store-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    if (db.empty()) db = work / "library.sqlite";
    if (existing && !std::filesystem::exists(db))
        return std::fprintf(stderr, "--existing: %s does not exist\n", db.c_str()), 2;
    if (!existing) std::filesystem::remove(db);
    auto opened = dais::store::Library::open(db);
    if (!opened) return std::fprintf(stderr, "%s\n", opened.error().message.c_str()), 1;
    auto& library = *opened.value();
    std::mt19937 rng(20250121);
    const std::size_t poolSize = std::max<std::size_t>(500, articles / 20);
    const auto people = makePeople(poolSize, rng);
    double importSeconds = 0;
    std::vector<std::int64_t> ids;
    if (!existing) {
        // Names of the template, replaced one for one; found once through the store's own import.
        {
            dais::store::ReportImporter probe(
                library.articles(), dais::extract::Extractor::create(lexicons.value()).value());
            auto r = probe.importText("bench://template", templ);
            if (!r) return std::fprintf(stderr, "%s\n", r.error().message.c_str()), 1;
            auto a = library.articles().article(r.value().front().articleId);
            for (const auto& p : a.value().people)
                if (p.name.find("·") == std::string::npos)
                    templateNames.push_back(dais::text::decodeUtf8(p.name));
            // Longest first, so that no name is replaced inside a longer one.
            std::sort(templateNames.begin(), templateNames.end(),
                      [](const auto& x, const auto& y) { return x.size() > y.size(); });
        }
        std::printf("template: %zu characters, %zu names replaced per article\n", templ.size(),
                    templateNames.size());

        dais::store::ReportImporter importer(library.articles(), std::move(extractor.value()));

        // The reports are written as files first (not timed) so that the import below is the one
        // users run: files read and decoded, grouped into transactions by
        // ReportImporter::importAll.
        const std::filesystem::path reports = work / "reports";
        std::filesystem::create_directories(reports);
        for (std::size_t i = 0; i < articles; ++i) {
            std::u32string text = templ;
            for (std::size_t n = 0; n < templateNames.size(); ++n) {
                std::u32string placeholder =
                    U"\uE000" + dais::text::decodeUtf8(std::to_string(n)) + U"\uE001";
                replaceAll(text, templateNames[n], placeholder);
            }
            for (std::size_t n = 0; n < templateNames.size(); ++n) {
                std::u32string placeholder =
                    U"\uE000" + dais::text::decodeUtf8(std::to_string(n)) + U"\uE001";
                replaceAll(text, placeholder, people[rng() % people.size()]);
            }
            const int year = 2015 + static_cast<int>(rng() % 11),
                      month = 1 + static_cast<int>(rng() % 12),
                      day = 1 + static_cast<int>(rng() % 28);
            replaceAll(text, U"1月21日",
                       dais::text::decodeUtf8(std::to_string(year) + "年" + std::to_string(month) +
                                              "月" + std::to_string(day) + "日"));
            replaceAll(text, U"十三届三次",
                       std::u32string(U"十") + kNumerals[rng() % 5] + U"届" + kNumerals[rng() % 5] +
                           U"次");
            char name[32];
            std::snprintf(name, sizeof name, "%06zu.txt", i);
            std::ofstream(reports / name, std::ios::binary) << dais::text::toUtf8(text);
        }

        const auto importStart = Clock::now();
        std::size_t failed = 0;
        importer.importAll({reports}, [&](std::size_t done, std::size_t total,
                                          const dais::store::FileImport& one) {
            if (!one.error.empty() && failed++ < 5)
                std::fprintf(stderr, "\n%s\n", one.error.c_str());
            if (done % 1000 == 0 || done == total)
                std::fprintf(stderr, "\r%zu/%zu imported (%.1f s)", done, total,
                             ms(Clock::now() - importStart) / 1000);
            return true;
        });
        importSeconds = ms(Clock::now() - importStart) / 1000;
        std::fprintf(stderr, "\n");
        if (failed) return std::fprintf(stderr, "%zu files failed to import\n", failed), 1;

        // Annotations on every 10th article, 5 each, for the "open an article" figure.
        ids = articleIds(library);
        for (std::size_t i = 0; i < ids.size(); i += 10)
            for (int k = 0; k < 5; ++k) {
                dais::store::NewHighlight h;
                h.articleId = ids[i];
                h.span = {static_cast<std::size_t>(40 + 30 * k),
                          static_cast<std::size_t>(52 + 30 * k)};
                h.note = "基准测试笔记 " + std::to_string(k);
                h.tags = {"bench"};
                (void)library.annotations().addHighlight(h);
            }
    }
    if (existing) ids = articleIds(library);
    (void)library.database().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const auto bytes = std::filesystem::file_size(db);

    // Searches: two-character names, three-character names, words in every article, rare phrases.
    std::vector<std::string> terms;
    for (std::size_t q = 0; q < queries; ++q) {
        switch (q % 5) {
        case 0:
        case 1:
            terms.push_back(dais::text::toUtf8(people[rng() % people.size()]));
            break;
        case 2:
            terms.push_back("锦绣画卷");
            break;
        case 3:
            terms.push_back("政协");
            break;
        default:
            terms.push_back("基准测试笔记");
            break;
        }
    }
    Timings search, record, open;
    std::size_t hits = 0;
    for (const auto& t : terms)
        search.time([&] {
            if (auto r = library.search().run({t})) hits += r.value().size();
        });
    std::size_t rows = 0;
    for (std::size_t q = 0; q < queries; ++q) {
        const auto name = dais::text::toUtf8(people[rng() % people.size()]);
        record.time([&] {
            if (auto r = library.people().record(name)) rows += r.value().size();
        });
    }
    bool openFailed = false;
    for (std::size_t q = 0; q < queries; ++q) {
        const auto id = ids[(rng() % (ids.size() / 10 + 1)) * 10 % ids.size()];
        open.time([&] {
            auto a = library.articles().article(id);
            auto notes = library.annotations().list(id);
            openFailed = openFailed || !a || !notes;
        });
    }
    if (openFailed) return std::fprintf(stderr, "opening an article failed\n"), 1;

    std::printf("articles: %zu (%zu invented people)\n", articles, poolSize);
    if (!existing)
        std::printf("import (layout, detection, storage, indexing): %.1f s, %.0f articles/s\n",
                    importSeconds, static_cast<double>(articles) / importSeconds);
    std::printf("database: %.1f MB, %.1f KB per article (with %zu annotations)\n",
                static_cast<double>(bytes) / 1e6,
                static_cast<double>(bytes) / 1024 / static_cast<double>(articles),
                (ids.size() + 9) / 10 * 5);
    std::printf("search (%zu queries, %zu hits): %s\n", terms.size(), hits,
                search.summary().c_str());
    std::printf("person record (%zu people, %.1f rows each): %s\n", queries,
                static_cast<double>(rows) / static_cast<double>(queries), record.summary().c_str());
    std::printf("open article + annotations: %s\n", open.summary().c_str());
    opened.value().reset();
    std::filesystem::remove_all(work);
    return 0;
}
