#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <tuple>

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

// The start filter decides from the first four symbols' classes when they
// are plain ASCII, and lets the walk decide otherwise: both ways must give
// the same hits, wherever separators, folded letters or the text's end fall
// among the first symbols.
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

// The filter's fourth character: a phrase longer than three symbols is
// walked only where some phrase goes on with the fourth character, which the
// filter reads past one separator, folded, or leaves to the walk (a
// multi-byte character, more separators, the text's end).
TEST_CASE("Longer phrases are found whatever stands at their fourth symbol", "[dictionary]") {
  PhraseDictionary d;
  d.add("wet op de", 1);
  d.add("Wet-bibob", 2);
  d.add("AIVD", 3, true);
  d.add("abc(d)", 4);
  CHECK(found(d, "de wet op de") == std::vector<std::string>{"wet op de"});
  CHECK(found(d, "de Wet\nOp-De.") == std::vector<std::string>{"Wet\nOp-De"});
  CHECK(found(d, "de we-t op de") == std::vector<std::string>{"we-t op de"});
  CHECK(found(d, "wet  op de") == std::vector<std::string>{"wet  op de"});  // two separators before the 4th
  CHECK(found(d, "we t\r\n op de") == std::vector<std::string>{"we t\r\n op de"});
  CHECK(found(d, "wet \xC3\x93p de") == std::vector<std::string>{"wet \xC3\x93p de"});  // Óp: a folded 4th
  CHECK(found(d, "wet\xC2\xA0op de") == std::vector<std::string>{"wet\xC2\xA0op de"});  // a no-break space
  CHECK(found(d, "wetbibob WET BIBOB") == std::vector<std::string>{"wetbibob", "WET BIBOB"});
  CHECK(found(d, "wet op").empty());
  CHECK(found(d, "wet o").empty());
  CHECK(found(d, "wet").empty());
  CHECK(found(d, "wetx op de wetsbibob").empty());
  CHECK(found(d, "de AIVD, AIV-D en AI VD") == std::vector<std::string>{"AIVD", "AIV-D", "AI VD"});
  CHECK(found(d, "aivd AIVd Aivd").empty());
  CHECK(found(d, "AIV\xC3\x90") == std::vector<std::string>{"AIV\xC3\x90"});  // Ð folds to D
  CHECK(found(d, "ABC(D) abc (d) abcd") == std::vector<std::string>{"ABC(D)", "abc (d)"});
}

// A filtered search remembers starts whose walks found nothing within their
// first eight bytes, and skips a later start with the same eight bytes: a
// walk that read a ninth byte, ran into the text's end or met a multi-byte
// character must not be remembered.
TEST_CASE("A start like an earlier one that found nothing is still searched where it differs", "[dictionary]") {
  PhraseDictionary d;
  d.add("wetsvoorstel", 1);
  d.add("wetsvoorstellen", 2);
  d.add("wets\xC3\xA9", 3);
  d.add("WETS", 4, true);
  const std::string filler = " en nog wat tekst om de tekst lang genoeg te maken voor de blokken ";
  CHECK(found(d, filler + "wetsvoorX wetsvoorstel wetsvoorX" + filler) ==
        std::vector<std::string>{"wetsvoorstel"});
  CHECK(found(d, filler + "wetsvX wetsvX wetsvoorstel" + filler) == std::vector<std::string>{"wetsvoorstel"});
  CHECK(found(d, filler + "wetsvoorstel wetsvoorstellen wetsvoorstel" + filler) ==
        std::vector<std::string>{"wetsvoorstel", "wetsvoorstellen", "wetsvoorstel"});
  CHECK(found(d, filler + "wets\xC3\xA8X wets\xC3\xA9X wets\xC3\xA9" + filler) ==
        std::vector<std::string>{"wets\xC3\xA9"});
  CHECK(found(d, filler + "wetsX WETSX wetsX WETS" + filler) == std::vector<std::string>{"WETS"});
  CHECK(found(d, filler + "wetsvoor") == std::vector<std::string>{});
  CHECK(found(d, filler + "wetsvoor wetsvoorstel") == std::vector<std::string>{"wetsvoorstel"});
}

