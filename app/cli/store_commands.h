#pragma once
// The library commands of dais-cli. Each takes the arguments after its name and returns the
// exit status: 0 success, 1 a failure (unreadable library, some files not imported), 2 usage.

#include <string>
#include <vector>

namespace dais::cli {

using Args = std::vector<std::string>;

int runImport(const Args& args, const char* argv0);   // import_command.cpp
int runArticles(const Args& args);                    // article_commands.cpp
int runShow(const Args& args);
int runSearch(const Args& args);                      // search_command.cpp
int runPeople(const Args& args);                      // people_commands.cpp
int runPerson(const Args& args);
int runWith(const Args& args);
int runCompare(const Args& args);
int runAnnotate(const Args& args);                    // annotation_commands.cpp
int runAnnotations(const Args& args);
int runDeleteAnnotation(const Args& args);
int runRestoreAnnotation(const Args& args);
int runExport(const Args& args);                      // export_command.cpp
int runImportAnnotations(const Args& args);

} // namespace dais::cli
