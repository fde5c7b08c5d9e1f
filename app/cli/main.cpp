// dais-cli: the command-line face of Dais. Subcommands live in their own files.

#include "app/cli/extract_command.h"
#include "app/cli/store_commands.h"

#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

const char* const kHelp =
    "usage: dais-cli [--db PATH] COMMAND [ARGS] [--json]\n"
    "\n"
    "Commands:\n"
    "  extract   detect people, roles, dates and attendance lists in a report\n"
    "            (dais-cli extract --help for its options)\n"
    "\n"
    "  The library (--db PATH, else $DAIS_DB, else library.sqlite in the per-user data folder):\n"
    "  import FILE...|DIR            import reports (folders recursively); failed files are skipped\n"
    "  articles                      list the articles with their ids\n"
    "  show ARTICLE                  an article's text, people and attendance lists\n"
    "  search QUERY [--from DATE] [--to DATE] [--source TEXT] [--person NAME] [--color C] [--tag T]\n"
    "                                text, highlights and notes; the query is taken literally\n"
    "  people [--match TEXT]         people, by part of the name or by pinyin (luo dongchuan)\n"
    "  person NAME                   a person's record: date, mode, place in the list, roles\n"
    "  with NAME                     who appears most often in the same lists\n"
    "  compare ARTICLE ARTICLE       dais order: new, absent, moved up or down\n"
    "  annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--note TEXT] [--tag TAG]\n"
    "  annotate ARTICLE --note TEXT [--tag TAG]   a note on its own\n"
    "  annotations [trash] [ARTICLE] list annotations (or the trash)\n"
    "  delete-annotation ID          move to the trash\n"
    "  restore-annotation ID         bring back from the trash\n"
    "\n"
    "  --help     this text\n"
    "  --version  the version\n";

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // A leading --db PATH belongs to every library command: hand it on to the command.
    std::vector<std::string> global;
    while (args.size() >= 2 && args.front() == "--db") {
        global = {args[0], args[1]};
        args.erase(args.begin(), args.begin() + 2);
    }
    if (args.empty()) {
        std::cerr << kHelp;
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    args.insert(args.end(), global.begin(), global.end());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kHelp;
        return 0;
    }
    if (command == "--version") {
        std::cout << "dais-cli " DAIS_VERSION "\n";
        return 0;
    }
    if (command == "extract") return dais::cli::runExtract(args, argv[0]);
    if (command == "import") return dais::cli::runImport(args, argv[0]);
    using Run = int (*)(const dais::cli::Args&);
    const std::map<std::string, Run> library = {
        {"articles", dais::cli::runArticles},     {"show", dais::cli::runShow},
        {"search", dais::cli::runSearch},         {"people", dais::cli::runPeople},
        {"person", dais::cli::runPerson},         {"with", dais::cli::runWith},
        {"compare", dais::cli::runCompare},       {"annotate", dais::cli::runAnnotate},
        {"annotations", dais::cli::runAnnotations}, {"delete-annotation", dais::cli::runDeleteAnnotation},
        {"restore-annotation", dais::cli::runRestoreAnnotation},
        {"export", dais::cli::runExport},         {"import-annotations", dais::cli::runImportAnnotations},
    };
    if (auto it = library.find(command); it != library.end()) return it->second(args);
    std::cerr << "dais-cli: unknown command '" << command << "'\n" << kHelp;
    return 2;
}
