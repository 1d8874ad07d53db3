#pragma once
// Paths and scratch files for the TK open data tests.
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace kamerref::test {

// ../shared/tk-opendata beside the checkout (tests/CMakeLists.txt).
inline std::string tk_sample_dir() { return std::string(KAMERREF_SHARED_DIR) + "/tk-opendata"; }
inline std::string tk_sample(const std::string& file) { return tk_sample_dir() + "/" + file; }
inline std::string tk_fixture(const std::string& file) { return std::string(KAMERREF_SOURCE_DIR) + "/tests/data/tk/" + file; }

// A scratch folder removed at the end of the test.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("kamerref-tk-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string write(const std::string& name, const std::string& text) const {
    std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace kamerref::test
