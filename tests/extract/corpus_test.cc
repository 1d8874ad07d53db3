#include "kamerref/extract/corpus.h"

#include <catch2/catch.hpp>

using namespace kamerref;

TEST_CASE("extract_corpus reads every file, reports the missing ones, keeps the texts", "[extract][corpus]") {
  const std::string dir = std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao";
  std::vector<CorpusProblem> problems;
  Corpus corpus = extract_corpus({dir, dir + "/no-such-file.txt"}, problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == dir + "/no-such-file.txt");
  CHECK_FALSE(problems[0].message.empty());
  CHECK(corpus.extractions.size() == 6);
  CHECK(corpus.texts.size() == 6);
  for (const Extraction& e : corpus.extractions) {
    INFO(e.file);
    CHECK_FALSE(e.document.id.empty());
    REQUIRE(corpus.texts.count(e.file));
    CHECK_FALSE(corpus.texts.at(e.file).empty());
  }
}
