// The regex conveniences of include/kamerref/extract/regex_util.h that run a
// pattern at chosen places instead of over the whole text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kamerref/extract/extract.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

std::vector<std::string> whole_text(const std::string& text, const boost::regex& re) {
  std::vector<std::string> out;
  for (auto it = matches(text, re); it != boost::cregex_iterator(); ++it) out.push_back(it->str());
  return out;
}

std::vector<std::string> at_starts(const std::string& text, const std::vector<std::size_t>& starts,
                                   const boost::regex& re) {
  std::vector<std::string> out;
  for_each_match_at(text, starts, re, [&](const boost::cmatch& m) { out.push_back(m.str()); });
  return out;
}

}  // namespace

TEST_CASE("match_at sees the text around the start", "[regex_util]") {
  const boost::regex dtn(R"((?<![A-Za-z])DTN(?![A-Za-z]))");
  const std::string text = "het DTN en EDTN en DTNs";
  boost::cmatch m;
  REQUIRE(match_at(text, 4, dtn, m));
  CHECK(match_span(m, text) == Span{4, 7});
  CHECK_FALSE(match_at(text, 12, dtn, m));  // `E` before it: the lookbehind sees it
  CHECK_FALSE(match_at(text, 19, dtn, m));  // `s` after it
  CHECK_FALSE(match_at(text, 3, dtn, m));   // only a match that starts right there
  CHECK(match_at(text, 0, boost::regex("het"), m));
}

TEST_CASE("for_each_match_at reports what a whole-text iteration reports", "[regex_util]") {
  const boost::regex re(R"((?<![a-z])aa\s+aa(?![a-z]))");
  const std::string text = "aa aa aa aa, aa\naa, baa aa";
  // every place a match may begin: each `aa` at a word start, and some that are not
  std::vector<std::size_t> starts;
  for (std::size_t p = text.find("aa"); p != std::string::npos; p = text.find("aa", p + 1)) starts.push_back(p);
  starts.push_back(starts.back());  // a repeat is harmless
  std::sort(starts.begin(), starts.end());
  CHECK(whole_text(text, re) == std::vector<std::string>{"aa aa", "aa aa", "aa\naa"});
  CHECK(at_starts(text, starts, re) == whole_text(text, re));
  // a start inside the previous match is skipped: `aa aa aa` is not also matched from 3
  CHECK(at_starts(text, {0, 3, 6}, re) == std::vector<std::string>{"aa aa", "aa aa"});
  CHECK(at_starts(text, {}, re).empty());
}

TEST_CASE("Windows: a lookbehind sees the text before the window", "[regex_util]") {
  const boost::regex dtn(R"((?<![A-Za-z])DTN(?![A-Za-z]))");
  const std::string text = "EDTN en DTN";
  auto found = [&](std::vector<Span> windows) {
    std::vector<Span> out;
    for_each_match(text, windows, dtn, [&](const boost::cmatch& m) { out.push_back(match_span(m, text)); });
    return out;
  };
  // the window starts right at `DTN` inside `EDTN`: no match there
  CHECK(found({{1, 6}}).empty());
  CHECK(found({{1, 11}}) == std::vector<Span>{{8, 11}});
  CHECK(found({{0, 11}}) == std::vector<Span>{{8, 11}});
  boost::cmatch m;
  REQUIRE(search_near(text, {"DTN"}, 0, 3, dtn, m));
  CHECK(match_span(m, text) == Span{8, 11});
  // `\b` and `^` too
  CHECK(found({{1, 6}}).empty());
  const boost::regex start(R"(^DTN)");
  std::vector<Span> at_start;
  for_each_match(text, {{1, 11}}, start, [&](const boost::cmatch& mm) { at_start.push_back(match_span(mm, text)); });
  CHECK(at_start.empty());
}

TEST_CASE("Windows: `$` at a window's edge holds only where a line ends", "[regex_util]") {
  const boost::regex word_at_line_end(R"([a-z]+$)");
  const std::string text = "eerste regel\ntweede regel";
  auto found = [&](std::vector<Span> windows) {
    std::vector<std::string> out;
    for_each_match(text, windows, word_at_line_end, [&](const boost::cmatch& m) { out.push_back(m.str()); });
    return out;
  };
  CHECK(found({{0, 9}}).empty());  // `eerste re|gel`: the line goes on
  CHECK(found({{0, 12}}) == std::vector<std::string>{"regel"});
  CHECK(found({{0, text.size()}}) == std::vector<std::string>{"regel", "regel"});
  boost::cmatch m;
  CHECK_FALSE(search_near(text, {"regel"}, 0, 2, word_at_line_end, m));
  CHECK(search_near(text, {"regel"}, 0, 5, word_at_line_end, m));
}

TEST_CASE("find_occurrences finds what repeated find finds", "[regex_util]") {
  const std::string text =
      "Het rapport, de rapportage en het onderzoeksrapport; rapporrapport. Wet wet- en wetgeving, "
      "aaaa, \xC3\xABn de Studie rapport";
  for (std::string_view literal : {"rapport", "r", "t", "aa", "wet", "Wet", "\xC3\xAB", "rapport", "port", "zzz",
                                   "apport", "t rapport", text.c_str()}) {
    std::vector<std::size_t> expected;
    for (std::size_t p = text.find(literal); p != std::string::npos; p = text.find(literal, p + 1))
      expected.push_back(p);
    std::vector<std::size_t> found;
    find_occurrences(text, literal, found);
    INFO(literal);
    CHECK(found == expected);
  }
  std::vector<std::size_t> none;
  find_occurrences("kort", "langer dan de tekst", none);
  find_occurrences("tekst", "", none);
  CHECK(none.empty());
}

namespace {

// A module with a pattern that backtracks exponentially: nested unbounded
// quantifiers and no way to match. Boost.Regex gives up on it.
void runaway_module(const ExtractContext& ctx, std::vector<Reference>& refs) {
  Reference first;
  first.kind = RefKind::kamerstuk;
  first.id = "kst-1-1";
  refs.push_back(first);  // what a module found before it ran away stays
  static const boost::regex runaway("(a+)+(b+)+c");
  boost::smatch m;
  boost::regex_search(ctx.doc.text, m, runaway);
}

}  // namespace

TEST_CASE("A pattern over its work bound is a warning for the file, never a crash", "[extract][regex]") {
  Document doc = load_document_from_bytes("a.txt", std::string(2000, 'a') + std::string(2000, 'b'));
  ExtractContext ctx{doc, {}, {}, {}};
  std::vector<Reference> refs;
  std::vector<std::string> warnings;
  CHECK_FALSE(run_pattern_module("runaway", runaway_module, ctx, refs, warnings));
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::StartsWith("pattern work bound exceeded in runaway ("));
  CHECK_THAT(warnings[0], Catch::EndsWith("); references of that kind in this file may be missing"));
  CHECK(refs.size() == 1);
  // and the real modules on the same text: no warning at all
  CHECK(extract_document(doc).warnings.empty());
}
