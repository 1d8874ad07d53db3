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
