#include "kamerref/output/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kamerref {
namespace {

std::string why(int error) { return std::strerror(error); }

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  fs::path folder = path.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw OutputError(path.string() + ": is a folder");
  // a hidden temporary next to the target: rename() is atomic within one file system
  std::string name = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> templ(name.begin(), name.end());
  templ.push_back('\0');
  int fd = mkstemp(templ.data());
  if (fd < 0) throw OutputError(path.string() + ": cannot write in " + folder.string() + ": " + why(errno));
  std::string temporary(templ.data());
  auto fail = [&](const std::string& what) {
    int error = errno;
    ::close(fd);
    ::unlink(temporary.c_str());
    throw OutputError(path.string() + ": " + what + ": " + why(error));
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) fail("cannot set permissions");
  if (::fsync(fd) != 0) fail("cannot flush");
  if (::close(fd) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    throw OutputError(path.string() + ": cannot write: " + why(error));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    throw OutputError(path.string() + ": cannot replace: " + why(error));
  }
}

bool is_one_of(const std::filesystem::path& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
  for (const std::string& input : inputs) {
    std::error_code e1, e2;
    if (fs::exists(output, e1) && fs::equivalent(output, input, e2) && !e2) return true;
    fs::path in = fs::weakly_canonical(fs::absolute(input, e1), e1);
    if (in == out) return true;
  }
  return false;
}

}  // namespace kamerref
