// Inputs that once crashed a fuzz target (docs/FUZZING.md), replayed through
// the target itself: fuzz/*.cc is compiled into the test suite, where each
// KAMERREF_FUZZ_TARGET registers under its name, and every file in
// tests/regressions/<target>/ goes through that target. A failure aborts the
// test run as it aborted the fuzzer (a sanitizer report in the sanitizer
// build, a broken invariant or an escaping exception in any build).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../../fuzz/fuzz_target.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRegressions = fs::path(KAMERREF_SOURCE_DIR) / "tests" / "regressions";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every fuzz target is compiled into the tests", "[regressions]") {
  std::vector<std::string> expected;
  for (const auto& entry : fs::directory_iterator(fs::path(KAMERREF_SOURCE_DIR) / "fuzz"))
    if (entry.path().extension() == ".cc") expected.push_back(entry.path().stem().string());
  std::vector<std::string> registered;
  for (const auto& target : kamerref::fuzz::registry()) registered.push_back(target.name);
  std::sort(expected.begin(), expected.end());
  std::sort(registered.begin(), registered.end());
  CHECK(registered == expected);
}

TEST_CASE("fuzz regressions replay without a finding", "[regressions]") {
  std::size_t replayed = 0;
  for (const auto& target : kamerref::fuzz::registry()) {
    fs::path folder = kRegressions / target.name;
    if (!fs::is_directory(folder)) continue;
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.is_regular_file()) inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& input : inputs) {
      INFO(target.name << ": " << input.filename().string());
      CHECK_NOTHROW(target.run(read_bytes(input)));
      ++replayed;
    }
  }
  // and no folder is there for a target that does not exist (a typo would
  // silently skip its inputs)
  for (const auto& entry : fs::directory_iterator(kRegressions)) {
    if (!entry.is_directory()) continue;
    const std::string name = entry.path().filename().string();
    INFO("tests/regressions/" << name);
    CHECK(std::any_of(kamerref::fuzz::registry().begin(), kamerref::fuzz::registry().end(),
                      [&](const kamerref::fuzz::Target& t) { return t.name == name; }));
  }
  SUCCEED(replayed << " inputs replayed");
}