// Walks that read nine to sixteen bytes and found nothing are remembered by
// those sixteen bytes: a later start with the same sixteen is skipped, one
// that differs in any of them (`uitvoeringX` then `uitvoeringswet`), a walk
// that read a seventeenth byte, and a start near the text's end are walked.
TEST_CASE("A start like an earlier one that found nothing in sixteen bytes is still searched where it differs",
          "[dictionary]") {
  PhraseDictionary d;
  d.add("uitvoeringswet", 1);
  d.add("gemeentewetgeving", 2);  // seventeen symbols
  const std::string filler = " en nog wat tekst om de tekst lang genoeg te maken voor de blokken ";
  CHECK(found(d, filler + "uitvoeringX uitvoeringX uitvoeringswet" + filler) ==
        std::vector<std::string>{"uitvoeringswet"});
  CHECK(found(d, filler + "uitvoeringsX uitvoeringswet uitvoeringsX uitvoeringswet" + filler) ==
        std::vector<std::string>{"uitvoeringswet", "uitvoeringswet"});
  CHECK(found(d, filler + "gemeentewetgevinX gemeentewetgeving" + filler) ==
        std::vector<std::string>{"gemeentewetgeving"});
  CHECK(found(d, filler + "uitvoeringswX uitvoeringswet") == std::vector<std::string>{"uitvoeringswet"});
  CHECK(found(d, filler + "uitvoerings\xC3\xA9 uitvoerings\xC3\xA9 uitvoeringswet" + filler) ==
        std::vector<std::string>{"uitvoeringswet"});
}

// Filtered and unfiltered searches compared on random texts made of the
// phrases (in either case, with separators, folded letters and line breaks
// put in) and noise: the filter may only ever save a walk that finds nothing.
// Short texts go through the filter's bounded reads; long ones mostly
// through its block loop, which reads eight bytes from a start unchecked and
// leaves one-letter words (`E U`) and the last bytes to the bounded reads.
TEST_CASE("The start filter never changes the hits of random texts", "[dictionary]") {
  const std::vector<std::tuple<std::string, bool>> phrases{
      {"wet", false},           {"wet op de", false},     {"Wet-bibob", false},    {"AIVD", true},
      {"DSA", true},            {"EU", false},            {"x", false},            {"(PNR)-richtlijn", false},
      {"abc(d)", false},        {"Co\xC3\xB6rdinator", false}, {"wetboek", false}, {"A/B", true},
      {"Awb", false},           {"1.2.3", false},         {"de wet", false},       {"wetsvoorstel", false},
      {"\xC3\x89\xC3\xA9n", false}, {"E U-R", true},    {"Zo", true},            {"e-m", false}};
  PhraseDictionary plain;
  for (std::size_t i = 0; i < phrases.size(); ++i) plain.add(std::get<0>(phrases[i]), i, std::get<1>(phrases[i]));
  PhraseDictionary filtered = plain;
  filtered.build_start_filter();
  // the first five are separators
  const std::vector<std::string> noise{" ",  "-",  "\n", "\r\n", "  ", ".",  ",",  "(",  ")",   "/",  "'",
                                       "x",  "we", "t",   "op",   "o",  "\xC3\xA9", "\xC3\x89", "\xC2\xA0",
                                       "\xE2\x80\x93", "\xFF", "a",  "D", "S", "A", "Z", "9", "&", ":", "_",
                                       "\xE2\x82\xAC", "\xC3\x97", "\x80", "\xC2\xA9", "E", "U", "e", "m", " E"};
  std::mt19937 random(20261206);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  // a phrase as a text may write it: cases changed, a separator or a folded
  // letter put in here and there
  auto vary = [&](const std::string& phrase) {
    std::string out;
    for (char c : phrase) {
      if (pick(8) == 0) out += noise[pick(5)];
      if (pick(12) == 0 && (c == 'e' || c == 'o')) {
        out += c == 'e' ? "\xC3\xA9" : "\xC3\xB6";
        continue;
      }
      const bool flip = pick(3) == 0;
      out += flip && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32)
             : flip && c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32)
                                           : c;
    }
    return out;
  };
  auto same = [](const std::vector<PhraseDictionary::Hit>& a, const std::vector<PhraseDictionary::Hit>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].span.begin != b[i].span.begin || a[i].span.end != b[i].span.end || a[i].value != b[i].value)
        return false;
    return true;
  };
  std::size_t hits = 0, long_texts = 0;
  // memos kept over all texts, one per way of searching, and one shared by
  // both (it forgets at every change)
  const auto memo_required = PhraseDictionary::make_walk_memo(), memo_any = PhraseDictionary::make_walk_memo(),
             memo_shared = PhraseDictionary::make_walk_memo();
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const bool long_text = round % 2 == 1;
    for (std::size_t pieces = long_text ? 40 + pick(120) : 1 + pick(12); pieces > 0; --pieces)
      text += pick(3) == 0 ? vary(std::get<0>(phrases[pick(phrases.size())])) : noise[pick(noise.size())];
    long_texts += text.size() > 200 ? 1 : 0;
    for (auto word_end : {PhraseDictionary::WordEnd::required, PhraseDictionary::WordEnd::any}) {
      const auto expected = plain.find_all(text, word_end);
      hits += expected.size();
      INFO(text);
      CHECK(same(filtered.find_all(text, word_end), expected));
      PhraseDictionary::WalkMemo* memo =
          word_end == PhraseDictionary::WordEnd::required ? memo_required.get() : memo_any.get();
      CHECK(same(filtered.find_all(text, word_end, memo), expected));
      CHECK(same(filtered.find_all(text, word_end, memo_shared.get()), expected));
    }
  }
  CHECK(hits > 10000);  // the texts do hold phrases
  CHECK(long_texts > 1000);
}

