#include <catch2/catch.hpp>

#include <string>

#include "kamerref/extract/dictionary.h"

using kamerref::PhraseDictionary;

namespace {
std::vector<std::string> found_by(const PhraseDictionary& d, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& h : d.find_all(text)) out.push_back(text.substr(h.span.begin, h.span.size()));
  return out;
}

// The hits, which must be the same with the start filter as without.
std::vector<std::string> found(const PhraseDictionary& d, const std::string& text) {
  PhraseDictionary filtered = d;
  filtered.build_start_filter();
  std::vector<std::string> out = found_by(d, text);
  CHECK(found_by(filtered, text) == out);
  return out;
}
}  // namespace

TEST_CASE("Phrases match loosely: case, diacritics, spaces and hyphens", "[dictionary]") {
  PhraseDictionary d;
  d.add("Verordening Terroristische Online-Inhoud", 1);
  d.add("Nationaal Coordinator", 2);
  CHECK(found(d, "de verordening terroristische online inhoud is") ==
        std::vector<std::string>{"verordening terroristische online inhoud"});
  CHECK(found(d, "de Verordening Terroristische\nOnline-Inhoud.") ==
        std::vector<std::string>{"Verordening Terroristische\nOnline-Inhoud"});
  CHECK(found(d, "de Nationaal Co\xC3\xB6rdinator") == std::vector<std::string>{"Nationaal Co\xC3\xB6rdinator"});
}

TEST_CASE("Case-sensitive phrases and word boundaries", "[dictionary]") {
  PhraseDictionary d;
  d.add("DSA", 1, true);
  d.add("TOI", 2, true);
  CHECK(found(d, "de DSA en de TOI-verordening") == std::vector<std::string>{"DSA", "TOI"});
  CHECK(found(d, "dsa TOILET EDSA toi").empty());
  CHECK(found(d, "Co\xC3\xB6TOI").empty());  // inside a word with non-ASCII letters
}

TEST_CASE("Punctuation in a phrase must match; other punctuation breaks", "[dictionary]") {
  PhraseDictionary d;
  d.add("Passenger Name Record (PNR)-richtlijn", 1);
  d.add("Data Act", 2);
  CHECK(found(d, "de Passenger Name Record (PNR)-richtlijn en") ==
        std::vector<std::string>{"Passenger Name Record (PNR)-richtlijn"});
  CHECK(found(d, "de Data, Act").empty());
}

TEST_CASE("Overlapping hits all come back, longest first at a position", "[dictionary]") {
  PhraseDictionary d;
  d.add("Verordening TOI", 1);
  d.add("TOI", 2, true);
  auto hits = d.find_all("de Verordening TOI");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].value == 1);
  CHECK(hits[1].value == 2);
}

TEST_CASE("Without a word end, a phrase may run into the next word or number", "[dictionary]") {
  PhraseDictionary d;
  d.add("DTN", 1, true);
  d.add("Dreigingsbeeld Terrorisme", 2);
  using WordEnd = PhraseDictionary::WordEnd;
  auto spans = [&](const std::string& text, WordEnd end) {
    std::vector<std::string> out;
    for (const auto& h : d.find_all(text, end)) out.push_back(text.substr(h.span.begin, h.span.size()));
    return out;
  };
  CHECK(spans("Het DTN42 en het dreigingsbeeld terrorismes", WordEnd::required).empty());
  CHECK(spans("Het DTN42 en het dreigingsbeeld terrorismes", WordEnd::any) ==
        std::vector<std::string>{"DTN", "dreigingsbeeld terrorisme"});
  // the start is still a word boundary
  CHECK(spans("EDTN42 xDreigingsbeeld Terrorisme", WordEnd::any).empty());
}

TEST_CASE("Long phrases keep their byte spans across many symbols", "[dictionary]") {
  // the scan keeps the start of the last symbols in a ring; a phrase as long
  // as the ring, after a long run of text, must still map back exactly
  PhraseDictionary d;
  d.add("Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cli\xC3\xABnten", 1);
  d.add("zorg", 2);
  std::string text = std::string(1000, 'x') + " de Wet zorg en \ndwang psychogeriatrische en verstandelijk "
                     "gehandicapte clienten.";
  auto hits = d.find_all(text);
  REQUIRE(hits.size() == 2);
  CHECK(text.substr(hits[0].span.begin, hits[0].span.size()) ==
        "Wet zorg en \ndwang psychogeriatrische en verstandelijk gehandicapte clienten");
  CHECK(text.substr(hits[1].span.begin, hits[1].span.size()) == "zorg");
}

