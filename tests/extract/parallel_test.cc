#include <catch2/catch.hpp>

#include <any>
#include <filesystem>
#include <stdexcept>

#include "kamerref/extract/parallel.h"
#include "kamerref/load/inputs.h"
#include "kamerref/output/json.h"

namespace {
std::vector<std::string> corpus_files() {
  auto inputs = kamerref::collect_inputs({std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao"});
  return inputs.files;
}

std::vector<std::string> run(const std::vector<std::string>& files, unsigned jobs, std::size_t window) {
  std::vector<std::string> lines;
  kamerref::ParallelOptions options;
  options.jobs = jobs;
  options.window = window;
  kamerref::extract_files(files, options, [&](kamerref::FileResult&& r) {
    lines.push_back(r.extraction ? kamerref::to_json_line(*r.extraction) : "error: " + r.error);
  });
  return lines;
}
}  // namespace

TEST_CASE("Parallel extraction gives the sequential result, in input order", "[parallel]") {
  std::vector<std::string> files = corpus_files();
  REQUIRE(files.size() >= 6);
  // repeat the corpus so that several windows' worth of files are in flight
  std::vector<std::string> many;
  for (int k = 0; k < 5; ++k) many.insert(many.end(), files.begin(), files.end());
  many.insert(many.begin() + 3, "/nonexistent/kamerref.txt");
  auto sequential = run(many, 1, 0);
  CHECK(run(many, 2, 0) == sequential);
  CHECK(run(many, 4, 1) == sequential);  // a window of one: strictly in step
  CHECK(run(many, 3, 2) == sequential);
  CHECK(sequential[3] == "error: no such file");
}

TEST_CASE("No files, no calls", "[parallel]") {
  int calls = 0;
  kamerref::ParallelOptions four;
  four.jobs = 4;
  kamerref::extract_files({}, four, [&](kamerref::FileResult&&) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("prepare runs on the workers and its result travels with the file", "[parallel]") {
  std::vector<std::string> files = corpus_files();
  files.insert(files.begin() + 1, "/nonexistent/kamerref.txt");
  kamerref::ParallelOptions options;
  options.jobs = 3;
  options.prepare = [](const kamerref::Extraction& x) { return kamerref::to_json_line(x); };
  std::vector<std::string> prepared;
  kamerref::extract_files(files, options, [&](kamerref::FileResult&& r) {
    if (r.extraction) {
      CHECK(r.extracted);
      CHECK(std::any_cast<std::string>(r.prepared) == kamerref::to_json_line(*r.extraction));
    } else {
      CHECK_FALSE(r.extracted);
      CHECK_FALSE(r.prepared.has_value());  // nothing to prepare for a file that could not be read
    }
    prepared.push_back(r.extracted ? std::any_cast<std::string>(r.prepared) : "error: " + r.error);
  });
  CHECK(prepared == run(files, 1, 0));

  SECTION("and the extraction can be left behind") {
    options.drop_extraction = true;
    std::vector<std::string> lines;
    kamerref::extract_files(files, options, [&](kamerref::FileResult&& r) {
      CHECK_FALSE(r.extraction.has_value());
      lines.push_back(r.extracted ? std::any_cast<std::string>(r.prepared) : "error: " + r.error);
    });
    CHECK(lines == prepared);
  }
}

TEST_CASE("An exception from deliver stops the run and reaches the caller", "[parallel]") {
  std::vector<std::string> files = corpus_files();
  std::vector<std::string> many;
  for (int k = 0; k < 8; ++k) many.insert(many.end(), files.begin(), files.end());
  for (unsigned jobs : {1u, 2u, 4u}) {
    kamerref::ParallelOptions options;
    options.jobs = jobs;
    std::size_t calls = 0;
    CHECK_THROWS_AS(kamerref::extract_files(many, options,
                                            [&](kamerref::FileResult&&) {
                                              if (++calls == 3) throw std::runtime_error("disk full");
                                            }),
                    std::runtime_error);
    CHECK(calls == 3);
  }
}
