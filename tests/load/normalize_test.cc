#include <catch2/catch.hpp>

#include "kamerref/load/load.h"
#include "kamerref/load/normalize.h"

using kamerref::normalize_characters;

TEST_CASE("Unicode spaces, quotes and dashes are normalised for matching", "[normalize]") {
  auto n = normalize_characters("29\xC2\xA0" "754 \xE2\x80\x98Schimmige\xE2\x80\x99 2017\xE2\x80\x93" "2018\r\n");
  CHECK(n.text == "29 754 'Schimmige' 2017-2018\n");
}

TEST_CASE("Words hyphenated across a line are joined", "[normalize]") {
  CHECK(normalize_characters("nieuwe aanwas voor terroris-\ntische groeperingen").text ==
        "nieuwe aanwas voor terroristische groeperingen");
  // PDF text continues a page with a leading space
  CHECK(normalize_characters("een terroris-\n tische organisatie").text == "een terroristische organisatie");
  // two vowels meet: the hyphen is part of the word
  CHECK(normalize_characters("informatie-\nuitwisseling").text == "informatie-uitwisseling");
  // a capital after the break: a real compound
  CHECK(normalize_characters("Noord-\nHolland").text == "Noord-\nHolland");
  // a dash between spaces is punctuation
  CHECK(normalize_characters("jongeren -\nte rekruteren").text == "jongeren -\nte rekruteren");
}

TEST_CASE("Superscript digits become footnote markers", "[normalize]") {
  auto n = normalize_characters("geweld.\xC2\xB9 Het\n\xC2\xB9\xC2\xB2 NCTV, Dreigingsbeeld");
  CHECK(n.text == "geweld. Het\n NCTV, Dreigingsbeeld");
  REQUIRE(n.markers.size() == 2);
  CHECK(n.markers[0].number == 1);
  CHECK_FALSE(n.markers[0].at_line_start);
  CHECK(n.markers[1].number == 12);
  CHECK(n.markers[1].at_line_start);
}

TEST_CASE("Offsets of a normalised match point into the original bytes", "[normalize]") {
  const std::string original = "Zie Kamerstuk\xC2\xA0" "29\xC2\xA0" "754, nr. 434.";
  auto doc = kamerref::load_document_from_bytes("x.txt", original);
  auto pos = doc.text.find("Kamerstuk");
  REQUIRE(pos != std::string::npos);
  auto span = doc.to_original({pos, doc.text.find('.') });
  CHECK(original.substr(span.begin, span.size()) == "Kamerstuk\xC2\xA0" "29\xC2\xA0" "754, nr");
}

TEST_CASE("HTML entities decode", "[normalize]") {
  std::string out;
  CHECK(kamerref::decode_entity("&nbsp;x", 0, out) == 6);
  CHECK(kamerref::decode_entity("&#8211;", 0, out) == 7);
  CHECK(kamerref::decode_entity("&#x2019;", 0, out) == 8);
  CHECK(out == "\xC2\xA0\xE2\x80\x93\xE2\x80\x99");
  CHECK(kamerref::decode_entity("& bla;", 0, out) == 0);
  CHECK(kamerref::decode_entity("&unknown;", 0, out) == 0);
}

TEST_CASE("A character that is not plain ASCII is seen wherever it sits in an eight-byte word", "[normalize]") {
  // The plain ASCII between them is skipped a word at a time; each special
  // byte is put at every offset around two words of `x` and must be treated
  // as it is on its own.
  struct Special {
    std::string in, out;
  };
  const std::vector<Special> specials = {
      {"\t", " "}, {"\v", " "}, {std::string(1, '\0'), " "}, {"\r", "\n"}, {"\r\n", "\n"}, {"\n", "\n"},
      {"\f", "\f"}, {"\x01", "\x01"}, {"\x0d", "\n"}, {"\x0e", "\x0e"}, {"\x7f", "\x7f"},
      {"\xC3\xA9", "\xC3\xA9"}, {"\xE2\x80\x93", "-"}, {"\xC2\xA0", " "}, {"\xC2\xAD", ""},
  };
  for (const Special& s : specials) {
    for (std::size_t at = 0; at < 20; ++at) {
      const std::string before(at, 'x'), after(20 - at, 'y');
      INFO("special " << static_cast<int>(static_cast<unsigned char>(s.in[0])) << " at " << at);
      auto n = normalize_characters(before + s.in + after);
      CHECK(n.text == before + s.out + after);
      // the text after it maps back to its own bytes
      CHECK(n.map.to_input_begin(at + s.out.size()) == at + s.in.size());
    }
  }
}

