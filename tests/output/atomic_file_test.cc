#include "kamerref/output/atomic_file.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

using namespace kamerref;
namespace fs = std::filesystem;

namespace {

// The process id in the name: two test runs on one machine (a plain and a
// sanitizer build) must not clear each other's folders.
fs::path fresh_folder(const std::string& name) {
  fs::path folder = fs::temp_directory_path() / ("kamerref-atomic-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("outputs are written whole and replace what was there", "[output][atomic]") {
  fs::path folder = fresh_folder("write");
  fs::path out = folder / "picture.svg";
  write_file_atomically(out, "first");
  CHECK(read(out) == "first");
  write_file_atomically(out, std::string(100000, 'x'));
  CHECK(read(out).size() == 100000);
  // no temporary left behind
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(folder)) files += entry.is_regular_file() ? 1 : 0;
  CHECK(files == 1);
  CHECK_THROWS_AS(write_file_atomically(folder / "missing" / "x.svg", "x"), OutputError);
  CHECK_THROWS_AS(write_file_atomically(folder, "x"), OutputError);  // a folder
  fs::remove_all(folder);
}

TEST_CASE("an output that is one of the inputs is recognised in any spelling", "[output][atomic]") {
  fs::path folder = fresh_folder("inputs");
  fs::path input = folder / "brief.txt";
  write_file_atomically(input, "text");
  fs::create_symlink(input, folder / "link.txt");
  CHECK(is_one_of(input, {input.string()}));
  CHECK(is_one_of(folder / "." / "brief.txt", {input.string()}));
  CHECK(is_one_of(folder / "link.txt", {input.string()}));
  CHECK(is_one_of(folder / "sub" / ".." / "brief.txt", {input.string()}));
  CHECK_FALSE(is_one_of(folder / "other.svg", {input.string()}));
  fs::remove_all(folder);
}