TEST_CASE("A phrase added after a search is found by the next search", "[dictionary]") {
  PhraseDictionary d;
  d.add("Dreigingsbeeld Terrorisme Nederland", 1);
  d.add("DTN", 2, true);
  const std::string text = "Het DTN en het Dreigingsbeeld terrorisme\nNederland.";
  REQUIRE(d.find_all(text).size() == 2);
  d.add("Nederland", 3);
  auto hits = d.find_all(text);
  REQUIRE(hits.size() == 3);
  CHECK(hits[2].value == 3);
  CHECK(text.substr(hits[2].span.begin, hits[2].span.size()) == "Nederland");
}

TEST_CASE("A phrase starts only where a word starts, after any separator", "[dictionary]") {
  PhraseDictionary d;
  d.add("wet", 1);
  d.add("(Awb)", 2);
  // `Mededingingswet` holds `wet` but not as a word; after a hyphen, a
  // slash, a bracket or a non-breaking space (a letter-like byte) it differs
  const std::string text = "Mededingingswet, Omgevings-wet, Awb/wet, (wet) (Awb) \xC2\xA0wet \xC3\xA9wet";
  std::vector<std::string> found;
  for (const auto& hit : d.find_all(text)) found.push_back(text.substr(hit.span.begin, hit.span.size()));
  CHECK(found == std::vector<std::string>{"wet", "wet", "wet", "(Awb)"});
}

// The scan decides the first three symbols from tables (root row, two-symbol
// table, three-symbol bits) when they are plain ASCII, and walks the trie
// otherwise: both ways must give the same hits, wherever separators,
// folded letters or the text's end fall among the first symbols.
TEST_CASE("Short phrases are found whether their first symbols are plain, separated or folded", "[dictionary]") {
  PhraseDictionary d;
  d.add("x", 1);
  d.add("EU", 2);
  d.add("wet", 3);
  d.add("wet op", 4);
  d.add("DSA", 5, true);
  CHECK(found(d, "zie x") == std::vector<std::string>{"x"});
  CHECK(found(d, "x.") == std::vector<std::string>{"x"});
  CHECK(found(d, "xy x-y") == std::vector<std::string>{"x"});  // `-` is a separator, and no word byte
  CHECK(found(d, "EU") == std::vector<std::string>{"EU"});
  CHECK(found(d, "de E-U en E U") == std::vector<std::string>{"E-U", "E U"});
  CHECK(found(d, "\xC3\x89u") == std::vector<std::string>{"\xC3\x89u"});  // Éu: a folded first letter
  CHECK(found(d, "e\xC3\xBA") == std::vector<std::string>{"e\xC3\xBA"});  // eú: a folded second letter
  CHECK(found(d, "Wet") == std::vector<std::string>{"Wet"});
  CHECK(found(d, "we") == std::vector<std::string>{});
  CHECK(found(d, "W-et op") == std::vector<std::string>{"W-et op", "W-et"});
  CHECK(found(d, "We-t\nop") == std::vector<std::string>{"We-t\nop", "We-t"});
  CHECK(found(d, "wetop") == std::vector<std::string>{"wetop"});
  CHECK(found(d, "wets") == std::vector<std::string>{});
  CHECK(found(d, "w\xC3\xA9t") == std::vector<std::string>{"w\xC3\xA9t"});  // wét: a folded third letter
  CHECK(found(d, "de DSA, de dsa en D-SA") == std::vector<std::string>{"DSA", "D-SA"});
  CHECK(found(d, "DS") == std::vector<std::string>{});
  // separators before the second and third symbols, one or more
  CHECK(found(d, "we t") == std::vector<std::string>{"we t"});
  CHECK(found(d, "W -et") == std::vector<std::string>{"W -et"});
  CHECK(found(d, "we\r\n\tt  op") == std::vector<std::string>{"we\r\n\tt  op", "we\r\n\tt"});
  CHECK(found(d, "E\xC2\xA0U") == std::vector<std::string>{"E\xC2\xA0U"});  // a no-break space
  CHECK(found(d, " -wet") == std::vector<std::string>{"wet"});
}

// Walks begin only at word bytes unless a phrase begins with a punctuation
// mark: then after a space, at the mark, too.
TEST_CASE("A phrase that begins with a punctuation mark is found after a space", "[dictionary]") {
  PhraseDictionary words;
  words.add("wet", 1);
  CHECK(found(words, "de (wet) en .wet") == std::vector<std::string>{"wet", "wet"});
  PhraseDictionary marked = words;
  marked.add("(wet)", 2);
  CHECK(found(marked, "de (wet) en (Wet)") == std::vector<std::string>{"(wet)", "wet", "(Wet)", "Wet"});
  CHECK(found(marked, "(wet)") == std::vector<std::string>{"(wet)", "wet"});
}
