#include <catch2/catch.hpp>

#include "kamerref/load/encoding.h"
#include "kamerref/load/load.h"
#include "../support.h"

#include <algorithm>

using kamerref::decode_to_utf8;

TEST_CASE("UTF-8 passes through; a BOM is dropped", "[encoding]") {
  auto d = decode_to_utf8("caf\xC3\xA9");
  CHECK(d.text == "caf\xC3\xA9");
  CHECK(d.encoding == "utf-8");
  auto bom = decode_to_utf8("\xEF\xBB\xBFnr. 4");
  CHECK(bom.text == "nr. 4");
  CHECK(bom.encoding == "utf-8-bom");
  CHECK(bom.map.to_input_begin(0) == 3);
}

TEST_CASE("Windows-1252 is detected and converted with exact offsets", "[encoding]") {
  // "co\xF6rdinator \x93x\x94" in Windows-1252
  auto d = decode_to_utf8("co\xF6rdinator \x93x\x94");
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text == "co\xC3\xB6rdinator \xE2\x80\x9Cx\xE2\x80\x9D");
  CHECK(d.map.to_input_begin(4) == 3);  // 'r' after the 2-byte ö
  CHECK(d.map.to_input_end(4) == 3);    // ö ends at input byte 3
}

TEST_CASE("UTF-16 with a BOM is converted", "[encoding]") {
  std::string le("\xFF\xFEn\0r\0.\0 \0" "4\0", 12);
  auto d = decode_to_utf8(le);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.text == "nr. 4");
  CHECK(d.map.to_input_begin(4) == 10);
  std::string be("\xFE\xFF\0n\0r", 6);
  CHECK(decode_to_utf8(be).text == "nr");
}

TEST_CASE("A Windows-1252 citation is found and its offsets point at the bytes on disk", "[encoding]") {
  const std::string bytes = "Co\xF6rdinator: Kamerstuk 29\xA0" "754, nr. 434.";
  auto doc = kamerref::load_document_from_bytes("old.txt", bytes);
  auto pos = doc.text.find("Kamerstuk");
  auto span = doc.to_original({pos, pos + 16});
  CHECK(bytes.substr(span.begin, span.size()) == "Kamerstuk 29\xA0" "754");
}

TEST_CASE("Damaged UTF-8 is a warning with the first bad byte; the text around it is found", "[encoding]") {
  // `ö` in UTF-8, then a 0xFF inside one citation's number and a Latin-1
  // `ö` in another line: the intact citations keep exact offsets, the broken
  // number is not read as another one.
  const std::string bytes =
      "De co\xC3\xB6rdinator:\nZie Kamerstuk 29 754, nr. 436 en Kamerstuk 29 7\xFF" "54, nr. 437.\n"
      "Zie Kamerstuk 30 821, nr. 12 (co\xF6rdinator).\n";
  auto doc = kamerref::load_document_from_bytes("kapot.txt", bytes);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] ==
        "2 bytes of otherwise UTF-8 text are not valid UTF-8 (the first at byte 64, line 2); read as Windows-1252, "
        "text around them may be damaged");
  auto e = kamerref::extract_document(doc);
  std::vector<std::string> ids;
  for (const auto& r : e.references) {
    ids.push_back(r.id);
    // every match maps to its exact bytes on disk, read back as UTF-8
    CHECK(kamerref::decode_as(doc.original_bytes(r.source), doc.encoding) == r.text);
    CHECK(r.text.find(r.kind == kamerref::RefKind::kamerstuk ? "Kamerstuk" : "") != std::string::npos);
  }
  CHECK(std::find(ids.begin(), ids.end(), "kst-29754-436") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "kst-30821-12") != ids.end());
  for (const std::string& id : ids) {
    CHECK(id != "kst-29754-437");
    CHECK(id.rfind("kst-29-", 0) != 0);
    CHECK(id.rfind("kst-297-", 0) != 0);
  }
  CHECK(e.warnings == doc.warnings);
}