TEST_CASE("A line break is judged on the output, also right after a replaced or dropped character", "[normalize]") {
  // Kept bytes are written in runs; a line break after a hyphen that a dash
  // became, or after a dropped soft hyphen, must still see what was written.
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"terror\xE2\x80\x93\ntische", "terrortische"},      // en dash -> '-', joined
      {"terror\xE2\x80\x94\nTische", "terror-\nTische"},  // a capital follows: kept
      {"ide\xE2\x80\x93\nalen", "ide-alen"},              // two vowels meet
      {"zee-\n\tegel", "zee-egel"},
      {"ab-\r\ncd", "ab-\ncd"},  // a CR LF break is not joined
      {"\xC3\xA9-\nb", "\xC3\xA9" "b"},
      {"a\xC2\xAD-\nb", "ab"},
      {"a-\xC2\xAD\nb", "ab"},
      {"nr.-\n\nx", "nr.-\n\nx"},
      {"x -\nabc", "x -\nabc"},
      {"woord-\n", "woord-\n"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalize_characters(c.in).text == c.out);
  }
}

TEST_CASE("A superscript is at a line start after a line or page break and spaces only", "[normalize]") {
  struct Case {
    std::string in;
    std::size_t pos;
    bool at_line_start;
  };
  const std::vector<Case> cases = {
      {"tekst\n   \xC2\xB9 Kamerstukken", 9, true},
      {"tekst\f\xC2\xB9 x", 6, true},
      {"tekst \xC2\xB9", 6, false},
      {"\xC2\xB9 x", 0, true},
      {"a\r\n \xC2\xB2 b", 3, true},   // CR LF became the break
      {"a\r \xC2\xB3", 3, true},       // so did a lone CR
      {"a\n\xC2\xA0\xC2\xB9", 3, true},  // NBSP and TAB became spaces
      {"a\n\t\xC2\xB9", 3, true},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    auto n = normalize_characters(c.in);
    REQUIRE(n.markers.size() == 1);
    CHECK(n.markers[0].pos == c.pos);
    CHECK(n.markers[0].at_line_start == c.at_line_start);
  }
}

TEST_CASE("A handed-over text normalises as a viewed one, changed or not", "[normalize]") {
  // unchanged (taken over whole), and each kind of change: a space, a
  // dropped soft hyphen, a joined word, a marker
  const std::string texts[] = {"",
                               "Kamerstuk 36 600\nnr. 12\n",
                               "29\xC2\xA0" "754",
                               "her\xC2\xAD" "zien",
                               "terroris-\ntische",
                               "de brief\xC2\xB9 van"};
  for (const std::string& text : texts) {
    const kamerref::NormalizedText viewed = normalize_characters(text);
    const kamerref::NormalizedText owned = kamerref::normalize_owned_text(text);
    CHECK(owned.text == viewed.text);
    CHECK(owned.markers.size() == viewed.markers.size());
    CHECK(owned.map.output_size() == viewed.map.output_size());
    for (std::size_t pos = 0; pos <= viewed.text.size(); ++pos) {
      CHECK(owned.map.to_input_begin(pos) == viewed.map.to_input_begin(pos));
      CHECK(owned.map.to_input_end(pos) == viewed.map.to_input_end(pos));
    }
  }
}
