#include "app/cli/extract_command.h"

#include "app/shared/resource_locator.h"
#include "core/extract/extraction_report.h"
#include "core/import/source_reader.h"
#include "core/layout/document.h"

#include <iostream>
#include <iterator>
#include <optional>

namespace dais::cli {

const char* const kExtractHelp =
    "usage: dais-cli extract [--json] [--date YYYY-MM-DD] [--resources DIR] FILE|-\n"
    "\n"
    "Reads a meeting report (plain text in UTF-8, UTF-16 with BOM, GB18030/GBK or Big5; or an\n"
    "HTML page; '-' reads standard input), splits it into articles and prints, for each, its\n"
    "headings, people with their roles, dates with ISO 8601 values, attendance lists and\n"
    "meeting counts.\n"
    "\n"
    "  --json             print one JSON object (offsets count Unicode code points, half-open)\n"
    "  --date YYYY-MM-DD  reference date for relative and partial dates (今年, 昨天, 1月21日);\n"
    "                     default: a date the page states at its top, else values stay partial\n"
    "  --resources DIR    folder holding lexicon/ (default: $DAIS_RESOURCES, then the installed\n"
    "                     or source-tree resources)\n"
    "\n"
    "Exit status: 0 success (warnings about replaced bytes go to stderr), 1 unreadable or\n"
    "undecodable input (missing, a directory, binary, empty, larger than 64 MB), 2 wrong usage.\n";

namespace {

int usageError(const std::string& message) {
    std::cerr << "dais-cli extract: " << message << "\n"
              << "Try 'dais-cli extract --help'.\n";
    return 2;
}

} // namespace

int runExtract(const std::vector<std::string>& args, const char* argv0) {
    bool json = false;
    std::optional<detect::CivilDate> reference;
    std::optional<std::filesystem::path> resources;
    std::optional<std::string> input;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kExtractHelp;
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--date" || a == "--resources") {
            if (i + 1 >= args.size()) return usageError(a + " needs a value");
            const std::string& v = args[++i];
            if (a == "--date") {
                reference = detect::parseIsoDate(v);
                if (!reference)
                    return usageError("--date expects a real date as YYYY-MM-DD, got '" + v + "'");
            } else {
                resources = v;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("unknown option '" + a + "'");
        } else if (input) {
            return usageError("one input file at a time (got '" + *input + "' and '" + a + "')");
        } else {
            input = a;
        }
    }
    if (!input) return usageError("no input file (use '-' for standard input)");

    auto resourceDir = app::locateResources(resources, argv0);
    if (!resourceDir) {
        std::cerr << "dais-cli: " << resourceDir.error().message << "\n";
        return resourceDir.error().kind == Error::Kind::Usage ? 2 : 1;
    }
    auto lexicons = detect::loadLexicons(resourceDir.value());
    if (!lexicons) {
        std::cerr << "dais-cli: " << lexicons.error().message << "\n";
        return 1;
    }

    auto source = [&]() -> Result<import::SourceText> {
        if (*input == "-") {
            std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                              std::istreambuf_iterator<char>());
            return import::readSourceBytes(bytes, "<stdin>");
        }
        return import::readSource(*input);
    }();
    if (!source) {
        std::cerr << "dais-cli: " << source.error().message << "\n";
        return 1;
    }
    for (const auto& warning : source.value().warnings)
        std::cerr << "dais-cli: warning: " << *input << ": " << warning << "\n";

    auto extractor = extract::Extractor::create(lexicons.value());
    if (!extractor) {
        std::cerr << "dais-cli: " << extractor.error().message << "\n";
        return 1;
    }
    const auto analysis = extractor.value()->analyse(std::move(source.value().text), reference);
    if (analysis.document.articles.empty()) {
        std::cerr << "dais-cli: " << *input << ": the text holds no visible content\n";
        return 1;
    }
    const auto& result = analysis.extraction;
    std::cout << (json ? extract::toJson(result, *input) : extract::toSummary(result, *input));
    return 0;
}

} // namespace dais::cli