TEST_CASE("A walk memo replays only what the bytes it keeps decide", "[dictionary]") {
  PhraseDictionary d;
  d.add("Wetboek", 1);
  d.add("Wetboek van Strafrecht", 2);
  d.add("wet", 3);
  d.build_start_filter();
  auto values = [](const std::vector<PhraseDictionary::Hit>& hits) {
    std::vector<std::size_t> out;
    for (const auto& h : hits) out.push_back(h.value);
    return out;
  };
  SECTION("a walk that ran into the text's end is not kept") {
    // `wetboekv` fills the start's eight bytes and ends the first text: its
    // walk stopped there for want of text, not of phrase
    const auto memo = PhraseDictionary::make_walk_memo();
    CHECK(values(d.find_all("x wetboekv", PhraseDictionary::WordEnd::any, memo.get())) == std::vector<std::size_t>{1, 3});
    const std::string_view longer = "x wetboekvan strafrecht, zo";
    CHECK(values(d.find_all(longer, PhraseDictionary::WordEnd::any, memo.get())) ==
          std::vector<std::size_t>{2, 1, 3});
  }
  SECTION("a memo of one way of searching is not replayed for the other") {
    const auto memo = PhraseDictionary::make_walk_memo();
    const std::string_view text = "de wetten en de wetten, en meer";
    CHECK(d.find_all(text, PhraseDictionary::WordEnd::required, memo.get()).empty());
    CHECK(values(d.find_all(text, PhraseDictionary::WordEnd::any, memo.get())) == std::vector<std::size_t>{3, 3});
  }
  SECTION("a walk through a multi-byte character is kept by all its bytes") {
    d.add("wetalle", 5);
    d.add("wetalleen", 6);
    d.build_start_filter();
    const auto memo = PhraseDictionary::make_walk_memo();
    // the walk from `wetalle` stops at `×`, whose second byte is the
    // start's ninth: kept by sixteen bytes, not by the first eight
    CHECK(values(d.find_all("x wetalle\xC3\x97 en nog wat meer", PhraseDictionary::WordEnd::any, memo.get())) ==
          std::vector<std::size_t>{5, 3});
    // so is a walk that stops at a byte that begins a two-byte character
    // but is followed by none: its decoding looked at the ninth byte too
    CHECK(values(d.find_all("x wetalle\xC3x en nog wat meer", PhraseDictionary::WordEnd::any, memo.get())) ==
          std::vector<std::size_t>{5, 3});
    // the same first eight bytes, then `é`, read as `e`
    CHECK(values(d.find_all("x wetalle\xC3\xA9n en nog wat meer", PhraseDictionary::WordEnd::any, memo.get())) ==
          std::vector<std::size_t>{6, 5, 3});
  }
}