TEST_CASE("A byte no encoding defines becomes U+FFFD and a warning", "[encoding]") {
  auto doc = kamerref::load_document_from_bytes("x.txt", "Kamerstuk 29\x81" "754, nr. 4\nen \x8D.");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "2 bytes are not valid in any supported encoding (the first at byte 12, line 1); replaced by U+FFFD");
  // a lone truncated sequence at the end is one damaged byte of UTF-8 text
  auto cut = kamerref::load_document_from_bytes("y.txt", "co\xC3\xB6rdinator \xC3");
  REQUIRE(cut.warnings.size() == 1);
  CHECK_THAT(cut.warnings[0], Catch::StartsWith("1 byte of otherwise UTF-8 text is not valid UTF-8 (the first at byte 13, line 1)"));
  // plain Windows-1252 (no UTF-8 sequence at all) is no damage
  CHECK(kamerref::load_document_from_bytes("z.txt", "co\xF6rdinator").warnings.empty());
}

TEST_CASE("Reference text is UTF-8 whatever the encoding on disk", "[encoding]") {
  // Windows-1252: the NBSP inside the number is one byte on disk
  const std::string cp1252 = "De co\xF6rdinator: Kamerstuk 29\xA0" "754, nr. 434.";
  auto e = kamerref::test::extract_text(cp1252);
  REQUIRE(e.references.size() == 1);
  CHECK(e.references[0].text == "Kamerstuk 29\xC2\xA0" "754, nr. 434");
  CHECK(e.references[0].source.size() == 25);
  // UTF-16 both ways round, with a character outside the BMP before it
  for (bool little : {true, false}) {
    std::u16string text = u"\U0001F4C4 Zie Kamerstuk 29 754, nr. 434.\n";
    std::string bytes = little ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
    for (char16_t unit : text) {
      char lo = static_cast<char>(unit & 0xFF), hi = static_cast<char>(unit >> 8);
      bytes += little ? std::string{lo, hi} : std::string{hi, lo};
    }
    auto doc = kamerref::load_document_from_bytes("utf16.txt", bytes);
    auto u = kamerref::extract_document(doc);
    REQUIRE(u.references.size() == 1);
    const auto& r = u.references[0];
    CHECK(r.text == "Kamerstuk 29 754, nr. 434");
    CHECK(r.source.begin == 2 + 4 + 2 * 5);  // BOM, surrogate pair, " Zie "
    CHECK(r.source.size() == 2 * r.text.size());
  }
}

TEST_CASE("A byte that is not ASCII is seen wherever it sits in an eight-byte word", "[encoding]") {
  // ASCII is skipped a word at a time: a multi-byte character or a broken
  // byte at every offset around two words of `x` is decoded as on its own.
  for (std::size_t at = 0; at < 20; ++at) {
    INFO("at " << at);
    const std::string before(at, 'x'), after(20 - at, 'y');
    auto utf8 = decode_to_utf8(before + "\xC3\xB6" + after);
    CHECK(utf8.encoding == "utf-8");
    CHECK(utf8.utf8_sequences == 1);
    CHECK(utf8.text == before + "\xC3\xB6" + after);
    auto latin = decode_to_utf8(before + "\xF6" + after);
    CHECK(latin.encoding == "windows-1252");
    CHECK(latin.not_utf8 == 1);
    CHECK(latin.first_not_utf8 == at);
    CHECK(latin.text == before + "\xC3\xB6" + after);
    CHECK(latin.map.to_input_begin(at + 2) == at + 1);
    CHECK(kamerref::skip_ascii(before + "\xF6" + after, 0) == at);
    CHECK(kamerref::skip_ascii(before, 0) == at);
  }
}

TEST_CASE("is_plain_utf8 says when decoding would hand the bytes back unchanged", "[encoding]") {
  const std::vector<std::string> samples = {
      "", "abc", "caf\xC3\xA9", "\xE2\x82\xAC 5", "\xF0\x9F\x98\x80", "\xEF\xBB\xBFnr. 4", "\xFF\xFEn\0",
      "\xFE\xFF\0n", "co\xF6rdinator", "abc\xC3", "\xED\xA0\x80", std::string(9, 'x') + "\x93" + "x",
  };
  for (const std::string& s : samples) {
    INFO(s);
    const auto d = kamerref::decode_to_utf8(s);
    CHECK(kamerref::is_plain_utf8(s) == (d.encoding == "utf-8" && d.text == s && d.invalid_bytes == 0 && d.not_utf8 == 0));
  }
  CHECK(kamerref::is_plain_utf8("caf\xC3\xA9"));
  CHECK_FALSE(kamerref::is_plain_utf8("\xEF\xBB\xBFnr. 4"));
}
