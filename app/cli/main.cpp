// dais-cli: the command-line face of Dais. Subcommands live in their own files.

#include "app/cli/extract_command.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

const char* const kHelp =
    "usage: dais-cli COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  extract   detect people, roles, dates and attendance lists in a report\n"
    "            (dais-cli extract --help for its options)\n"
    "\n"
    "  --help     this text\n"
    "  --version  the version\n";

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kHelp;
        return 0;
    }
    if (command == "--version") {
        std::cout << "dais-cli " DAIS_VERSION "\n";
        return 0;
    }
    if (command == "extract") return dais::cli::runExtract(args, argv[0]);
    std::cerr << "dais-cli: unknown command '" << command << "'\n" << kHelp;
    return 2;
}
