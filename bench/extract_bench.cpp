// Extraction throughput and peak memory on ≥ 20 MB of report text (one core).
//
// usage: extract_bench [--mb N] [FILE...]
// Without files, the bundled sample page is repeated until N MB (default 24) are reached.
// Prints MB/s for each stage (decode, layout, detection) and for the whole chain, and the
// peak resident set size of the process.

#include "core/extract/extractor.h"
#include "core/import/source_reader.h"
#include "core/layout/document.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char** argv) {
    double targetMb = 24;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc)
            targetMb = std::atof(argv[++i]);
        else
            files.push_back(a);
    }
    const std::string resources = DAIS_SOURCE_RESOURCE_DIR;
    if (files.empty()) files.push_back(resources + "/samples/qinghai_cppcc_page.txt");

    std::string unit;
    for (const auto& f : files)
        unit += readAll(f) + "\n\n";
    if (unit.size() < 4) {
        std::fprintf(stderr, "extract_bench: no input text\n");
        return 1;
    }
    std::string corpus;
    while (corpus.size() < targetMb * 1024 * 1024)
        corpus += unit;
    const double mb = static_cast<double>(corpus.size()) / (1024 * 1024);

    auto lexicons = dais::detect::loadLexicons(resources);
    if (!lexicons) {
        std::fprintf(stderr, "extract_bench: %s\n", lexicons.error().message.c_str());
        return 1;
    }
    auto extractor = dais::extract::Extractor::create(lexicons.value());
    if (!extractor) {
        std::fprintf(stderr, "extract_bench: %s\n", extractor.error().message.c_str());
        return 1;
    }
    const auto reference = dais::detect::parseIsoDate("2025-01-22");

    using clock = std::chrono::steady_clock;
    const auto t0 = clock::now();
    auto source = dais::import::readSourceBytes(corpus, "bench");
    if (!source) {
        std::fprintf(stderr, "extract_bench: %s\n", source.error().message.c_str());
        return 1;
    }
    const auto t1 = clock::now();
    auto folder = dais::text::TextFolder::create();
    if (!folder) {
        std::fprintf(stderr, "extract_bench: %s\n", folder.error().message.c_str());
        return 1;
    }
    // As dais-cli does: lines are recognised on the folded text.
    const auto document =
        dais::layout::analyseLayout(std::move(source.value().text), folder.value().get());
    const auto t2 = clock::now();
    const auto result = extractor.value()->extract(document, reference);
    const auto t3 = clock::now();

    std::size_t people = 0;
    for (const auto& a : result.articles)
        people += a.people.size();
    std::printf("input            %.1f MB (%zu articles, %zu people found)\n", mb,
                result.articles.size(), people);
    std::printf("decode           %7.1f MB/s\n", mb / seconds(t1 - t0));
    std::printf("layout           %7.1f MB/s\n", mb / seconds(t2 - t1));
    std::printf("detect           %7.1f MB/s\n", mb / seconds(t3 - t2));
    std::printf("whole chain      %7.1f MB/s  (%.2f s)\n", mb / seconds(t3 - t0), seconds(t3 - t0));
    std::printf("peak RSS         %7ld MB\n", peakRssMb());
    return 0;
}
