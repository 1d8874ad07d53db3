// The one anchor pass (include/kamerref/extract/anchors.h): the places of a
// literal are exactly what a scan of the text for that literal gives.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

constexpr AnchorLiteral kTestAnchors[] = {
    {"amerstuk"}, {"nr"}, {"aa"}, {"("}, {"brie", true}, {"Verordening (EU)"}, {"\xC3\xAB"},  // ë
};

const AnchorDatabase& test_database() {
  static const AnchorDatabase database(std::vector<std::span<const AnchorLiteral>>{kTestAnchors});
  return database;
}

std::vector<std::size_t> scanned(std::string_view text, const AnchorLiteral& a) {
  std::vector<std::size_t> out;
  if (a.caseless)
    find_occurrences_icase(text, a.text, out);
  else
    find_occurrences(text, a.text, out);
  return out;
}

std::vector<std::size_t> indexed(const AnchorIndex& index, const AnchorLiteral& a) {
  std::span<const std::size_t> s = a.caseless ? index.occurrences_icase(a.text) : index.occurrences(a.text);
  return {s.begin(), s.end()};
}

}  // namespace

TEST_CASE("anchors: every place of every literal, as a scan for it finds them", "[extract][anchors]") {
  const std::vector<std::string> texts = {
      "",
      "Kamerstukken II 2023/24, 29754, nr. 690 (Kamerstuk 29 754, nr. 434)",
      "aaaa",                                     // overlapping: 0, 1, 2
      "BRIEF van de minister; Brieven; brief; bRiE",  // caseless: any case of the ASCII letters
      "Verordening (EU) 2022/2065 en Verordening (EU)",
      "Co\xC3\xABxistentie, na\xC3\xAF" "ef, \xC3\xAB\xC3\xAB",  // a two-byte literal
      std::string("nr\0nr", 5) + "\xFF\xFE nr",    // NUL and bytes that are no UTF-8
  };
  for (const std::string& text : texts) {
    AnchorIndex index(test_database(), text);
    for (const AnchorLiteral& a : kTestAnchors) {
      INFO("text: " << text << ", literal: " << a.text);
      CHECK(indexed(index, a) == scanned(text, a));
    }
  }
  AnchorIndex aaaa(test_database(), "aaaa");
  CHECK(indexed(aaaa, {"aa"}) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("anchors: windows as anchor_windows makes them", "[extract][anchors]") {
  const std::string text = "zie Kamerstuk 29 754, nr. 690 en (nr. 434); Kamerstuk 36 600 (nr 3)";
  AnchorIndex index(test_database(), text);
  CHECK(index.windows({"amerstuk", "nr", "("}, 4, 20) == anchor_windows(text, {"amerstuk", "nr", "("}, 4, 20));
  CHECK(index.windows({"amerstuk"}, 100, 100) == std::vector<Span>{{0, text.size()}});
}

TEST_CASE("anchors: whether any of some literals occurs", "[extract][anchors]") {
  AnchorIndex index(test_database(), "zie Kamerstuk 29 754 (bijlage)");
  CHECK(index.any_occurs({"nr", "amerstuk"}));
  CHECK(index.any_occurs({"aa", "("}));
  CHECK_FALSE(index.any_occurs({"nr", "aa", "Verordening (EU)"}));
  CHECK_FALSE(index.any_occurs({}));
  CHECK_THROWS_AS(index.any_occurs({"nr", "motie"}), std::logic_error);  // asked, and declared by no table
}

TEST_CASE("anchors: a literal no table declares is a programming error, named", "[extract][anchors]") {
  AnchorIndex index(test_database(), "motie");
  PhraseDictionary undeclared;
  CHECK_THROWS_AS(index.phrases(undeclared), std::logic_error);
  CHECK_THROWS_WITH(index.occurrences("motie"), Catch::Contains("`motie`"));
  CHECK_THROWS_AS(index.occurrences_icase("amerstuk"), std::logic_error);  // declared, but not caseless
}

TEST_CASE("anchors: a literal's id is found by its text wherever its bytes are", "[extract][anchors]") {
  const AnchorDatabase& db = test_database();
  for (const AnchorLiteral& a : kTestAnchors) {
    const int id = db.id_of(a.text, a.caseless);
    REQUIRE(id >= 0);
    CHECK(db.literal(id).text == a.text);
    // the same text in other bytes (a copy), and in the table's own bytes
    const std::string copy(a.text);
    CHECK(db.id_of(copy, a.caseless) == id);
    // the other case policy is another literal, which no table declares here
    CHECK(db.id_of(copy, !a.caseless) == -1);
  }
  // a prefix of a literal's bytes is another literal
  CHECK(db.id_of(std::string_view(kTestAnchors[0].text).substr(0, 5), false) == -1);
  CHECK(db.id_of("amerstukken", false) == -1);
  CHECK(db.id_of("", false) == -1);
}

TEST_CASE("anchors: the modules' tables on the bundled corpus, literal by literal", "[extract][anchors]") {
  // every declared literal and dictionary of every module, on real documents
  // of each format: the one pass gives what each search alone gives
  const AnchorDatabase& all = extraction_anchor_database();
  REQUIRE(all.size() > 50);
  REQUIRE(all.dictionaries().size() == 5);
  std::filesystem::path corpus = std::filesystem::path(KAMERREF_SOURCE_DIR) / "corpus" / "vao";
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    Document doc = load_document(entry.path());
    AnchorIndex index(all, doc.text);
    for (const DictionaryAnchor& d : all.dictionaries()) {
      INFO(entry.path().filename().string() << ": a dictionary of " << d.dictionary->size() << " phrases");
      std::vector<PhraseDictionary::Hit> alone = d.dictionary->find_all(doc.text, d.word_end);
      const std::vector<PhraseDictionary::Hit>& together = index.phrases(*d.dictionary);
      REQUIRE(together.size() == alone.size());
      for (std::size_t i = 0; i < alone.size(); ++i) {
        CHECK(together[i].span == alone[i].span);
        CHECK(together[i].value == alone[i].value);
      }
    }
    for (std::size_t id = 0; id < all.size(); ++id) {
      const AnchorLiteral& a = all.literal(static_cast<int>(id));
      INFO(entry.path().filename().string() << ": " << a.text);
      CHECK(indexed(index, a) == scanned(doc.text, a));
    }
    ++documents;
  }
  CHECK(documents == 6);
}
