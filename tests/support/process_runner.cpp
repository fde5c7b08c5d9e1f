#include "support/process_runner.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace dais::test {
namespace {

// A mkstemp file, unlinked when done; the child writes to it by path.
class CaptureFile {
  public:
    CaptureFile() {
        const auto pattern =
            (std::filesystem::temp_directory_path() / "dais-capture-XXXXXX").string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = ::mkstemp(name.data());
        if (fd < 0) throw std::runtime_error(std::string("mkstemp: ") + std::strerror(errno));
        ::close(fd);
        m_path = name.data();
    }
    ~CaptureFile() {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    }
    CaptureFile(const CaptureFile&) = delete;
    CaptureFile& operator=(const CaptureFile&) = delete;

    const std::string& path() const { return m_path; }
    std::string contents() const {
        std::ifstream in(m_path, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }

  private:
    std::string m_path;
};

} // namespace

ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::optional<std::filesystem::path>& stdinFile) {
    if (argv.empty()) throw std::runtime_error("runProcess: empty argv");
    CaptureFile out, err;
    const std::string input = stdinFile ? stdinFile->string() : std::string("/dev/null");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.path().c_str(), O_WRONLY | O_TRUNC, 0);
    posix_spawn_file_actions_addopen(&actions, 2, err.path().c_str(), O_WRONLY | O_TRUNC, 0);

    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));

    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) throw std::runtime_error(std::string("wait4: ") + std::strerror(errno));
    }
    ProcessResult result;
    result.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = out.contents();
    result.err = err.contents();
    result.maxResidentKb = usage.ru_maxrss;
    return result;
}

} // namespace dais::test
